package org.banmap.render.style;

import java.awt.Color;
import java.util.Optional;
import org.banmap.map.Feature;
import org.banmap.style.Fill;
import org.banmap.style.Graphic;
import org.banmap.style.GraphicSymbol;
import org.banmap.style.Location;
import org.banmap.style.PointSymbolizer;
import org.banmap.style.StyleDefaults;
import org.banmap.style.StyleEnv;

/**
 * Turns an SLD Graphic into the {@link PointStyleInstance} for one feature, following GeoTools:
 * alternatives in document order, the first ExternalGraphic that loads wins, a Mark ends the chain
 * (an unknown mark name draws nothing), and when every ExternalGraphic failed the grey default
 * square (6 px unless Size is given) stands in unless {@code fallbackOnDefaultMark=false}.
 */
final class PointSymbols {
  private static final int MEMO_SIZE = 64;

  /**
   * A Graphic whose every value is a literal resolves the same for all features: remembered by
   * identity, so a point layer resolves its symbol once and the stamper's identity memo hits.
   * {@code resolved} is null for Graphics that depend on the feature or frame.
   */
  private record Memo(Graphic graphic, double unit, boolean fallback, Optional<PointStyleInstance> resolved) {}

  private final GraphicLoader graphics;
  // Racy on purpose: entries are immutable, a lost update only costs a recomputation.
  private final Memo[] memo = new Memo[MEMO_SIZE];

  PointSymbols(GraphicLoader graphics) {
    this.graphics = graphics;
  }

  /**
   * The symbol and placement, or empty when nothing is drawn. {@code unit} is pixels per style unit
   * (1 without uom); {@code markSizeDefault} is 16 for point symbols and GraphicFill tiles.
   */
  /** As {@link #resolve(Graphic, Feature, StyleEnv, double, boolean)} for a PointSymbolizer's Graphic. */
  Optional<PointStyleInstance> resolve(PointSymbolizer p, Feature f, StyleEnv env, double unit) {
    // Checked before reading the vendor option: a Graphic belongs to one symbolizer.
    Memo m = memo[System.identityHashCode(p.graphic()) & (MEMO_SIZE - 1)];
    if (m != null && m.graphic == p.graphic() && m.unit == unit && m.resolved != null) {
      return m.resolved;
    }
    return resolve(p.graphic(), f, env, unit, p.options().bool("fallbackOnDefaultMark", true));
  }

  Optional<PointStyleInstance> resolve(Graphic graphic, Feature f, StyleEnv env, double unit,
      boolean fallbackOnDefaultMark) {
    int slot = System.identityHashCode(graphic) & (MEMO_SIZE - 1);
    Memo m = memo[slot];
    if (m != null && m.graphic == graphic && m.unit == unit && m.fallback == fallbackOnDefaultMark) {
      if (m.resolved != null) {
        return m.resolved;
      }
      return evaluate(graphic, f, env, unit, fallbackOnDefaultMark);
    }
    boolean constant = ConstantGraphic.test(graphic);
    Optional<PointStyleInstance> result = evaluate(graphic, f, env, unit, fallbackOnDefaultMark);
    memo[slot] = new Memo(graphic, unit, fallbackOnDefaultMark, constant ? result : null);
    return result;
  }

  private Optional<PointStyleInstance> evaluate(Graphic graphic, Feature f, StyleEnv env, double unit,
      boolean fallbackOnDefaultMark) {
    Optional<Symbol> symbol = symbol(graphic, f, env, unit, fallbackOnDefaultMark);
    if (symbol.isEmpty()) {
      return Optional.empty();
    }
    double ax = StrokePaint.number(graphic.anchor().x(), f, env, StyleDefaults.GRAPHIC_ANCHOR_X);
    double ay = StrokePaint.number(graphic.anchor().y(), f, env, StyleDefaults.GRAPHIC_ANCHOR_Y);
    double dx = StrokePaint.number(graphic.displacement().x(), f, env, 0) * unit;
    double dy = StrokePaint.number(graphic.displacement().y(), f, env, 0) * unit;
    double rotation = StrokePaint.number(graphic.rotation(), f, env, 0);
    return Optional.of(new PointStyleInstance(symbol.get(), new SymbolPlacement(ax, ay, dx, dy, rotation)));
  }

  Optional<Symbol> symbol(Graphic graphic, Feature f, StyleEnv env, double unit, boolean fallbackOnDefaultMark) {
    double size = graphic.size().map(e -> e.asDouble(f, env)).orElse(Double.NaN) * unit;
    boolean triedExternal = false;
    for (GraphicSymbol alternative : graphic.symbols()) {
      if (alternative instanceof GraphicSymbol.ExternalGraphic eg) {
        triedExternal = true;
        Optional<LoadedGraphic> loaded = graphics.load(eg.href().asString(f, env), eg.format());
        if (loaded.isPresent()) {
          double opacity = StrokePaint.number(graphic.opacity(), f, env, 1);
          return Optional.of(ImageSymbol.of(loaded.get(), size, Math.max(0, Math.min(1, opacity))));
        }
      } else if (alternative instanceof GraphicSymbol.Mark mark) {
        return mark(mark, Double.isNaN(size) ? StyleDefaults.MARK_SIZE : size, f, env, unit);
      }
    }
    if (triedExternal && fallbackOnDefaultMark) {
      return mark(StyleDefaults.mark(Location.NONE),
          Double.isNaN(size) ? StyleDefaults.FALLBACK_GRAPHIC_SIZE : size, f, env, 1);
    }
    return Optional.empty();
  }

  private static Optional<Symbol> mark(GraphicSymbol.Mark mark, double size, Feature f, StyleEnv env, double unit) {
    Optional<MarkShape> shape = MarkShape.named(mark.wellKnownName().asString(f, env));
    if (shape.isEmpty() || !(size > 0)) {
      return Optional.empty();
    }
    Color fill = mark.fill().map(fl -> fillColor(fl, f, env)).orElse(null);
    StrokePaint stroke = mark.stroke().map(s -> StrokePaint.of(s, f, env, unit)).orElse(null);
    return Optional.of(new MarkSymbol(shape.get(), size, fill,
        stroke == null ? null : stroke.color(), stroke == null ? null : stroke.stroke()));
  }

  /** A solid Fill's colour with fill-opacity as alpha (GraphicFill inside marks is not drawn). */
  static Color fillColor(Fill fill, Feature f, StyleEnv env) {
    Color c = fill.color().asColor(f, env);
    if (c == null) {
      c = StyleDefaults.FILL_COLOR;
    }
    return StrokePaint.withOpacity(c, StrokePaint.number(fill.opacity(), f, env, 1));
  }
}
