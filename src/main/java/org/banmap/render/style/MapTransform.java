package org.banmap.render.style;

import java.awt.geom.AffineTransform;
import org.banmap.render.Viewport;

/**
 * World to screen for any rectangle in map units (x right, y up, no reprojection). The requested
 * rectangle is fully visible ("contain"): when its aspect differs from the image's, the view grows
 * around its centre. {@code metresPerUnit} turns map units into ground metres for scale
 * denominators and {@code uom=metre} sizes: 1 for projected metres, 111,319.49 for degrees.
 */
public record MapTransform(
    double minX, double minY, double maxX, double maxY, int widthPx, int heightPx, double metresPerUnit) {
  /** Ground metres per degree on the equator of the WGS84 ellipsoid, as GeoTools uses. */
  public static final double METRES_PER_DEGREE = 6378137 * 2 * Math.PI / 360;
  /** The OGC standard pixel: 0.28 mm, about 90.7 dpi. */
  public static final double STANDARD_DPI = 25.4 / 0.28;

  public MapTransform {
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + widthPx + "x" + heightPx);
    }
    if (!(minX < maxX && minY < maxY)) {
      throw new IllegalArgumentException(
          "map rectangle needs minX < maxX and minY < maxY, got " + minX + "," + minY + "," + maxX + "," + maxY);
    }
    if (!(metresPerUnit > 0)) {
      throw new IllegalArgumentException("metresPerUnit must be positive, got " + metresPerUnit);
    }
  }

  /** A view of a rectangle in projected metres. */
  public static MapTransform ofMetres(double minX, double minY, double maxX, double maxY, int widthPx, int heightPx) {
    return new MapTransform(minX, minY, maxX, maxY, widthPx, heightPx, 1);
  }

  /** A view of a lon/lat rectangle in degrees (plate carrée). */
  public static MapTransform ofDegrees(double minX, double minY, double maxX, double maxY, int widthPx, int heightPx) {
    return new MapTransform(minX, minY, maxX, maxY, widthPx, heightPx, METRES_PER_DEGREE);
  }

  /** The same mapping as the video's {@link Viewport}. */
  public static MapTransform of(Viewport v) {
    return ofDegrees(v.requested().minLon(), v.requested().minLat(), v.requested().maxLon(),
        v.requested().maxLat(), v.widthPx(), v.heightPx());
  }

  /** Map units per pixel, the same on both axes. */
  public double pixelSize() {
    return Math.max((maxX - minX) / widthPx, (maxY - minY) / heightPx);
  }

  /** Screen x in pixels from the left edge. */
  public double x(double mapX) {
    return widthPx / 2.0 + (mapX - (minX + maxX) / 2) / pixelSize();
  }

  /** Screen y in pixels from the top edge (map y grows up). */
  public double y(double mapY) {
    return heightPx / 2.0 - (mapY - (minY + maxY) / 2) / pixelSize();
  }

  public AffineTransform worldToScreen() {
    double s = 1 / pixelSize();
    AffineTransform t = new AffineTransform();
    t.translate(widthPx / 2.0, heightPx / 2.0);
    t.scale(s, -s);
    t.translate(-(minX + maxX) / 2, -(minY + maxY) / 2);
    return t;
  }

  /**
   * The OGC scale denominator at the standard 0.28 mm pixel: ground width of the image over its
   * printed width.
   */
  public double scaleDenominator() {
    double groundWidth = pixelSize() * widthPx * metresPerUnit;
    return groundWidth / (widthPx / STANDARD_DPI * 0.0254);
  }

  /** Pixels per ground metre, for sizes given with {@code uom=metre}. */
  public double pixelsPerMetre() {
    return 1 / (pixelSize() * metresPerUnit);
  }
}
