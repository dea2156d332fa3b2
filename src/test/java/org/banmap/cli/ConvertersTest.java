package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {
  @ParameterizedTest
  @CsvSource({"30s,PT30S", "90m,PT1H30M", "1h30m,PT1H30M", "2d,PT48H", "1w,PT168H", "1.5h,PT1H30M",
      "250ms,PT0.25S", "45,PT45S", "PT30S,PT30S", "1d12h,PT36H"})
  void durations(String text, String iso) {
    assertEquals(Duration.parse(iso), DurationConverter.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "10x", "0s", "-5s", "1h 30m", "s"})
  void badDurationsSayWhatIsExpected(String text) {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> DurationConverter.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"1280x720,1280,720", "720p,1280,720", "1080p,1920,1080", "square,1080,1080", "vertical,1080,1920", "320X180,320,180"})
  void sizes(String text, int w, int h) {
    assertEquals(new VideoSize(w, h), VideoSize.parse(text));
  }

  @Test
  void oddSizesSuggestTheNextEvenOne() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> VideoSize.parse("321x181"));
    assertTrue(e.getMessage().contains("322x182"), e.getMessage());
    assertThrows(TypeConversionException.class, () -> VideoSize.parse("1280"));
    assertThrows(TypeConversionException.class, () -> VideoSize.parse("8x8"));
  }

  @Test
  void timesWithAndWithoutOffset() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertEquals(Instant.parse("2026-10-01T10:00:00Z"), TimeArgument.parse("2026-10-01T12:00+02:00").resolve(berlin, false));
    assertEquals(Instant.parse("2026-10-01T12:00:00Z"), TimeArgument.parse("2026-10-01T12:00Z").resolve(berlin, false));
    assertEquals(Instant.parse("2026-10-01T10:00:00Z"), TimeArgument.parse("2026-10-01T12:00").resolve(berlin, false));
    assertEquals(Instant.parse("2026-10-01T10:00:00Z"), TimeArgument.parse("2026-10-01 12:00:00").resolve(berlin, false));
    assertEquals(Instant.parse("2026-09-30T22:00:00Z"), TimeArgument.parse("2026-10-01").resolve(berlin, false));
    assertEquals(Instant.parse("2026-10-01T21:59:59.999Z"), TimeArgument.parse("2026-10-01").resolve(berlin, true));
    assertThrows(TypeConversionException.class, () -> TimeArgument.parse("yesterday"));
  }
}
