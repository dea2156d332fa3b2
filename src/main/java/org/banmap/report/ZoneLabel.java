package org.banmap.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The short name of a time zone as a clock shows it: {@code UTC} for every zero fixed offset
 * ({@code Z}, {@code Etc/UTC}, {@code GMT}, {@code UTC+0}), {@code UTC+2} or {@code UTC-3:30} for
 * other fixed offsets, and the abbreviation in force at the instant for region zones ({@code CEST}
 * for Europe/Paris in summer, {@code GMT} for London in winter), falling back to the offset form
 * where the zone has no abbreviation.
 */
public final class ZoneLabel {
  private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

  private ZoneLabel() {}

  public static String of(ZoneId zone, Instant at) {
    ZoneOffset offset = zone.getRules().getOffset(at);
    if (zone.getRules().isFixedOffset()) {
      return utcOffset(offset);
    }
    String name = SHORT_NAME.format(at.atZone(zone));
    boolean offsetForm = name.startsWith("+") || name.startsWith("-")
        || ((name.startsWith("GMT") || name.startsWith("UTC")) && name.length() > 3);
    return offsetForm ? utcOffset(offset) : name;
  }

  /**
   * The zone after a time range in the summary: a fixed offset as the frames' clock shows it
   * ({@code UTC}, not {@code Z} or {@code Etc/UTC}), a region by its name, which holds across
   * daylight-saving changes inside the range.
   */
  public static String ofRange(ZoneId zone, Instant start) {
    return zone.getRules().isFixedOffset() ? of(zone, start) : zone.getId();
  }

  /** {@code UTC}, {@code UTC+2}, {@code UTC+5:30}, {@code UTC-3:30}. */
  public static String utcOffset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds == 0) {
      return "UTC";
    }
    int abs = Math.abs(seconds);
    String sign = seconds < 0 ? "-" : "+";
    int hours = abs / 3600;
    int minutes = abs / 60 % 60;
    return "UTC" + sign + hours + (minutes == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes));
  }
}
