package org.banmap.render.style;

import java.awt.Color;
import java.util.Optional;
import org.banmap.map.Feature;
import org.banmap.style.Expression;
import org.banmap.style.Fill;
import org.banmap.style.Graphic;
import org.banmap.style.GraphicSymbol;
import org.banmap.style.Location;
import org.banmap.style.PointSymbolizer;
import org.banmap.style.StyleDefaults;
import org.banmap.style.StyleEnv;
import org.banmap.style.Stroke;

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
  private record Memo(Graphic graphic, double unit, boolean fallback, Optional<PointStyleInstance> resolved,
      StampablePoint stampable) {}

  private final GraphicLoader graphics;
  private final ThreadLocal<MarkInstances> marks = ThreadLocal.withInitial(MarkInstances::new);
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
    memo[slot] = new Memo(graphic, unit, fallbackOnDefaultMark, constant ? result : null,
        constant ? result.map(StampablePoint::new).orElse(null) : null);
    return result;
  }

  /** This thread's table of feature-dependent Mark symbols: fetch once per frame, pass to {@link #stampable}. */
  MarkInstances marksOfThisThread() {
    return marks.get();
  }

  /**
   * As {@link #resolve(PointSymbolizer, Feature, StyleEnv, double)} for the point fast path, null
   * when nothing is drawn. The result is only good for stamping (it may stand for a symbol that
   * differs below the stamper's size and rotation steps) and only until the next call on this
   * thread. A symbol that repeats (a constant graphic, or a Mark whose evaluated values were seen
   * before on this thread) comes back as the same object, so the per-point cost is evaluating the
   * expressions to primitives.
   */
  StampablePoint stampable(PointSymbolizer p, Feature f, StyleEnv env, double unit, MarkInstances table) {
    Graphic graphic = p.graphic();
    Memo m = memo[System.identityHashCode(graphic) & (MEMO_SIZE - 1)];
    if (m != null && m.graphic == graphic && m.unit == unit && m.resolved != null) {
      return m.stampable;
    }
    boolean fallback = p.options().bool("fallbackOnDefaultMark", true);
    if (!table.keyed(graphic, PointSymbols::keyable)) {
      Optional<PointStyleInstance> symbol = resolve(graphic, f, env, unit, fallback);
      return symbol.isEmpty() ? null : table.reusable(symbol.get());
    }
    return keyedMark(graphic, (GraphicSymbol.Mark) graphic.symbols().get(0), f, env, unit, fallback, table);
  }

  /**
   * Whether the stamped symbol of {@code graphic} is decided by the values {@link #keyedMark}
   * computes: its first alternative is a Mark (which ends the chain) whose stroke, if any, varies
   * at most in colour and opacity.
   */
  private static boolean keyable(Graphic graphic) {
    if (graphic.symbols().isEmpty() || !(graphic.symbols().get(0) instanceof GraphicSymbol.Mark mark)) {
      return false;
    }
    if (mark.stroke().isEmpty()) {
      return true;
    }
    Stroke s = mark.stroke().get();
    return s.graphicStroke().isEmpty() && s.graphicFill().isEmpty()
        && s.dashArray().map(Expression::isConstant).orElse(true) && constant(s.width()) && constant(s.lineJoin())
        && constant(s.lineCap()) && constant(s.dashOffset());
  }

  private static boolean constant(Expression e) {
    return e == null || e.isConstant();
  }

  /** The keyed path: evaluates what {@link #symbol} and {@link #evaluate} would, as primitives. */
  private StampablePoint keyedMark(Graphic graphic, GraphicSymbol.Mark mark, Feature f, StyleEnv env,
      double unit, boolean fallback, MarkInstances table) {
    double size = (graphic.size().isPresent() ? graphic.size().get().asDouble(f, env) : Double.NaN) * unit;
    if (Double.isNaN(size)) {
      size = StyleDefaults.MARK_SIZE;
    }
    MarkShape shape = table.shape(mark.wellKnownName().asString(f, env));
    if (shape == null || !(size > 0)) {
      return null;
    }
    MarkInstances.Key key = table.key();
    key.graphic = graphic;
    key.unit = unit;
    key.shape = shape;
    key.size = PointStamper.snappedSize(size);
    key.fillArgb = mark.fill().isPresent() ? fillArgb(mark.fill().get(), f, env) : 0;
    key.strokeArgb = mark.stroke().isPresent() ? strokeArgb(mark.stroke().get(), f, env) : 0;
    key.anchorX = StrokePaint.number(graphic.anchor().x(), f, env, StyleDefaults.GRAPHIC_ANCHOR_X);
    key.anchorY = StrokePaint.number(graphic.anchor().y(), f, env, StyleDefaults.GRAPHIC_ANCHOR_Y);
    key.displaceX = StrokePaint.number(graphic.displacement().x(), f, env, 0) * unit;
    key.displaceY = StrokePaint.number(graphic.displacement().y(), f, env, 0) * unit;
    key.rotationStep = PointStamper.rotationStep(StrokePaint.number(graphic.rotation(), f, env, 0));
    StampablePoint found = table.find();
    if (found == null) {
      // Built the one way every path builds it, so a keyed symbol stamps as an unkeyed one.
      Optional<PointStyleInstance> built = evaluate(graphic, f, env, unit, fallback);
      if (built.isEmpty()) {
        return null;
      }
      found = new StampablePoint(built.get());
      table.put(found);
    }
    return found;
  }

  /** {@link #fillColor} as an ARGB int: the same colour, without building it. */
  private static int fillArgb(Fill fill, Feature f, StyleEnv env) {
    return argb(fill.color().asColor(f, env), StyleDefaults.FILL_COLOR, StrokePaint.number(fill.opacity(), f, env, 1));
  }

  /** The colour of {@link StrokePaint#of} as an ARGB int, without building it. */
  private static int strokeArgb(Stroke stroke, Feature f, StyleEnv env) {
    return argb(stroke.color().asColor(f, env), StyleDefaults.STROKE_COLOR,
        StrokePaint.number(stroke.opacity(), f, env, 1));
  }

  private static int argb(Color c, Color fallback, double opacity) {
    Color colour = c == null ? fallback : c;
    return (colour.getRGB() & 0xffffff) | (StrokePaint.alpha(colour, opacity) << 24);
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
