package org.banmap.map;

import java.awt.geom.AffineTransform;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What one image shows: a {@link Projection}, the projected point at the image centre, the scale
 * ({@code pixelSize}: projected units per pixel, the same on both axes so shapes keep their
 * proportions) and the image size. Projected x grows to the right and y up; screen y grows down.
 *
 * <p>Painters work in projected units: {@link #project} turns a lon/lat geometry into the
 * projection's x/y (the same instance for plate carrée), {@link #x}/{@link #y} and {@link
 * #worldToScreen} turn projected units into pixels. A record, so a view is a cache key.
 */
public record MapView(Projection projection, double centerX, double centerY, double pixelSize, int widthPx,
    int heightPx) {
  /** Ground metres per degree on the equator of the WGS84 ellipsoid, as GeoTools uses. */
  public static final double METRES_PER_DEGREE = IdentityProjection.METRES_PER_DEGREE;
  /** The OGC standard pixel: 0.28 mm, about 90.7 dpi. */
  public static final double STANDARD_DPI = 25.4 / 0.28;

  /** Points per edge sampled when a bbox's projected outline is not a rectangle. */
  private static final int EDGE_SAMPLES = 64;

  public MapView {
    Objects.requireNonNull(projection, "projection");
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + widthPx + "x" + heightPx);
    }
    if (!(pixelSize > 0) || Double.isInfinite(pixelSize)) {
      throw new IllegalArgumentException("pixel size must be positive, got " + pixelSize);
    }
  }

  /**
   * The smallest view of {@code projection} in which all of {@code box} is visible ("contain"):
   * when the box's projected aspect differs from the image's, the view grows around its centre
   * and the extra bands show background.
   */
  public static MapView contain(Projection projection, BoundingBox box, int widthPx, int heightPx) {
    Envelope e = projectedEnvelope(projection, box);
    return containProjected(projection, e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), widthPx, heightPx);
  }

  /** The smallest view showing all of a rectangle given in projected units ("contain"). */
  public static MapView containProjected(Projection projection, double minX, double minY, double maxX, double maxY,
      int widthPx, int heightPx) {
    if (!(minX < maxX && minY < maxY)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "map rectangle needs minX < maxX and minY < maxY, got %s,%s,%s,%s", minX, minY, maxX, maxY));
    }
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + widthPx + "x" + heightPx);
    }
    double pixelSize = Math.max((maxX - minX) / widthPx, (maxY - minY) / heightPx);
    return new MapView(projection, (minX + maxX) / 2, (minY + maxY) / 2, pixelSize, widthPx, heightPx);
  }

  /** A plate carrée view of a lon/lat rectangle in degrees. */
  public static MapView ofDegrees(double minLon, double minLat, double maxLon, double maxLat, int widthPx,
      int heightPx) {
    return containProjected(Projection.PLATE_CARREE, minLon, minLat, maxLon, maxLat, widthPx, heightPx);
  }

  /** A view of data already in projected metres (no reprojection). */
  public static MapView ofMetres(double minX, double minY, double maxX, double maxY, int widthPx, int heightPx) {
    return containProjected(Projection.planar(1), minX, minY, maxX, maxY, widthPx, heightPx);
  }

  private static Envelope projectedEnvelope(Projection p, BoundingBox box) {
    Envelope e = new Envelope();
    int n = p.isIdentity() ? 1 : EDGE_SAMPLES;
    for (int i = 0; i <= n; i++) {
      double lon = box.minLon() + box.width() * i / n;
      double lat = box.minLat() + box.height() * i / n;
      e.expandToInclude(p.x(lon, box.minLat()), p.y(lon, box.minLat()));
      e.expandToInclude(p.x(lon, box.maxLat()), p.y(lon, box.maxLat()));
      e.expandToInclude(p.x(box.minLon(), lat), p.y(box.minLon(), lat));
      e.expandToInclude(p.x(box.maxLon(), lat), p.y(box.maxLon(), lat));
    }
    return e;
  }

  /** Screen x in pixels from the left edge of a projected x. */
  public double x(double mapX) {
    return widthPx / 2.0 + (mapX - centerX) / pixelSize;
  }

  /** Screen y in pixels from the top edge of a projected y (map y grows up). */
  public double y(double mapY) {
    return heightPx / 2.0 - (mapY - centerY) / pixelSize;
  }

  /** Screen x of a lon/lat point. */
  public double screenX(double lon, double lat) {
    return x(projection.x(lon, lat));
  }

  /** Screen y of a lon/lat point. */
  public double screenY(double lon, double lat) {
    return y(projection.y(lon, lat));
  }

  /** Projected x at screen position ({@code sx}, any y). */
  public double mapX(double sx) {
    return centerX + (sx - widthPx / 2.0) * pixelSize;
  }

  /** Projected y at screen row {@code sy}. */
  public double mapY(double sy) {
    return centerY - (sy - heightPx / 2.0) * pixelSize;
  }

  /** Longitude under screen point ({@code sx}, {@code sy}). */
  public double lon(double sx, double sy) {
    return projection.lon(mapX(sx), mapY(sy));
  }

  /** Latitude under screen point ({@code sx}, {@code sy}). */
  public double lat(double sx, double sy) {
    return projection.lat(mapX(sx), mapY(sy));
  }

  /** The same mapping as {@link #x}/{@link #y}, for Java2D shapes in projected units. */
  public AffineTransform worldToScreen() {
    double s = 1 / pixelSize;
    AffineTransform t = new AffineTransform();
    t.translate(widthPx / 2.0, heightPx / 2.0);
    t.scale(s, -s);
    t.translate(-centerX, -centerY);
    return t;
  }

  /** The projected rectangle the image shows, contain-fit bands included. */
  public Envelope visibleArea() {
    double halfWidth = widthPx / 2.0 * pixelSize;
    double halfHeight = heightPx / 2.0 * pixelSize;
    return new Envelope(centerX - halfWidth, centerX + halfWidth, centerY - halfHeight, centerY + halfHeight);
  }

  /**
   * The lon/lat rectangle around everything the image shows (for culling lon/lat features); the
   * visible area itself when the projection is the identity.
   */
  public Envelope visibleLonLat() {
    Envelope area = visibleArea();
    if (projection.isIdentity()) {
      return area;
    }
    Envelope e = new Envelope();
    for (int i = 0; i <= EDGE_SAMPLES; i++) {
      double sx = widthPx * (double) i / EDGE_SAMPLES;
      double sy = heightPx * (double) i / EDGE_SAMPLES;
      for (double[] s : new double[][] {{sx, 0}, {sx, heightPx}, {0, sy}, {widthPx, sy}}) {
        double lon = lon(s[0], s[1]);
        double lat = lat(s[0], s[1]);
        if (Double.isFinite(lon) && Double.isFinite(lat)) {
          e.expandToInclude(lon, lat);
        }
      }
    }
    return e;
  }

  /**
   * A lon/lat geometry in projected units: the same instance when the projection is the
   * identity, else a projected copy (the input is never changed).
   */
  public Geometry project(Geometry lonLat) {
    if (projection.isIdentity()) {
      return lonLat;
    }
    Geometry copy = lonLat.copy();
    copy.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        double lon = seq.getX(i);
        double lat = seq.getY(i);
        seq.setOrdinate(i, CoordinateSequence.X, projection.x(lon, lat));
        seq.setOrdinate(i, CoordinateSequence.Y, projection.y(lon, lat));
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    return copy;
  }

  /** Ground metres per projected unit (from the projection). */
  public double metresPerUnit() {
    return projection.metresPerUnit();
  }

  /**
   * The OGC scale denominator at the standard 0.28 mm pixel: ground width of the image over its
   * printed width.
   */
  public double scaleDenominator() {
    double groundWidth = pixelSize * widthPx * metresPerUnit();
    return groundWidth / (widthPx / STANDARD_DPI * 0.0254);
  }

  /** Pixels per ground metre, for sizes given with {@code uom=metre}. */
  public double pixelsPerMetre() {
    return 1 / (pixelSize * metresPerUnit());
  }

  /** Ground degrees of longitude per pixel on the equator (for choosing basemap detail). */
  public double degreesPerPixel() {
    return pixelSize * metresPerUnit() / METRES_PER_DEGREE;
  }

  /** The same scale and size centred elsewhere (projected units): the step a moving camera takes. */
  public MapView withCenter(double centerX, double centerY) {
    return new MapView(projection, centerX, centerY, pixelSize, widthPx, heightPx);
  }
}
