package org.banmap.render.style;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.banmap.style.Graphic;

/**
 * One thread's table of the distinct stamped symbols of Marks whose values depend on the feature,
 * keyed by what decides the stamped pixels, evaluated to primitives: shape, size (to the stamper's
 * quarter pixel), fill and stroke colours with their alphas, anchor, displacement and rotation (to
 * the stamper's 5° bucket). A fading dot's alpha is a whole number, so a fade makes at most 256
 * distinct symbols: a frame of 300,000 fading dots then builds no MarkSymbol, Color or placement
 * per dot. When full the table starts over; a Graphic whose values rarely repeat (most lookups
 * miss) is no longer keyed on this thread. Not thread-safe; {@link PointSymbols} keeps one per thread.
 */
final class MarkInstances {
  private static final int CAPACITY = 4096;
  private static final int MAX_ENTRIES = CAPACITY / 2;
  /** Lookups per Graphic between checks of its hit rate. */
  private static final int CHECK_EVERY = 4096;

  /** The values that decide a Mark graphic's stamped symbol, and that symbol. */
  private static final class Entry {
    final Graphic graphic;
    final double unit;
    final MarkShape shape;
    final double size;
    final int fillArgb;
    final int strokeArgb;
    final double anchorX;
    final double anchorY;
    final double displaceX;
    final double displaceY;
    final int rotationStep;
    final StampablePoint point;

    Entry(Key k, StampablePoint point) {
      this.graphic = k.graphic;
      this.unit = k.unit;
      this.shape = k.shape;
      this.size = k.size;
      this.fillArgb = k.fillArgb;
      this.strokeArgb = k.strokeArgb;
      this.anchorX = k.anchorX;
      this.anchorY = k.anchorY;
      this.displaceX = k.displaceX;
      this.displaceY = k.displaceY;
      this.rotationStep = k.rotationStep;
      this.point = point;
    }

    boolean matches(Key k) {
      return graphic == k.graphic && shape == k.shape && fillArgb == k.fillArgb && strokeArgb == k.strokeArgb
          && rotationStep == k.rotationStep && same(unit, k.unit) && same(size, k.size) && same(anchorX, k.anchorX)
          && same(anchorY, k.anchorY) && same(displaceX, k.displaceX) && same(displaceY, k.displaceY);
    }
  }

  /** The values of the point being looked up: one per thread, filled in per point, never stored. */
  static final class Key {
    Graphic graphic;
    double unit;
    MarkShape shape;
    double size;
    /** ARGB of the fill, 0 without one (a fully transparent fill stamps the same). */
    int fillArgb;
    int strokeArgb;
    double anchorX;
    double anchorY;
    double displaceX;
    double displaceY;
    int rotationStep;

    int hash() {
      long h = System.identityHashCode(graphic);
      h = h * 31 + Double.doubleToLongBits(size);
      h = h * 31 + fillArgb;
      h = h * 31 + strokeArgb;
      h = h * 31 + Double.doubleToLongBits(anchorX);
      h = h * 31 + Double.doubleToLongBits(anchorY);
      h = h * 31 + Double.doubleToLongBits(displaceX);
      h = h * 31 + Double.doubleToLongBits(displaceY);
      h = h * 31 + rotationStep;
      h ^= h >>> 29;
      h *= 0x9e3779b97f4a7c15L;
      return (int) (h >>> 40) & (CAPACITY - 1);
    }
  }

  /** Whether a Graphic is keyed here, and how often its lookups missed lately. */
  private static final class Keying {
    boolean keyed;
    int lookups;
    int misses;

    Keying(boolean keyed) {
      this.keyed = keyed;
    }
  }

  private final Entry[] table = new Entry[CAPACITY];
  private int entries;
  private final Map<Graphic, Keying> keying = new IdentityHashMap<>();
  private final Key key = new Key();
  private final StampablePoint reusable = StampablePoint.reusable();
  /** The last well-known name looked up and its shape: the name is nearly always one literal. */
  private String lastName;
  private MarkShape lastShape;

  /** The key to fill in for a lookup (this thread's only one). */
  Key key() {
    return key;
  }

  /** A holder for a symbol that is not keyed, re-pointed per point. */
  StampablePoint reusable(PointStyleInstance symbol) {
    return reusable.show(symbol);
  }

  /** Whether {@code graphic} is keyed here; {@code keyable} decides it the first time. */
  boolean keyed(Graphic graphic, java.util.function.Predicate<Graphic> keyable) {
    Keying k = keying.get(graphic);
    if (k == null) {
      k = new Keying(keyable.test(graphic));
      keying.put(graphic, k);
    }
    return k.keyed;
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

  /** The entry for {@link #key()}'s values, or null when there is none yet. */
  StampablePoint find() {
    Keying stats = keying.get(key.graphic);
    if (++stats.lookups == CHECK_EVERY) {
      if (stats.misses * 2 > stats.lookups) {
        stats.keyed = false;
      }
      stats.lookups = 0;
      stats.misses = 0;
    }
    int i = key.hash();
    for (Entry e = table[i]; e != null; e = table[i = (i + 1) & (CAPACITY - 1)]) {
      if (e.matches(key)) {
        return e.point;
      }
    }
    stats.misses++;
    return null;
  }

  /** Remembers {@code point} for {@link #key()}'s values. */
  void put(StampablePoint point) {
    if (entries >= MAX_ENTRIES) {
      Arrays.fill(table, null);
      entries = 0;
    }
    int i = key.hash();
    while (table[i] != null) {
      i = (i + 1) & (CAPACITY - 1);
    }
    table[i] = new Entry(key, point);
    entries++;
  }

  /** Equal as the symbol's record would compare them (so NaN equals NaN). */
  private static boolean same(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }
}
