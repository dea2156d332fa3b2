package org.banmap.basemap;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.banmap.basemap.WorldAtlas.Resolution;
import org.banmap.render.Viewport;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a {@link Basemap} as the background of every frame: sea, land, and thin coast and border
 * lines. The picture depends only on the view, so {@link #image} draws it once per view and the
 * renderer copies it into each frame.
 */
public final class BasemapPainter {
  private final Basemap basemap;
  private final BasemapColors colors;
  private final Map<Viewport, BufferedImage> images = new ConcurrentHashMap<>();

  public BasemapPainter(Basemap basemap, BasemapColors colors) {
    this.basemap = Objects.requireNonNull(basemap, "basemap");
    this.colors = Objects.requireNonNull(colors, "colors");
  }

  /** A painter with the built-in countries at the resolution that suits this view's scale. */
  public static BasemapPainter forView(Viewport viewport, BasemapColors colors) {
    return new BasemapPainter(WorldAtlas.load(Resolution.forView(viewport)), colors);
  }

  public Basemap basemap() {
    return basemap;
  }

  public BasemapColors colors() {
    return colors;
  }

  /**
   * The basemap for this view, drawn on the first call and the same instance after. It is shared:
   * copy it into the frame, never draw on it.
   */
  public BufferedImage image(Viewport viewport) {
    return images.computeIfAbsent(viewport, this::draw);
  }

  private BufferedImage draw(Viewport viewport) {
    BufferedImage image =
        new BufferedImage(viewport.widthPx(), viewport.heightPx(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      paint(g, viewport);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Paints sea, land and borders onto {@code g}, whose origin is the view's top-left corner. */
  public void paint(Graphics2D g, Viewport viewport) {
    // Explicit hints: the defaults differ between JDKs and platforms, and golden images need
    // the same pixels everywhere.
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    g.setColor(colors.ocean());
    g.fillRect(0, 0, viewport.widthPx(), viewport.heightPx());

    Envelope visible = visibleArea(viewport);
    AffineTransform toScreen = viewport.worldToScreen();
    Path2D.Double land = new Path2D.Double(Path2D.WIND_NON_ZERO);
    Path2D.Double borders = new Path2D.Double();
    for (BasemapFeature feature : basemap.features()) {
      Geometry geometry = feature.geometry();
      if (!visible.intersects(geometry.getEnvelopeInternal())) {
        continue;
      }
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        Geometry part = geometry.getGeometryN(i);
        if (part instanceof Polygon && visible.intersects(part.getEnvelopeInternal())) {
          addPolygon((Polygon) part, land, borders);
        }
      }
    }
    land.transform(toScreen);
    borders.transform(toScreen);
    g.setColor(colors.land());
    g.fill(land);
    if (colors.borderWidthPx() > 0) {
      g.setColor(colors.border());
      g.setStroke(
          new BasicStroke(colors.borderWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(borders);
    }
  }

  /** The lon/lat rectangle the image shows: the requested bbox plus any contain-fit bands. */
  private static Envelope visibleArea(Viewport viewport) {
    double halfWidth = viewport.widthPx() / 2.0 * viewport.degreesPerPixel();
    double halfHeight = viewport.heightPx() / 2.0 * viewport.degreesPerPixel();
    return new Envelope(
        viewport.centerLon() - halfWidth,
        viewport.centerLon() + halfWidth,
        viewport.centerLat() - halfHeight,
        viewport.centerLat() + halfHeight);
  }

  /**
   * Shells go in clockwise and holes counter-clockwise, so the non-zero fill rule leaves holes
   * (Lesotho's hole in South Africa) open unless another shell covers them (Lesotho itself), and
   * fills where two countries overlap by a hair after quantization, which even-odd would punch out.
   */
  private static void addPolygon(Polygon polygon, Path2D.Double land, Path2D.Double borders) {
    addRing(polygon.getExteriorRing(), false, land, borders);
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      addRing(polygon.getInteriorRingN(i), true, land, borders);
    }
  }

  /**
   * Adds a ring to the land fill, and to the border lines all of it except edges along ±180 or
   * the poles: those are where {@link AntimeridianCutter} cut or closed a shape, not coasts.
   */
  private static void addRing(
      LineString ring, boolean counterClockwise, Path2D.Double land, Path2D.Double borders) {
    CoordinateSequence seq = ring.getCoordinateSequence();
    int n = seq.size();
    if (n < 4) {
      return;
    }
    boolean reverse = Orientation.isCCW(seq) != counterClockwise;
    int first = reverse ? n - 1 : 0;
    land.moveTo(seq.getX(first), seq.getY(first));
    borders.moveTo(seq.getX(first), seq.getY(first));
    for (int k = 1; k < n; k++) {
      int i = reverse ? n - 1 - k : k;
      int previous = reverse ? i + 1 : i - 1;
      double x = seq.getX(i);
      double y = seq.getY(i);
      land.lineTo(x, y);
      if (onMapEdge(seq.getX(previous), seq.getY(previous), x, y)) {
        borders.moveTo(x, y);
      } else {
        borders.lineTo(x, y);
      }
    }
    land.closePath();
  }

  private static boolean onMapEdge(double x0, double y0, double x1, double y1) {
    return (x0 == x1 && Math.abs(x0) == 180) || (y0 == y1 && Math.abs(y0) == 90);
  }
}
