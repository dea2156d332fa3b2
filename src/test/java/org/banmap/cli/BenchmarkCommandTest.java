package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.banmap.encode.StagedEncoder;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class BenchmarkCommandTest {
  @Test
  void tinyRunPrintsBothTablesAndTheTargets() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = BanMapCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err))
        .execute("benchmark", "--bans", "10k", "--sizes", "320x180", "--seconds", "1", "--memory-bans", "none");
    assertEquals(0, exit, err.toString());
    String table = out.toString();
    assertTrue(table.contains("| bans | log | parse bans/s | geocode bans/s | parse+geocode bans/s |"), table);
    assertTrue(table.contains("| 10,000 | 0.9 MB |"), table);
    assertTrue(table.contains("| bans | size | encoder | frames | visible dots/frame | render | convert | encode | end to end | vs naive |"), table);
    assertTrue(table.contains("| 10,000 | 320x180 | naive | 30 |"), table);
    assertTrue(table.contains("| 10,000 | 320x180 | jcodec | 30 |"), table);
    if (StagedEncoder.ffmpegAvailable()) {
      assertTrue(table.contains("| 10,000 | 320x180 | ffmpeg | 30 |"), table);
    }
    assertTrue(table.contains("Targets"), table);
    assertTrue(table.contains("| 50m world | 320x180 |"), table);
    assertTrue(table.contains("| 10,000 | 100,000 | 4 | 100,000 | "), "geocoding with repeats: " + table);
    assertTrue(table.contains("| 10,000 | 320x180 | jcodec 1 thread | 30 |"), "sinks alone: " + table);
    assertTrue(table.contains("| 10,000 | 320x180 | gif | 30 |"), "sinks alone: " + table);
    assertTrue(err.toString().contains("10,000 located"), err.toString());
  }

  @Test
  void memoryCaseRunsRenderInAChildJvmAndReportsItsPeakRss() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = BanMapCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err))
        .execute("benchmark", "--memory-only", "--memory-bans", "2k", "--sizes", "320x180", "--seconds", "1");
    assertEquals(0, exit, err.toString());
    String table = out.toString();
    assertTrue(table.contains("| bans | size | frames | log | wall clock | peak RSS |"), table);
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\| 2,000 \\| 320x180 \\| 30 \\| [0-9.]+ MB \\| [0-9.]+ s \\| ([0-9]+) MB \\|")
        .matcher(table);
    assertTrue(row.find(), table);
    // A JVM that rendered anything holds tens of MB at least; 0 would mean VmHWM was not read.
    assertTrue(Integer.parseInt(row.group(1)) > 20, table);
    assertTrue(!table.contains("| bans | log | parse bans/s"), "--memory-only skips the other tables");
  }

  @Test
  void countsTakeSuffixes() {
    BenchmarkCommand.CountConverter counts = new BenchmarkCommand.CountConverter();
    assertEquals(10_000, counts.convert("10k"));
    assertEquals(1_000_000, counts.convert("1M"));
    assertEquals(2_500, counts.convert("2.5k"));
    assertEquals(42, counts.convert("42"));
    assertThrows(TypeConversionException.class, () -> counts.convert("0"));
    assertThrows(TypeConversionException.class, () -> counts.convert("lots"));
  }

  @Test
  void unknownEncoderIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit = BanMapCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .execute("benchmark", "--encoders", "x265", "--bans", "1k", "--sizes", "320x180", "--seconds", "1");
    assertEquals(2, exit);
    assertTrue(err.toString().contains("x265"), err.toString());
  }
}
