package org.banmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.banmap.geo.LocatedBan;
import org.banmap.testing.Bans;
import org.junit.jupiter.api.Test;

class ActivityHistogramTest {
  private static final long T0 = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();

  /** The straightforward count: every ban in [start, end] into column floor((t - start) * n / span). */
  private static int[] bruteForce(Timeline timeline, long start, long end, int columns) {
    int[] counts = new int[columns];
    long span = Math.max(1, end - start);
    for (int i = 0; i < timeline.size(); i++) {
      long t = timeline.epochMillis(i);
      if (t >= start && t <= start + span) {
        counts[(int) Math.min(columns - 1, (t - start) * columns / span)]++;
      }
    }
    return counts;
  }

  private static int[] counts(ActivityHistogram h) {
    int[] c = new int[h.columns()];
    for (int i = 0; i < c.length; i++) {
      c[i] = h.count(i);
    }
    return c;
  }

  @Test
  void matchesAStraightCountOnRandomTimesIncludingTheEdges() {
    Random random = new Random(5);
    for (int round = 0; round < 20; round++) {
      long span = 1 + random.nextInt(50_000);
      List<LocatedBan> bans = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        long t = T0 - 1000 + (long) (random.nextDouble() * (span + 2000));
        bans.add(Bans.at(Instant.ofEpochMilli(t).toString(), 0, 0));
      }
      bans.add(Bans.at(Instant.ofEpochMilli(T0).toString(), 0, 0));
      bans.add(Bans.at(Instant.ofEpochMilli(T0 + span).toString(), 0, 0));
      Timeline timeline = Timeline.of(bans);
      int columns = 1 + random.nextInt(700);
      ActivityHistogram h = ActivityHistogram.of(timeline, T0, T0 + span, columns);
      int[] expected = bruteForce(timeline, T0, T0 + span, columns);
      assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(counts(h)),
          "span " + span + " ms in " + columns + " columns");
      assertEquals(java.util.Arrays.stream(expected).max().orElse(0), h.max());
    }
  }

  @Test
  void countsAHandMadeExample() {
    // Four columns of 1 h: two bans in the first, none in the second, one exactly on the third's
    // start, one at the very end (which belongs to the last), and one after the end (left out).
    Timeline timeline = Timeline.of(List.of(
        Bans.at("2026-10-01T00:00:00Z", 0, 0), Bans.at("2026-10-01T00:59:59.999Z", 0, 0),
        Bans.at("2026-10-01T02:00:00Z", 0, 0), Bans.at("2026-10-01T04:00:00Z", 0, 0),
        Bans.at("2026-10-01T04:00:00.001Z", 0, 0)));
    ActivityHistogram h = ActivityHistogram.of(timeline, T0, T0 + 4 * 3_600_000L, 4);
    assertEquals("[2, 0, 1, 1]", java.util.Arrays.toString(counts(h)));
    assertEquals(2, h.max());
  }

  @Test
  void spansOfMillenniaDoNotOverflow() {
    long start = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
    long end = Instant.parse("9999-12-31T00:00:00Z").toEpochMilli();
    Timeline timeline = Timeline.of(List.of(Bans.at("2026-10-01T00:00:00Z", 0, 0)));
    ActivityHistogram h = ActivityHistogram.of(timeline, start, end, 4000);
    int column = (int) ((T0 - start) * 4000.0 / (end - start));
    assertEquals(1, h.count(column));
    assertEquals(1, h.max());
  }

  @Test
  void rejectsNoColumns() {
    Timeline timeline = Timeline.of(List.of());
    assertThrows(IllegalArgumentException.class, () -> ActivityHistogram.of(timeline, T0, T0 + 1, 0));
    assertEquals(0, ActivityHistogram.of(timeline, T0, T0 + 1, 3).max());
  }
}
