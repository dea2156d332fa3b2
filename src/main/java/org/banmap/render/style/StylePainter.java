package org.banmap.render.style;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.banmap.map.Feature;
import org.banmap.map.MapView;
import org.banmap.style.ActiveRules;
import org.banmap.style.FeatureTypeStyle;
import org.banmap.style.Fill;
import org.banmap.style.Graphic;
import org.banmap.style.GraphicResolver;
import org.banmap.style.LineSymbolizer;
import org.banmap.style.MapStyle;
import org.banmap.style.PointSymbolizer;
import org.banmap.style.PolygonSymbolizer;
import org.banmap.style.RasterSymbolizer;
import org.banmap.style.Rule;
import org.banmap.style.ScaleDenominator;
import org.banmap.style.StyleEnv;
import org.banmap.style.Symbolizer;
import org.banmap.style.TextSymbolizer;
import org.banmap.style.Uom;
import org.banmap.style.Values;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.operation.buffer.OffsetCurve;

/**
 * Paints features through a parsed SLD the way GeoTools' StreamingRenderer does: each
 * FeatureTypeStyle into its own premultiplied buffer, composited in document order; per feature,
 * every matching rule (scale limits, ElseFilter, {@code ruleEvaluation=first}) paints its
 * symbolizers in order; polygons fill then stroke; labels are collected and painted last, by
 * priority, without overlaps. Decoded graphics are cached, so keep one painter per style.
 */
public final class StylePainter {
  private final PointSymbols points;
  private final LabelPainter labels = new LabelPainter();
  private final PointStamper stamper = new PointStamper();

  public StylePainter(GraphicLoader graphics) {
    this.points = new PointSymbols(graphics);
  }

  /** A painter whose ExternalGraphics resolve like the style core's resolver for {@code style}. */
  public static StylePainter forStyle(MapStyle style, List<Path> allowedDirs) {
    return new StylePainter(GraphicLoader.of(GraphicResolver.forStyle(style, allowedDirs)));
  }

