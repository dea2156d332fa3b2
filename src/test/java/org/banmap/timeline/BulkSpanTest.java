package org.banmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BulkSpanTest {
  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final long OCT_1 = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();

  private static BulkSpan bulk(long... millis) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    return BulkSpan.of(sorted.length, i -> sorted[i]);
  }

  /** {@code n} bans spread evenly over {@code days} from October 1st. */
  private static long[] month(int n, int days) {
    return LongStream.range(0, n).map(i -> OCT_1 + i * days * DAY / n).toArray();
  }

  private static long[] with(long[] bans, long... extra) {
    return LongStream.concat(Arrays.stream(bans), Arrays.stream(extra)).toArray();
  }

  @Test
  void yearOneAndYear9999AreOutliersOfAMonth() {
    long yearOne = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
    long year9999 = Instant.parse("9999-12-31T23:59:59Z").toEpochMilli();
    BulkSpan span = bulk(with(month(1000, 31), yearOne, year9999));
    assertEquals(1, span.outliersBefore());
    assertEquals(1, span.outliersAfter());
    assertEquals(new BulkSpan(1, 1001, 1002), span);
  }

  @Test
  void aMisreadYearIsAnOutlierEvenInASmallLog() {
    // Thirty October bans and one the syslog year inference put a year early.
    BulkSpan span = bulk(with(month(30, 31), OCT_1 - 365 * DAY));
    assertEquals(1, span.outliersBefore());
    assertEquals(0, span.outliersAfter());
  }

  @Test
  void evenlySpreadYearsHaveNoOutliers() {
    assertEquals(0, bulk(month(5000, 3650)).outliers());
  }

  @Test
  void aQuietMonthAroundOneBusyDayIsKept() {
    // 99% of the bans in one day, the rest spread over the month around it: all real.
    Random random = new Random(7);
    long[] burst = LongStream.range(0, 9900).map(i -> OCT_1 + 15 * DAY + random.nextInt((int) DAY)).toArray();
    long[] rest = LongStream.range(0, 100).map(i -> OCT_1 + (long) (random.nextDouble() * 31 * DAY)).toArray();
    assertEquals(0, bulk(with(burst, rest)).outliers());
  }

  @Test
  void manyOldBansAreDataNotOutliers() {
    // 10% of the bans come from a log rotated a year ago: too many to be broken timestamps.
    long[] old = LongStream.range(0, 100).map(i -> OCT_1 - 365 * DAY + i * 1000).toArray();
    assertEquals(0, bulk(with(month(900, 31), old)).outliers());
    // ...but three of them are few enough.
    assertEquals(3, bulk(with(month(900, 31), old[0], old[1], old[2])).outliersBefore());
  }

  @Test
  void tinyAndEmptyInputs() {
    assertEquals(new BulkSpan(0, 0, 0), bulk());
    assertEquals(new BulkSpan(0, 1, 1), bulk(OCT_1));
    long yearOne = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
    assertEquals(0, bulk(OCT_1, yearOne).outliers(), "two bans: no bulk to speak of");
    assertEquals(new BulkSpan(1, 4, 5), bulk(Long.MIN_VALUE, 0, 1, 2, Long.MAX_VALUE), "no overflow at the extremes");
  }
}
