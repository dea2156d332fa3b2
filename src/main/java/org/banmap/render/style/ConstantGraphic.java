package org.banmap.render.style;

import java.util.Optional;
import org.banmap.style.Expression;
import org.banmap.style.Fill;
import org.banmap.style.Graphic;
import org.banmap.style.GraphicSymbol;
import org.banmap.style.Stroke;

/** Whether a Graphic depends on neither feature nor frame: every value in it is a literal. */
final class ConstantGraphic {
  private ConstantGraphic() {}

  static boolean test(Graphic g) {
    if (!(g.size().map(Expression::isConstant).orElse(true) && all(g.opacity(), g.rotation(), g.anchor().x(),
        g.anchor().y(), g.displacement().x(), g.displacement().y()))) {
      return false;
    }
    for (GraphicSymbol s : g.symbols()) {
      if (s instanceof GraphicSymbol.Mark m) {
        if (!(m.wellKnownName().isConstant() && fill(m.fill()) && stroke(m.stroke()))) {
          return false;
        }
      } else if (s instanceof GraphicSymbol.ExternalGraphic e && !e.href().isConstant()) {
        return false;
      }
    }
    return true;
  }

  private static boolean fill(Optional<Fill> fill) {
    return fill.map(f -> f.graphicFill().isEmpty() && all(f.color(), f.opacity())).orElse(true);
  }

  private static boolean stroke(Optional<Stroke> stroke) {
    return stroke.map(s -> s.graphicStroke().isEmpty() && s.graphicFill().isEmpty()
        && s.dashArray().map(Expression::isConstant).orElse(true)
        && all(s.color(), s.width(), s.opacity(), s.lineJoin(), s.lineCap(), s.dashOffset())).orElse(true);
  }

  private static boolean all(Expression... expressions) {
    for (Expression e : expressions) {
      if (e != null && !e.isConstant()) {
        return false;
      }
    }
    return true;
  }
}
