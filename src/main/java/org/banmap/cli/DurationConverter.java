package org.banmap.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses human durations: {@code 30s}, {@code 90m}, {@code 1h30m}, {@code 2d}, {@code 1w},
 * {@code 1.5h}, {@code 250ms}, or ISO-8601 ({@code PT30S}). A bare number means seconds.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d|w)");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  static Duration parse(String value) {
    String text = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (text.startsWith("p")) {
      try {
        return positive(Duration.parse(text.toUpperCase(java.util.Locale.ROOT)), value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not an ISO-8601 duration");
      }
    }
    if (text.matches("\\d+(\\.\\d+)?")) {
      text = text + "s";
    }
    Matcher m = PART.matcher(text);
    int pos = 0;
    double millis = 0;
    while (pos < text.length() && m.find(pos) && m.start() == pos) {
      double n = Double.parseDouble(m.group(1));
      millis += n * unitMillis(m.group(2));
      pos = m.end();
    }
    if (pos != text.length() || text.isEmpty()) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration; use e.g. 30s, 90m, 1h30m, 2d, 1w or PT30S");
    }
    return positive(Duration.ofMillis(Math.round(millis)), value);
  }

  private static long unitMillis(String unit) {
    switch (unit) {
      case "ms":
        return 1;
      case "s":
        return 1000;
      case "m":
        return 60_000;
      case "h":
        return 3_600_000;
      case "d":
        return 86_400_000;
      default:
        return 7 * 86_400_000L;
    }
  }

  private static Duration positive(Duration d, String value) {
    if (d.isNegative() || d.isZero()) {
      throw new TypeConversionException("'" + value + "' must be longer than zero");
    }
    return d;
  }
}
