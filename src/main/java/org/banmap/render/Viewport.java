package org.banmap.render;

import java.awt.geom.AffineTransform;
import org.banmap.geo.BoundingBox;

/**
 * The map view: which lon/lat rectangle fills an image of {@code widthPx x heightPx}, in plate
 * carrée (longitude and latitude as x and y). The requested bbox is always fully visible: when its
 * aspect ratio differs from the image's, the view grows around its centre ("contain"), and the
 * extra area shows background.
 */
public record Viewport(BoundingBox requested, int widthPx, int heightPx) {
  public Viewport {
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + widthPx + "x" + heightPx);
    }
  }

  /** Degrees per pixel, the same on both axes so shapes are not stretched. */
  public double degreesPerPixel() {
    return Math.max(requested.width() / widthPx, requested.height() / heightPx);
  }

  public double centerLon() {
    return (requested.minLon() + requested.maxLon()) / 2;
  }

  public double centerLat() {
    return (requested.minLat() + requested.maxLat()) / 2;
  }

  /** Screen x of a longitude, in pixels from the left edge. */
  public double x(double lon) {
    return widthPx / 2.0 + (lon - centerLon()) / degreesPerPixel();
  }

  /** Screen y of a latitude, in pixels from the top edge (north up). */
  public double y(double lat) {
    return heightPx / 2.0 - (lat - centerLat()) / degreesPerPixel();
  }

  /** The same mapping as {@link #x}/{@link #y}, for Java2D shapes in lon/lat. */
  public AffineTransform worldToScreen() {
    double s = 1 / degreesPerPixel();
    AffineTransform t = new AffineTransform();
    t.translate(widthPx / 2.0, heightPx / 2.0);
    t.scale(s, -s);
    t.translate(-centerLon(), -centerLat());
    return t;
  }
}
