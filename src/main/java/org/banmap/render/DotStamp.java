package org.banmap.render;

/**
 * A dot rasterised once as an alpha mask and stamped into the frame's pixel array with source-over
 * blending. Stamping integer masks is several times faster than asking Java2D to fill an
 * antialiased ellipse per ban, which matters with thousands of visible bans per frame.
 */
final class DotStamp {
  private final int rgb;
  private final int radius;
  private final int size;
  /** Coverage x opacity per mask pixel, 0..255. */
  private final int[] alpha;

  DotStamp(DotStyle style) {
    this.rgb = style.color().getRGB() & 0xffffff;
    double outer = Math.max(style.radiusPx(), style.haloRadiusPx());
    this.radius = (int) Math.ceil(outer + 0.5);
    this.size = 2 * radius + 1;
    this.alpha = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double d = Math.hypot(x - radius, y - radius);
        double core = coverage(d, style.radiusPx());
        // The halo fades out towards its rim so dense clusters glow instead of forming hard discs.
        double halo = style.haloRadiusPx() > 0
            ? coverage(d, style.haloRadiusPx()) * style.haloOpacity() * (1 - Math.min(1, d / style.haloRadiusPx()))
            : 0;
        double a = core + halo * (1 - core);
        alpha[y * size + x] = (int) Math.round(Math.min(1, a) * 255);
      }
    }
  }

  /** Area of a pixel at distance {@code d} from the centre covered by a disc of radius {@code r}. */
  private static double coverage(double d, double r) {
    return Math.max(0, Math.min(1, r + 0.5 - d));
  }

  /**
   * Blends the dot centred at pixel ({@code cx}, {@code cy}) into {@code pixels} (TYPE_INT_RGB,
   * row-major, {@code width} x {@code height}) at {@code opacity} in [0, 1]; parts outside the image
   * are clipped.
   */
  void stamp(int[] pixels, int width, int height, int cx, int cy, double opacity) {
    int op = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 256);
    if (op == 0) {
      return;
    }
    int x0 = Math.max(0, cx - radius);
    int x1 = Math.min(width - 1, cx + radius);
    int y0 = Math.max(0, cy - radius);
    int y1 = Math.min(height - 1, cy + radius);
    int sr = (rgb >> 16) & 0xff;
    int sg = (rgb >> 8) & 0xff;
    int sb = rgb & 0xff;
    for (int y = y0; y <= y1; y++) {
      int maskRow = (y - cy + radius) * size - cx + radius;
      int row = y * width;
      for (int x = x0; x <= x1; x++) {
        int a = (alpha[maskRow + x] * op) >> 8;
        if (a == 0) {
          continue;
        }
        int d = pixels[row + x];
        int dr = (d >> 16) & 0xff;
        int dg = (d >> 8) & 0xff;
        int db = d & 0xff;
        int keep = 255 - a;
        dr = (sr * a + dr * keep + 127) / 255;
        dg = (sg * a + dg * keep + 127) / 255;
        db = (sb * a + db * keep + 127) / 255;
        pixels[row + x] = (dr << 16) | (dg << 8) | db;
      }
    }
  }
}
