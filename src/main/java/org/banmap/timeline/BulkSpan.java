package org.banmap.timeline;

import java.time.Duration;
import java.util.function.IntToLongFunction;

/**
 * The part of a time-sorted run of bans that holds the bulk of the data, so that one ban with a
 * broken timestamp (year 0001 from a zeroed clock, 9999 from a corrupt line, last year from a
 * misread syslog date) does not stretch the video over centuries and leave every real ban in one
 * frame.
 *
 * <p>The rule, on the ban times sorted ascending:
 * <ol>
 *   <li>Q1 and Q3 are the times at ranks {@code floor(0.25 (n-1))} and {@code ceil(0.75 (n-1))};
 *       the spread {@code w = max(Q3 - Q1, }{@value #MIN_SPREAD_DAYS}{@code  days)} (the floor keeps
 *       a one-day burst from making a quiet rest of the month look like outliers).
 *   <li>A ban earlier than {@code Q1 - }{@value #FENCE_SPREADS}{@code  w} or later than
 *       {@code Q3 + }{@value #FENCE_SPREADS}{@code  w} is an outlier.
 *   <li>Outliers are few by definition: when more than {@code max(}{@value #MIN_OUTLIERS_ALLOWED}
 *       {@code , 1% of the bans)} lie beyond one fence, they are real data (an old rotated log, a
 *       second server) and that side keeps them all.
 * </ol>
 * Ten spreads is far: bans spread evenly over ten years never have outliers, and a month of data
 * keeps everything within ten months of its middle half.
 *
 * @param first index of the first ban inside the span (= the outliers before it)
 * @param end index just past the last ban inside the span
 * @param size how many bans there are in all
 */
public record BulkSpan(int first, int end, int size) {
  static final long MIN_SPREAD_DAYS = 7;
  static final long FENCE_SPREADS = 10;
  static final int MIN_OUTLIERS_ALLOWED = 3;

  public BulkSpan {
    if (first < 0 || end < first || end > size) {
      throw new IllegalArgumentException("span [" + first + ", " + end + ") does not fit " + size + " bans");
    }
  }

  /** The bulk of {@code size} bans whose epoch milliseconds, ascending, are {@code sortedMillis}. */
  public static BulkSpan of(int size, IntToLongFunction sortedMillis) {
    if (size == 0) {
      return new BulkSpan(0, 0, 0);
    }
    long q1 = sortedMillis.applyAsLong((int) Math.floor(0.25 * (size - 1)));
    long q3 = sortedMillis.applyAsLong((int) Math.ceil(0.75 * (size - 1)));
    long spread = Math.max(q3 - q1, Duration.ofDays(MIN_SPREAD_DAYS).toMillis());
    long low = saturatingAdd(q1, -FENCE_SPREADS * spread);
    long high = saturatingAdd(q3, FENCE_SPREADS * spread);
    int allowed = Math.max(MIN_OUTLIERS_ALLOWED, size / 100);
    int before = 0;
    while (before < size && sortedMillis.applyAsLong(before) < low) {
      before++;
    }
    int after = 0;
    while (after < size - before && sortedMillis.applyAsLong(size - 1 - after) > high) {
      after++;
    }
    return new BulkSpan(before > allowed ? 0 : before, after > allowed ? size : size - after, size);
  }

  /** The bulk of a timeline's bans. */
  public static BulkSpan of(Timeline timeline) {
    return of(timeline.size(), timeline::epochMillis);
  }

  public int outliersBefore() {
    return first;
  }

  public int outliersAfter() {
    return size - end;
  }

  public int outliers() {
    return outliersBefore() + outliersAfter();
  }

  private static long saturatingAdd(long a, long b) {
    long r = a + b;
    // Overflow only when both have the same sign and the result's differs.
    if (((a ^ r) & (b ^ r)) < 0) {
      return b < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }
}
