package org.banmap.render.style;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.banmap.style.Graphic;

/**
 * One thread's table of the distinct point symbols of Marks whose values depend on the feature,
 * keyed by those values evaluated to primitives (shape, size, fill colour with its alpha,
 * placement). A fading dot's alpha is a whole number, so a fade makes at most 256 distinct symbols:
 * a frame of 300,000 fading dots then builds no MarkSymbol, Color or placement per dot. When full
 * the table starts over, so a style whose size varies continuously costs a rebuild now and then,
 * never unbounded memory. Not thread-safe; {@link PointSymbols} keeps one per thread.
 */
final class MarkInstances {
  private static final int CAPACITY = 4096;
  private static final int MAX_ENTRIES = CAPACITY / 2;

  /** The values that decide a Mark graphic's symbol, and that symbol (null: nothing is drawn). */
  private static final class Entry {
    final Graphic graphic;
    final double unit;
    final MarkShape shape;
    final double size;
    final boolean hasFill;
    final int fillArgb;
    final double anchorX;
    final double anchorY;
    final double displaceX;
    final double displaceY;
    final double rotation;
    final StampablePoint point;

    Entry(Graphic graphic, double unit, MarkShape shape, double size, boolean hasFill, int fillArgb,
        double anchorX, double anchorY, double displaceX, double displaceY, double rotation, StampablePoint point) {
      this.graphic = graphic;
      this.unit = unit;
      this.shape = shape;
      this.size = size;
      this.hasFill = hasFill;
      this.fillArgb = fillArgb;
      this.anchorX = anchorX;
      this.anchorY = anchorY;
      this.displaceX = displaceX;
      this.displaceY = displaceY;
      this.rotation = rotation;
      this.point = point;
    }

    boolean matches(Graphic g, double u, MarkShape sh, double sz, boolean fill, int argb, double ax, double ay,
        double dx, double dy, double rot) {
      return graphic == g && shape == sh && hasFill == fill && fillArgb == argb && same(unit, u) && same(size, sz)
          && same(anchorX, ax) && same(anchorY, ay) && same(displaceX, dx) && same(displaceY, dy)
          && same(rotation, rot);
    }
  }

  private final Entry[] table = new Entry[CAPACITY];
  private int entries;
  /** Whether a Graphic's symbols can be keyed here, decided once per Graphic (a style has a few). */
  private final Map<Graphic, Boolean> keyable = new IdentityHashMap<>();
  /** The last well-known name looked up and its shape: the name is nearly always one literal. */
  private String lastName;
  private MarkShape lastShape;

  Boolean keyable(Graphic graphic) {
    return keyable.get(graphic);
  }

  void keyable(Graphic graphic, boolean value) {
    keyable.put(graphic, value);
  }

  /** The shape for a well-known name, null when it cannot be drawn; no garbage for a repeated name. */
  MarkShape shape(String name) {
    // Equal, not identical: every Mark of a style holds its own "circle".
    if (lastName == null || !lastName.equals(name)) {
      lastShape = MarkShape.named(name).orElse(null);
      lastName = name;
    }
    return lastShape;
  }

  /** The entry for these values, or null when there is none yet. */
  StampablePoint find(Graphic g, double unit, MarkShape shape, double size, boolean hasFill, int fillArgb,
      double ax, double ay, double dx, double dy, double rotation) {
    int i = slot(g, size, fillArgb, ax, ay, dx, dy, rotation);
    for (Entry e = table[i]; e != null; e = table[i = (i + 1) & (CAPACITY - 1)]) {
      if (e.matches(g, unit, shape, size, hasFill, fillArgb, ax, ay, dx, dy, rotation)) {
        return e.point;
      }
    }
    return null;
  }

  void put(Graphic g, double unit, MarkShape shape, double size, boolean hasFill, int fillArgb, double ax,
      double ay, double dx, double dy, double rotation, StampablePoint point) {
    if (entries >= MAX_ENTRIES) {
      Arrays.fill(table, null);
      entries = 0;
    }
    int i = slot(g, size, fillArgb, ax, ay, dx, dy, rotation);
    while (table[i] != null) {
      i = (i + 1) & (CAPACITY - 1);
    }
    table[i] = new Entry(g, unit, shape, size, hasFill, fillArgb, ax, ay, dx, dy, rotation, point);
    entries++;
  }

  private static int slot(Graphic g, double size, int fillArgb, double ax, double ay, double dx, double dy,
      double rotation) {
    long h = System.identityHashCode(g);
    h = h * 31 + Double.doubleToLongBits(size);
    h = h * 31 + fillArgb;
    h = h * 31 + Double.doubleToLongBits(ax);
    h = h * 31 + Double.doubleToLongBits(ay);
    h = h * 31 + Double.doubleToLongBits(dx);
    h = h * 31 + Double.doubleToLongBits(dy);
    h = h * 31 + Double.doubleToLongBits(rotation);
    h ^= h >>> 29;
    h *= 0x9e3779b97f4a7c15L;
    return (int) (h >>> 40) & (CAPACITY - 1);
  }

  /** Equal as the symbol's record would compare them (so NaN equals NaN). */
  private static boolean same(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }
}
