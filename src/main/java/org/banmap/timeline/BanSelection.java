package org.banmap.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.banmap.geo.LocatedBans;
import org.banmap.report.ZoneLabel;

/**
 * Which bans the user asked for: a time range (either end open) and a set of jails (empty means
 * all). Bounds are inclusive, so {@code --from 2026-10-01 --to 2026-10-31T23:59:59} covers October.
 */
public record BanSelection(Instant from, Instant to, Set<String> jails) {
  public static final BanSelection ALL = new BanSelection(null, null, Set.of());
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final int JAILS_NAMED = 8;

  /** @throws IllegalArgumentException when {@code to} is before {@code from} */
  public BanSelection {
    jails = Set.copyOf(jails);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  public boolean accepts(Instant time, String jail) {
    return inTime(time) && inJails(jail);
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

  /**
   * Why this selection kept none of {@code located} (which is not empty): which filter removed
   * them, with what the data has instead, e.g. "--jail sshd matched none of the 1,151 located
   * bans; jails seen: postfix (900), dovecot (251)", or the data's time range for --from/--to.
   */
  public String explainNoneMatched(LocatedBans located, ZoneId zone) {
    long inJails = 0;
    long inTime = 0;
    for (int i = 0; i < located.size(); i++) {
      inJails += inJails(located.jail(i)) ? 1 : 0;
      inTime += inTime(Instant.ofEpochMilli(located.epochMillis(i))) ? 1 : 0;
    }
    String total = String.format(Locale.ROOT, "%,d located %s", located.size(), located.size() == 1 ? "ban" : "bans");
    if (inJails == 0) {
      return jailOption() + " matched none of the " + total + "; jails seen: " + jailsSeen(located)
          + " (jail names are case-sensitive, as in fail2ban's log)";
    }
    if (inTime == 0) {
      return timeOption(zone) + " matched none of the " + total + "; they span " + timeRange(located, zone)
          + " (times without an offset are in --log-zone " + zone.getId() + ")";
    }
    return String.format(Locale.ROOT,
        "%s and %s together matched none of the %s: %,d are in the jails, %,d in the time range, none both;"
            + " they span %s; jails seen: %s",
        jailOption(), timeOption(zone), total, inJails, inTime, timeRange(located, zone), jailsSeen(located));
  }

  private boolean inTime(Instant time) {
    return (from == null || !time.isBefore(from)) && (to == null || !time.isAfter(to));
  }

  private boolean inJails(String jail) {
    return jails.isEmpty() || jails.contains(jail);
  }

  private String jailOption() {
    return jails.stream().sorted().map(j -> "--jail " + j).collect(Collectors.joining(" "));
  }

  private String timeOption(ZoneId zone) {
    StringBuilder sb = new StringBuilder();
    if (from != null) {
      sb.append("--from ").append(MINUTES.format(from.atZone(zone)));
    }
    if (to != null) {
      sb.append(sb.length() > 0 ? " " : "").append("--to ").append(MINUTES.format(to.atZone(zone)));
    }
    return sb.toString();
  }

  /** The jails with their ban counts, most bans first: "postfix (900), dovecot (251)". */
  private static String jailsSeen(LocatedBans located) {
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < located.size(); i++) {
      counts.merge(located.jail(i), 1L, Long::sum);
    }
    List<Map.Entry<String, Long>> byCount = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .toList();
    String named = byCount.stream().limit(JAILS_NAMED)
        .map(e -> String.format(Locale.ROOT, "%s (%,d)", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", "));
    return byCount.size() > JAILS_NAMED ? named + String.format(Locale.ROOT, " and %,d more", byCount.size() - JAILS_NAMED)
        : named;
  }

  private static String timeRange(LocatedBans located, ZoneId zone) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < located.size(); i++) {
      first = Math.min(first, located.epochMillis(i));
      last = Math.max(last, located.epochMillis(i));
    }
    Instant start = Instant.ofEpochMilli(first);
    return MINUTES.format(start.atZone(zone)) + " .. " + MINUTES.format(Instant.ofEpochMilli(last).atZone(zone)) + " "
        + ZoneLabel.ofRange(zone, start);
  }
}
