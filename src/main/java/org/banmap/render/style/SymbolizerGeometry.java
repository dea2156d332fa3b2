package org.banmap.render.style;

import java.util.Locale;
import org.banmap.style.Expression;
import org.banmap.style.Feature;
import org.banmap.style.StyleEnv;
import org.banmap.style.Symbolizer;
import org.banmap.style.Values;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The geometry a symbolizer draws: its {@code <Geometry>} expression's value, else the feature's.
 * The geometry functions {@code centroid}, {@code interiorPoint}, {@code startPoint} and
 * {@code endPoint} are computed here when the style core leaves them without a geometry result.
 */
final class SymbolizerGeometry {
  private SymbolizerGeometry() {}

  static Geometry of(Symbolizer s, Feature f, StyleEnv env) {
    return s.geometry().map(e -> evaluate(e, f, env)).orElse(f.geometry());
  }

  private static Geometry evaluate(Expression e, Feature f, StyleEnv env) {
    if (e instanceof Expression.FunctionCall call && call.args().size() == 1) {
      Object v = safeEvaluate(call, f, env);
      if (v instanceof Geometry g) {
        return g;
      }
      Geometry arg = evaluate(call.args().get(0), f, env);
      Geometry derived = arg == null ? null : apply(call.name(), arg);
      if (derived != null) {
        return derived;
      }
    }
    return Values.geometryOf(e, f, env);
  }

  private static Object safeEvaluate(Expression e, Feature f, StyleEnv env) {
    try {
      return e.evaluate(f, env);
    } catch (RuntimeException unsupported) {
      return null;
    }
  }

  private static Geometry apply(String function, Geometry g) {
    switch (function.toLowerCase(Locale.ROOT)) {
      case "centroid":
        return g.getCentroid();
      case "interiorpoint":
        return g.getFactory().createPoint(g.getDimension() == 2 ? InteriorPointArea.getInteriorPoint(g)
            : g.getInteriorPoint().getCoordinate());
      case "startpoint":
        return g instanceof LineString l ? l.getStartPoint() : null;
      case "endpoint":
        return g instanceof LineString l ? l.getEndPoint() : null;
      default:
        return null;
    }
  }
}
