package org.banmap.timeline;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.banmap.geo.LocatedBan;
import org.banmap.ingest.BanEvent;

/**
 * The located bans sorted by time, with their times in a primitive array so that each frame finds
 * its window {@code [t - fade, t]} by binary search instead of scanning every ban.
 */
public final class Timeline {
  private final LocatedBan[] bans;
  private final long[] epochMillis;

  private Timeline(LocatedBan[] sorted) {
    this.bans = sorted;
    this.epochMillis = new long[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      epochMillis[i] = sorted[i].ban().epochMilli();
    }
  }

  /** Sorts by time; the sort is stable, so equal times keep the ingest order (file, line). */
  public static Timeline of(List<LocatedBan> bans) {
    LocatedBan[] sorted = bans.toArray(LocatedBan[]::new);
    Arrays.sort(sorted, Comparator.comparing(LocatedBan::ban, BanEvent.BY_TIME));
    return new Timeline(sorted);
  }

  public int size() {
    return bans.length;
  }

  public boolean isEmpty() {
    return bans.length == 0;
  }

  public LocatedBan ban(int index) {
    return bans[index];
  }

  public long epochMillis(int index) {
    return epochMillis[index];
  }

  public Instant first() {
    return bans[0].ban().time();
  }

  public Instant last() {
    return bans[bans.length - 1].ban().time();
  }

  /** Index of the first ban at or after {@code millis} ({@link #size()} if none). */
  public int firstAtOrAfter(long millis) {
    int lo = 0;
    int hi = epochMillis.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (epochMillis[mid] < millis) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index just past the last ban at or before {@code millis}. */
  public int endAtOrBefore(long millis) {
    return millis == Long.MAX_VALUE ? epochMillis.length : firstAtOrAfter(millis + 1);
  }
}
