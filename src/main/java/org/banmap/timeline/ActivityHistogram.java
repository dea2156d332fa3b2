package org.banmap.timeline;

/**
 * Bans per equal slice of a time span, for the overlay's activity strip: column {@code c} of
 * {@code n} counts the bans at {@code start + c/n * span} or later and before the next column;
 * the last column includes {@code end}. Computed from the timeline's sorted times by binary search
 * (two per column), so it costs the same for ten bans or ten million.
 */
public final class ActivityHistogram {
  private final int[] counts;
  private final int max;

  private ActivityHistogram(int[] counts) {
    this.counts = counts;
    int m = 0;
    for (int c : counts) {
      m = Math.max(m, c);
    }
    this.max = m;
  }

  /** The bans of {@code timeline} in {@code [startMillis, endMillis]} in {@code columns} columns. */
  public static ActivityHistogram of(Timeline timeline, long startMillis, long endMillis, int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("a histogram needs at least one column, got " + columns);
    }
    if (endMillis < startMillis) {
      throw new IllegalArgumentException("end " + endMillis + " is before start " + startMillis);
    }
    long span = Math.max(1, endMillis - startMillis);
    int[] counts = new int[columns];
    int from = timeline.firstAtOrAfter(startMillis);
    for (int c = 0; c < columns; c++) {
      int to = c == columns - 1
          ? timeline.endAtOrBefore(startMillis + span)
          : timeline.firstAtOrAfter(startMillis + columnStart(c + 1, span, columns));
      counts[c] = Math.max(0, to - from);
      from = Math.max(from, to);
    }
    return new ActivityHistogram(counts);
  }

  /**
   * The first millisecond offset that falls in column {@code c}: the smallest d with
   * {@code floor(d * columns / span) >= c}, i.e. {@code ceil(c * span / columns)}, computed without
   * overflowing for spans of millennia.
   */
  static long columnStart(int c, long span, int columns) {
    long q = span / columns;
    long r = span % columns;
    long rest = (long) c * r;
    return c * q + rest / columns + (rest % columns == 0 ? 0 : 1);
  }

  public int columns() {
    return counts.length;
  }

  /** Bans in column {@code c}. */
  public int count(int c) {
    return counts[c];
  }

  /** The largest column's count (0 when no ban falls in the span). */
  public int max() {
    return max;
  }
}
