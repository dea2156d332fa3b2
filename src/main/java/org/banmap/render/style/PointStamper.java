package org.banmap.render.style;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fast path for many point symbols: each distinct symbol is rasterised once per rotation
 * bucket (5°) and quarter-pixel phase into a premultiplied sprite, then stamped into an opaque
 * {@code int[]} RGB raster with integer source-over blending, rounded to nearest. A symbol's
 * overall opacity is factored out ({@link Symbol#atFullOpacity()}) and applied while stamping, so
 * fading points share one sprite. Mark sizes snap to the nearest quarter pixel (at most 1/8 px
 * off, less than the position snap), so a size that varies per point (a pulse) reuses a few dozen
 * sprites instead of drawing one per point. Safe for concurrent use.
 */
public final class PointStamper {
  static final double ROTATION_STEP = 5;
  static final int PHASES = 4;
  /** Mark sizes are rounded to multiples of {@code 1 / SIZE_STEPS} pixels. */
  static final int SIZE_STEPS = 4;
  private static final int MAX_SPRITES = 20_000;
  private static final int MEMO_SIZE = 1024;

  private record Key(Symbol symbol, double anchorX, double anchorY, double displaceX, double displaceY,
      int rotationStep, int phase) {}

  /** A recently used sprite for one (instance, rotation step, phase), found by identity. */
  private record Memo(PointStyleInstance point, int rotationStep, int phase, Sprite sprite) {}

  private final Map<Key, Sprite> sprites = new ConcurrentHashMap<>();
  // Racy on purpose: entries are immutable, a lost update only costs a map lookup.
  private final Memo[] memo = new Memo[MEMO_SIZE];

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
    stamp(pixels, width, height, x, y, point, opacity, null);
  }

  /** As {@link #stamp(int[], int, int, double, double, PointStyleInstance)}, keeping sprites in {@code point}. */
  void stamp(int[] pixels, int width, int height, double x, double y, StampablePoint point) {
    stamp(pixels, width, height, x, y, point.instance(), 1, point);
  }

  private void stamp(int[] pixels, int width, int height, double x, double y, PointStyleInstance point,
      double opacity, StampablePoint remembered) {
    Symbol symbol = point.symbol();
    int op = (int) Math.round(Math.max(0, Math.min(1, opacity * symbol.opacity())) * 255);
    if (op == 0 || !(Double.isFinite(x) && Double.isFinite(y))) {
      return;
    }
    // Snap to the nearest quarter pixel; the phase is baked into the sprite.
    long qx = Math.round(x * PHASES);
    long qy = Math.round(y * PHASES);
    int ix = (int) Math.floorDiv(qx, PHASES);
    int iy = (int) Math.floorDiv(qy, PHASES);
    int phase = (int) (qx - (long) ix * PHASES) * PHASES + (int) (qy - (long) iy * PHASES);
    Sprite s = remembered == null ? null : remembered.sprite(phase);
    if (s == null) {
      s = sprite(point, rotationStep(point.placement().rotation()), phase);
      if (remembered != null) {
        remembered.remember(phase, s);
      }
    }
    blend(pixels, width, height, ix - s.originX(), iy - s.originY(), s, op);
  }

  private Sprite sprite(PointStyleInstance point, int step, int phase) {
    int slot = (System.identityHashCode(point) ^ (phase * 0x9e3779b1) ^ (step * 31)) & (MEMO_SIZE - 1);
    Memo m = memo[slot];
    if (m != null && m.point == point && m.rotationStep == step && m.phase == phase) {
      return m.sprite;
    }
    Symbol full = snapSize(point.symbol().opacity() == 1 ? point.symbol() : point.symbol().atFullOpacity());
    SymbolPlacement p = point.placement();
    Key key = new Key(full, p.anchorX(), p.anchorY(), p.displaceX(), p.displaceY(), step, phase);
    Sprite s = sprites.get(key);
    if (s == null) {
      if (sprites.size() > MAX_SPRITES) {
        sprites.clear();
      }
      s = Sprite.of(full, p.withRotation(step * ROTATION_STEP),
          (phase / PHASES) / (double) PHASES, (phase % PHASES) / (double) PHASES);
      sprites.put(key, s);
    }
    memo[slot] = new Memo(point, step, phase, s);
    return s;
  }

  private static Symbol snapSize(Symbol symbol) {
    if (symbol instanceof MarkSymbol m) {
      double snapped = snappedSize(m.size());
      if (snapped != m.size()) {
        return new MarkSymbol(m.mark(), snapped, m.fill(), m.strokeColor(), m.stroke());
      }
    }
    return symbol;
  }

  /** The mark size a sprite is drawn at: the nearest quarter pixel, unless that is 0. */
  static double snappedSize(double size) {
    double snapped = Math.round(size * SIZE_STEPS) / (double) SIZE_STEPS;
    return snapped > 0 ? snapped : size;
  }

  /** The 5° bucket (0..71) a sprite is drawn at for a rotation in degrees. */
  static int rotationStep(double degrees) {
    return degrees == 0 ? 0 : (int) Math.round(normaliseDegrees(degrees) / ROTATION_STEP) % 72;
  }

  /** Number of cached sprites, for tests and statistics. */
  public int spriteCount() {
    return sprites.size();
  }

  private static double normaliseDegrees(double d) {
    double r = d % 360;
    return r < 0 ? r + 360 : r;
  }

  /**
   * {@code round(v / 255)} in each of the two 16-bit lanes of {@code v} (bits 0-15 and 16-31, each
   * lane in [0, 65025]): the same as {@code (lane + 127) / 255} per lane, masked to 8 bits.
   */
  private static int div255x2(int v) {
    int t = v + 0x00800080;
    return ((t + ((t >>> 8) & 0x00ff00ff)) >>> 8) & 0x00ff00ff;
  }

  /**
   * Source-over of premultiplied sprite pixels onto opaque RGB, rounded to nearest. Two channels
   * share one multiply (red and blue, alpha and green in 16-bit lanes); because the sprite is
   * premultiplied ({@code channel <= alpha}), {@code src + round(dst * (255 - a) / 255)} never
   * exceeds 255 and equals {@code round((src * 255 + dst * (255 - a)) / 255)}.
   */
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
        int rb = c & 0x00ff00ff;
        int ag = (c >>> 8) & 0x00ff00ff;
        if (op != 255) {
          rb = div255x2(rb * op);
          ag = div255x2(ag * op);
        }
        int a = ag >>> 16;
        int i = row + x;
        if (a == 255) {
          pixels[i] = (rb | (ag << 8)) & 0xffffff;
          continue;
        }
        int d = pixels[i];
        int keep = 255 - a;
        int outRb = rb + div255x2((d & 0x00ff00ff) * keep);
        int outG = (ag & 0xff) + div255x2(((d >>> 8) & 0xff) * keep);
        pixels[i] = outRb | (outG << 8);
      }
    }
  }
}
