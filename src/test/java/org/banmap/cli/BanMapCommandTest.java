package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, where messages go, and what they say. */
class BanMapCommandTest {
  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = BanMapCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void noCommandIsAUsageError() {
    Result r = run();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("missing command"), r.err());
  }

  @Test
  void badOptionValuesAreUsageErrorsNamingTheOption() {
    assertEquals(2, run("demo", "--fps", "0").exit());
    Result duration = run("demo", "--duration", "soon");
    assertEquals(2, duration.exit());
    assertTrue(duration.err().contains("'soon' is not a duration"), duration.err());
    Result bbox = run("demo", "--bbox", "10,10,5,20");
    assertEquals(2, bbox.exit());
    assertTrue(bbox.err().contains("cross the 180° meridian") && bbox.err().contains("-180,10,180,20"), bbox.err());
    assertEquals(2, run("stats", "--format", "xml", "x.log").exit());
    assertEquals(2, run("render", "-o", "x.mp4").exit(), "LOG is required");
    Result odd = run("demo", "--size", "321x180", "-o", dir.resolve("y.mp4").toString());
    assertEquals(2, odd.exit(), odd.err());
    assertTrue(odd.err().contains("even"), odd.err());
    assertFalse(Files.exists(dir.resolve("y.mp4")));
  }

  @Test
  void helpIsOnStdoutWithExitZero() {
    Result help = run("render", "--help");
    assertEquals(0, help.exit(), help.err());
    assertTrue(help.out().contains("--geoip"), help.out());
  }

  @Test
  void wrongOutputExtensionIsAUserErrorAndWritesNothing() {
    Result r = run("demo", "-o", dir.resolve("video.avi").toString(), "--quiet");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("banmap: output") && r.err().contains(".mp4"), r.err());
    assertFalse(Files.exists(dir.resolve("video.avi")));
  }

  @Test
  void standardInputTwiceIsAUsageError() throws Exception {
    org.banmap.demo.DemoData.DemoFiles files = org.banmap.demo.DemoData.extract(dir);
    Result r = run("stats", "--geoip", files.geoipDatabase().toString(), "-", "-");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("'-' (standard input) is given 2 times"), r.err());
  }

  @Test
  void aFolderWithoutLogsIsOneLineExitOne() throws Exception {
    org.banmap.demo.DemoData.DemoFiles files = org.banmap.demo.DemoData.extract(dir);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Result r = run("stats", "--geoip", files.geoipDatabase().toString(), empty.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "the error alone: " + r.err());
    assertTrue(r.err().contains("holds no fail2ban log"), r.err());
  }

  @Test
  void demoSummaryNamesTheBundledLogNotItsTemporaryCopy() {
    Result r = run("demo", "--at", "2026-10-07T15:00", "-o", dir.resolve("frame.png").toString(), "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("(bundled demo) fail2ban-demo.log.gz:"), r.err());
    assertFalse(r.err().contains("banmap-demo"), r.err());
  }

  @Test
  void missingLogFileNamesThePath() throws Exception {
    Path db = dir.resolve("demo.mmdb");
    org.banmap.demo.DemoData.DemoFiles files = org.banmap.demo.DemoData.extract(dir);
    Result r = run("stats", "--geoip", files.geoipDatabase().toString(), dir.resolve("missing.log").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("missing.log"), r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace without --stacktrace: " + r.err());
    assertFalse(Files.exists(db));
  }

  @Test
  void statsPrintsTheCountryTableOnStdoutAndTheSummaryOnStderr() throws Exception {
    org.banmap.demo.DemoData.DemoFiles files = org.banmap.demo.DemoData.extract(dir);
    Result r = run("stats", "--geoip", files.geoipDatabase().toString(), "--log-zone", "UTC", "--top", "3",
        "--format", "csv", "--quiet", files.log().toString());
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\\R");
    assertEquals("rank,country,iso_code,bans,addresses,share", lines[0]);
    assertTrue(lines[1].startsWith("1,United States,US,"), r.out());
    assertEquals(5, lines.length, "header, top 3, Other: " + r.out());
    assertTrue(r.err().contains("banmap stats: done"), r.err());
    assertTrue(r.err().contains("ip_not_in_database"), r.err());
  }
}
