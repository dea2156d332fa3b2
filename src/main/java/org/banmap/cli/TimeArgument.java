package org.banmap.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --from}/{@code --to}/{@code --at} value as typed: an ISO date-time with an offset
 * ({@code 2026-10-01T12:00+02:00}, {@code ...Z}), without one ({@code 2026-10-01T12:00}, also with a
 * space instead of {@code T}), or a date. Values without an offset are in {@code --log-zone},
 * which is only known once all options are parsed, hence {@link #resolve}.
 */
record TimeArgument(String text, OffsetDateTime withOffset, LocalDateTime local, boolean dateOnly) {

  static final class Converter implements ITypeConverter<TimeArgument> {
    @Override
    public TimeArgument convert(String value) {
      return parse(value);
    }
  }

  static TimeArgument parse(String value) {
    String text = value.trim().replace(' ', 'T');
    try {
      return new TimeArgument(value, OffsetDateTime.parse(text), null, false);
    } catch (DateTimeParseException ignored) {
      // not with an offset: try the local forms below
    }
    try {
      return new TimeArgument(value, null, LocalDateTime.parse(text), false);
    } catch (DateTimeParseException ignored) {
      // not a local date-time either
    }
    try {
      return new TimeArgument(value, null, LocalDate.parse(text).atStartOfDay(), true);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not an ISO date-time; use e.g. 2026-10-01, 2026-10-01T12:00 or 2026-10-01T12:00+02:00");
    }
  }

  /** The instant, reading offset-less values in {@code zone}; a bare date as an end means its last moment. */
  Instant resolve(ZoneId zone, boolean asEnd) {
    if (withOffset != null) {
      return withOffset.toInstant();
    }
    if (dateOnly && asEnd) {
      return local.plusDays(1).atZone(zone).toInstant().minusMillis(1);
    }
    return local.atZone(zone).toInstant();
  }
}