  /**
   * Paints {@code features} (in lon/lat, projected through {@code view}) over what {@code g} holds. {@code env}
   * supplies {@code env()} values; when it has no scale the view's scale denominator is used.
   */
  public void paint(Graphics2D g, MapView view, MapStyle style, Iterable<? extends Feature> features,
      StyleEnv env) {
    StyleEnv frame = Double.isNaN(env.scaleDenominator())
        ? new StyleEnv(view.scaleDenominator(), env.values()) : env;
    LabelPainter.Batch batch = labels.batch(view);
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      ActiveRules rules = ScaleDenominator.activeRules(fts, frame.scaleDenominator());
      if (rules.isEmpty()) {
        continue;
      }
      BufferedImage layer = new BufferedImage(view.widthPx(), view.heightPx(), BufferedImage.TYPE_INT_ARGB_PRE);
      Graphics2D lg = layer.createGraphics();
      StylePainterHints.apply(lg);
      try {
        for (Feature f : FeatureOrder.sorted(features, fts.options().string("sortBy", null))) {
          rules.forEachMatching(f, frame, rule -> paintRule(lg, view, rule, f, frame, batch));
        }
      } finally {
        lg.dispose();
      }
      g.drawImage(layer, 0, 0, null);
    }
    batch.paint(g);
  }

  /**
   * The fast path for point layers (the ban layer): paints like {@link #paint} into an opaque
   * TYPE_INT_RGB image, but stamps cached sprites instead of asking Java2D per point. Rotations snap
   * to 5° and positions to a quarter pixel. Styles with anything but PointSymbolizers go through
   * {@link #paint} instead, so the result is always complete.
   */
  public void paintPoints(BufferedImage rgb, MapView view, MapStyle style, Iterable<? extends Feature> features,
      StyleEnv env) {
    if (rgb.getType() != BufferedImage.TYPE_INT_RGB || !pointsOnly(style)) {
      Graphics2D g = rgb.createGraphics();
      StylePainterHints.apply(g);
      paint(g, view, style, features, env);
      g.dispose();
      return;
    }
    StyleEnv frame = Double.isNaN(env.scaleDenominator())
        ? new StyleEnv(view.scaleDenominator(), env.values()) : env;
    PointRules paint = new PointRules(rgb, view, frame, points.marksOfThisThread());
    // Source-over is associative, so stamping FTS after FTS equals compositing their buffers.
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      ActiveRules rules = ScaleDenominator.activeRules(fts, frame.scaleDenominator());
      for (Feature f : FeatureOrder.sorted(features, fts.options().string("sortBy", null))) {
        paint.feature = f;
        rules.forEachMatching(f, frame, paint);
      }
    }
  }

  /**
   * Stamps the PointSymbolizers of each matching rule for the current feature: one per frame, not a
   * lambda per feature, and nothing in it allocates when the feature's symbols repeat.
   */
  private final class PointRules implements Consumer<Rule> {
    private final int[] pixels;
    private final int width;
    private final int height;
    private final MapView view;
    private final StyleEnv frame;
    private final MarkInstances marks;
    Feature feature;

    PointRules(BufferedImage rgb, MapView view, StyleEnv frame, MarkInstances marks) {
      this.pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
      this.width = rgb.getWidth();
      this.height = rgb.getHeight();
      this.view = view;
      this.frame = frame;
      this.marks = marks;
    }

    @Override
    public void accept(Rule rule) {
      List<Symbolizer> symbolizers = rule.symbolizers();
      for (int i = 0; i < symbolizers.size(); i++) {
        PointSymbolizer p = (PointSymbolizer) symbolizers.get(i);
        Geometry geom = Values.geometryOf(p.geometry().orElse(null), feature, frame);
        if (geom == null || geom.isEmpty()) {
          continue;
        }
        StampablePoint symbol = points.stampable(p, feature, frame, unit(p.uom(), view), marks);
        if (symbol == null) {
          continue;
        }
        if (geom instanceof Point pt) {
          // Projected per point, not through a projected Point copy: no allocation per ban.
          stamper.stamp(pixels, width, height, view.screenX(pt.getX(), pt.getY()), view.screenY(pt.getX(), pt.getY()),
              symbol);
          continue;
        }
        for (Coordinate c : GeometryShapes.symbolPoints(view.project(geom))) {
          stamper.stamp(pixels, width, height, view.x(c.x), view.y(c.y), symbol);
        }
      }
    }
  }

  private static boolean pointsOnly(MapStyle style) {
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      for (Rule r : fts.rules()) {
        for (Symbolizer s : r.symbolizers()) {
          if (!(s instanceof PointSymbolizer)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Paints a grid of values through a RasterSymbolizer (ColorMap and Opacity). */
  public void paintRaster(Graphics2D g, MapView view, FloatGrid grid, RasterSymbolizer symbolizer, StyleEnv env) {
    RasterPainter.paint(g, view, grid, symbolizer, env);
  }

  private void paintRule(Graphics2D g, MapView view, Rule rule, Feature f, StyleEnv env, LabelPainter.Batch batch) {
    for (Symbolizer s : rule.symbolizers()) {
      Geometry lonLat = Values.geometryOf(s.geometry().orElse(null), f, env);
      if (lonLat == null || lonLat.isEmpty()) {
        continue;
      }
      // Geometry functions ran on the feature's lon/lat; everything from here on is projected.
      Geometry geom = view.project(lonLat);
      double unit = unit(s.uom(), view);
      if (s instanceof PolygonSymbolizer p) {
        paintPolygon(g, view, p, geom, f, env, unit);
      } else if (s instanceof LineSymbolizer l) {
        paintLine(g, view, l, geom, f, env, unit);
      } else if (s instanceof PointSymbolizer p) {
        paintPoint(g, view, p, geom, f, env, unit);
      } else if (s instanceof TextSymbolizer t) {
        batch.add(t, geom, f, env, unit);
      }
      // A RasterSymbolizer on vector features draws nothing; grids go through paintRaster.
    }
  }

  /** Pixels per style unit: 1 for pixels, by scale for ground units ({@code uom=metre}). */
  static double unit(Uom uom, MapView view) {
    return uom == Uom.PIXEL ? 1 : view.pixelsPerMetre() * uom.metres();
  }

  private void paintPoint(Graphics2D g, MapView view, PointSymbolizer p, Geometry geom, Feature f,
      StyleEnv env, double unit) {
    Optional<PointStyleInstance> symbol = points.resolve(p, f, env, unit);
    if (symbol.isEmpty()) {
      return;
    }
    for (Coordinate c : GeometryShapes.symbolPoints(geom)) {
      symbol.get().paint(g, view.x(c.x), view.y(c.y));
    }
  }

  private void paintPolygon(Graphics2D g, MapView view, PolygonSymbolizer p, Geometry geom, Feature f,
      StyleEnv env, double unit) {
    if (geom instanceof Puntal) {
      return;
    }
    Shape shape = GeometryShapes.toShape(geom, view);
    double dx = StrokePaint.number(p.displacement().x(), f, env, 0) * unit;
    double dy = StrokePaint.number(p.displacement().y(), f, env, 0) * unit;
    if (dx != 0 || dy != 0) {
      // SE polygon displacement follows the spec's y-up axis (unverified against GeoTools).
      shape = AffineTransform.getTranslateInstance(dx, -dy).createTransformedShape(shape);
    }
    if (p.fill().isPresent()) {
      fillArea(g, shape, p.fill().get(), f, env, unit);
    }
    if (p.stroke().isPresent()) {
      strokeShape(g, shape, p.stroke().get(), f, env, unit);
    }
  }

  private void paintLine(Graphics2D g, MapView view, LineSymbolizer l, Geometry geom, Feature f,
      StyleEnv env, double unit) {
    if (l.stroke().isEmpty()) {
      return;
    }
    double offsetPx = StrokePaint.number(l.perpendicularOffset(), f, env, 0) * unit;
    if (offsetPx != 0 && (geom instanceof LineString || geom instanceof MultiLineString)) {
      // Positive offsets go to the left of the line's direction, in map axes (y up).
      geom = OffsetCurve.getCurve(geom, offsetPx * view.pixelSize());
    }
    strokeShape(g, GeometryShapes.toShape(geom, view), l.stroke().get(), f, env, unit);
  }

  private void fillArea(Graphics2D g, Shape shape, Fill fill, Feature f, StyleEnv env, double unit) {
    if (fill.graphicFill().isPresent()) {
      Optional<Paint> tiles = tilePaint(fill.graphicFill().get(), f, env, unit);
      if (tiles.isPresent()) {
        Composite old = g.getComposite();
        double opacity = StrokePaint.number(fill.opacity(), f, env, 1);
        if (opacity < 1) {
          g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, opacity)));
        }
        g.setPaint(tiles.get());
        g.fill(shape);
        g.setComposite(old);
      }
      return;
    }
    Color c = PointSymbols.fillColor(fill, f, env);
    if (c.getAlpha() > 0) {
      g.setColor(c);
      g.fill(shape);
    }
  }

  private void strokeShape(Graphics2D g, Shape shape, org.banmap.style.Stroke stroke, Feature f, StyleEnv env,
      double unit) {
    if (stroke.graphicStroke().isPresent()) {
      graphicStroke(g, shape, stroke, f, env, unit);
      return;
    }
    StrokePaint paint = StrokePaint.of(stroke, f, env, unit);
    if (stroke.graphicFill().isPresent()) {
      Optional<Paint> tiles = tilePaint(stroke.graphicFill().get(), f, env, unit);
      if (tiles.isPresent()) {
        g.setPaint(tiles.get());
        g.fill(paint.stroke().createStrokedShape(shape));
      }
      return;
    }
    if (paint.color().getAlpha() == 0) {
      return;
    }
    g.setColor(paint.color());
    g.setStroke(paint.stroke());
    g.draw(shape);
  }

  /**
   * Symbols every symbol width along the path, from half a width in, turned to the path's
   * direction; with a dash array, symbols falling in its gaps are left out.
   */
  private void graphicStroke(Graphics2D g, Shape shape, org.banmap.style.Stroke stroke, Feature f, StyleEnv env,
      double unit) {
    Optional<PointStyleInstance> symbol = points.resolve(stroke.graphicStroke().get(), f, env, unit, true);
    if (symbol.isEmpty()) {
      return;
    }
    PointStyleInstance s = symbol.get();
    float[] dashes = StrokePaint.of(stroke, f, env, unit).stroke().getDashArray();
    double period = 0;
    for (int i = 0; dashes != null && i < dashes.length; i++) {
      period += dashes[i] * (dashes.length % 2 == 1 ? 2 : 1);
    }
    double dashPeriod = period;
    double spacing = s.symbol().width();
    double base = s.placement().rotation();
    PathWalker.walk(shape, spacing / 2, spacing, (x, y, radians, distance) -> {
      if (dashPeriod > 0 && !inDash(dashes, distance % dashPeriod)) {
        return;
      }
      new PointStyleInstance(s.symbol(), s.placement().withRotation(base + Math.toDegrees(radians))).paint(g, x, y);
    });
  }

  /** Whether {@code d} (within one period) falls on a dash rather than a gap. */
  private static boolean inDash(float[] dashes, double d) {
    for (int i = 0; ; i++) {
      d -= dashes[i % dashes.length];
      if (d < 0) {
        return i % 2 == 0;
      }
    }
  }

  /**
   * A GraphicFill as a texture anchored at the screen origin. Marks tile at size x size, so
   * {@code shape://} lines join into hatching; images tile at their own size.
   */
  private Optional<Paint> tilePaint(Graphic graphic, Feature f, StyleEnv env, double unit) {
    Optional<PointStyleInstance> resolved = points.resolve(graphic, f, env, unit, true);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    Symbol symbol = resolved.get().symbol();
    double tileW = symbol instanceof MarkSymbol m ? m.size() : symbol.width();
    double tileH = symbol.height();
    int w = (int) Math.max(1, Math.round(tileW));
    int h = (int) Math.max(1, Math.round(tileH));
    BufferedImage tile = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D tg = tile.createGraphics();
    StylePainterHints.apply(tg);
    tg.setClip(new Rectangle(0, 0, w, h));
    tg.translate(w / 2.0, h / 2.0);
    tg.scale(w / tileW, h / tileH);
    double rotation = resolved.get().placement().rotation();
    if (rotation != 0) {
      tg.rotate(Math.toRadians(rotation));
    }
    symbol.paint(tg);
    tg.dispose();
    return Optional.of(new TexturePaint(tile, new Rectangle2D.Double(0, 0, w, h)));
  }
}
