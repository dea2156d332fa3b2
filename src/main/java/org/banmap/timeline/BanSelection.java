package org.banmap.timeline;

import java.time.Instant;
import java.util.Set;
import org.banmap.geo.LocatedBans;

/**
 * Which bans the user asked for: a time range (either end open) and a set of jails (empty means
 * all). Bounds are inclusive, so {@code --from 2026-10-01 --to 2026-10-31T23:59:59} covers October.
 */
public record BanSelection(Instant from, Instant to, Set<String> jails) {
  public static final BanSelection ALL = new BanSelection(null, null, Set.of());

  public BanSelection {
    jails = Set.copyOf(jails);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  public boolean accepts(Instant time, String jail) {
    return (from == null || !time.isBefore(from))
        && (to == null || !time.isAfter(to))
        && (jails.isEmpty() || jails.contains(jail));
  }

  /** The bans selected, in the same order; {@code bans} itself when nothing is left out. */
  public LocatedBans apply(LocatedBans bans) {
    if (from == null && to == null && jails.isEmpty()) {
      return bans;
    }
    long fromMillis = from == null ? Long.MIN_VALUE : from.toEpochMilli() + (from.getNano() % 1_000_000 == 0 ? 0 : 1);
    long toMillis = to == null ? Long.MAX_VALUE : to.toEpochMilli();
    return bans.filter((millis, jail) -> millis >= fromMillis && millis <= toMillis && (jails.isEmpty() || jails.contains(jail)));
  }
}
