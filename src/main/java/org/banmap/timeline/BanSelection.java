package org.banmap.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.banmap.geo.LocatedBan;

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

  public List<LocatedBan> apply(List<LocatedBan> bans) {
    if (from == null && to == null && jails.isEmpty()) {
      return bans; // no copy of a million references when nothing is selected
    }
    return bans.stream().filter(b -> accepts(b.ban().time(), b.ban().jail())).toList();
  }
}
