package org.banmap.timeline;

import java.time.Instant;
import java.util.List;
import org.banmap.geo.LocatedBan;
import org.banmap.geo.LocatedBans;

/**
 * The located bans sorted by time, as columns ({@link LocatedBans}), so that each frame finds its
 * window {@code [t - fade, t]} by binary search in a primitive time array instead of scanning
 * every ban. Ban {@code i} of the timeline is ban {@code i} of {@link #bans()}.
 */
public final class Timeline {
  private final LocatedBans bans;

  private Timeline(LocatedBans sorted) {
    this.bans = sorted;
  }

  /**
   * Sorts by time; the sort is stable, so equal times keep the ingest order (file, line). Bans
   * already in time order (as the ingest stage delivers them) are used as they are, not copied.
   */
  public static Timeline of(LocatedBans bans) {
    return new Timeline(bans.sortedByTime());
  }

  /** {@link #of(LocatedBans)} of a list of single bans (tests, small callers). */
  public static Timeline of(List<LocatedBan> bans) {
    return of(LocatedBans.of(bans));
  }

  /** The bans in time order: place, jail and address of ban {@code i}. */
  public LocatedBans bans() {
    return bans;
  }

  public int size() {
    return bans.size();
  }

  public boolean isEmpty() {
    return bans.isEmpty();
  }

  public long epochMillis(int index) {
    return bans.epochMillis(index);
  }

  public Instant first() {
    return Instant.ofEpochMilli(bans.epochMillis(0));
  }

  public Instant last() {
    return Instant.ofEpochMilli(bans.epochMillis(bans.size() - 1));
  }

  /** Index of the first ban at or after {@code millis} ({@link #size()} if none). */
  public int firstAtOrAfter(long millis) {
    int lo = 0;
    int hi = bans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bans.epochMillis(mid) < millis) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index just past the last ban at or before {@code millis}. */
  public int endAtOrBefore(long millis) {
    return millis == Long.MAX_VALUE ? bans.size() : firstAtOrAfter(millis + 1);
  }
}
