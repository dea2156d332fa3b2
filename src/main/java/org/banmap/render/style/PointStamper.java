package org.banmap.render.style;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fast path for many point symbols: each distinct symbol is rasterised once per rotation
 * bucket (5°) and quarter-pixel phase into a premultiplied sprite, then stamped into an opaque
 * {@code int[]} RGB raster with integer source-over blending. A symbol's overall opacity is
 * factored out ({@link Symbol#atFullOpacity()}) and applied while stamping, so fading points share
 * one sprite. Safe for concurrent use.
 */
public final class PointStamper {
  static final double ROTATION_STEP = 5;
  static final int PHASES = 4;
  private static final int MAX_SPRITES = 20_000;

  private record Key(Symbol symbol, double anchorX, double anchorY, double displaceX, double displaceY,
      int rotationStep, int phaseX, int phaseY) {}

  private final Map<Key, Sprite> sprites = new ConcurrentHashMap<>();

  /**
   * Blends {@code point} drawn at screen ({@code x}, {@code y}) into {@code pixels} (TYPE_INT_RGB,
   * row-major, {@code width x height}); parts outside are clipped.
   */
  public void stamp(int[] pixels, int width, int height, double x, double y, PointStyleInstance point) {
    stamp(pixels, width, height, x, y, point, 1);
  }

  /** As {@link #stamp(int[], int, int, double, double, PointStyleInstance)}, times {@code opacity}. */
  public void stamp(int[] pixels, int width, int height, double x, double y, PointStyleInstance point,
      double opacity) {
    Symbol symbol = point.symbol();
    int op = (int) Math.round(Math.max(0, Math.min(1, opacity * symbol.opacity())) * 255);
    if (op == 0 || !(Double.isFinite(x) && Double.isFinite(y))) {
      return;
    }
    double fx = Math.floor(x);
    double fy = Math.floor(y);
    int px = (int) Math.min((x - fx) * PHASES, PHASES - 1);
    int py = (int) Math.min((y - fy) * PHASES, PHASES - 1);
    SymbolPlacement p = point.placement();
    int step = (int) Math.round(normaliseDegrees(p.rotation()) / ROTATION_STEP);
    Key key = new Key(symbol, p.anchorX(), p.anchorY(), p.displaceX(), p.displaceY(), step, px, py);
    Sprite s = sprites.get(key);
    if (s == null) {
      if (sprites.size() > MAX_SPRITES) {
        sprites.clear();
      }
      SymbolPlacement bucketed = p.withRotation(step * ROTATION_STEP);
      s = Sprite.of(symbol.atFullOpacity(), bucketed, (px + 0.5) / PHASES, (py + 0.5) / PHASES);
      sprites.put(key, s);
    }
    blend(pixels, width, height, (int) fx - s.originX(), (int) fy - s.originY(), s, op);
  }

  /** Number of cached sprites, for tests and statistics. */
  public int spriteCount() {
    return sprites.size();
  }

  private static double normaliseDegrees(double d) {
    double r = d % 360;
    return r < 0 ? r + 360 : r;
  }

  private static void blend(int[] pixels, int width, int height, int left, int top, Sprite s, int op) {
    int x0 = Math.max(0, left);
    int x1 = Math.min(width, left + s.width());
    int y0 = Math.max(0, top);
    int y1 = Math.min(height, top + s.height());
    int[] src = s.argbPre();
    int sw = s.width();
    for (int y = y0; y < y1; y++) {
      int srow = (y - top) * sw - left;
      int row = y * width;
      for (int x = x0; x < x1; x++) {
        int c = src[srow + x];
        if (c == 0) {
          continue;
        }
        int a = c >>> 24;
        int r = (c >> 16) & 0xff;
        int g = (c >> 8) & 0xff;
        int b = c & 0xff;
        if (op != 255) {
          a = (a * op + 127) / 255;
          r = (r * op + 127) / 255;
          g = (g * op + 127) / 255;
          b = (b * op + 127) / 255;
        }
        int i = row + x;
        if (a == 255) {
          pixels[i] = (r << 16) | (g << 8) | b;
          continue;
        }
        int d = pixels[i];
        int keep = 255 - a;
        int dr = (r * 255 + ((d >> 16) & 0xff) * keep + 127) / 255;
        int dg = (g * 255 + ((d >> 8) & 0xff) * keep + 127) / 255;
        int db = (b * 255 + (d & 0xff) * keep + 127) / 255;
        pixels[i] = (Math.min(255, dr) << 16) | (Math.min(255, dg) << 8) | Math.min(255, db);
      }
    }
  }
}
