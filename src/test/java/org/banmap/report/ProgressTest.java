package org.banmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void lineShowsBarCountsRateAndEta() {
    AtomicLong clock = new AtomicLong(0);
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), "render", "frames", 1800, false, clock::get);
    clock.set(15_000_000_000L);
    p.advance(450);
    assertEquals("[render] [######..................] 450/1800 frames 25% 30/s eta 0:45", p.line(clock.get()));
    assertTrue(out.toString().contains("450/1800"), "a log line is printed after the interval");
  }

  @Test
  void logModePrintsAtMostEveryTwoSeconds() {
    AtomicLong clock = new AtomicLong(0);
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), "ingest", "lines", 0, false, clock::get);
    for (int i = 0; i < 100; i++) {
      clock.addAndGet(100_000_000L);
      p.advance(1);
    }
    p.close();
    long lines = out.toString().lines().count();
    assertEquals(6, lines, out.toString());
    assertTrue(out.toString().lines().reduce((a, b) -> b).orElseThrow().startsWith("[ingest] 100 lines"));
  }

  @Test
  void byteCountsReadAsMegabytes() {
    AtomicLong clock = new AtomicLong(0);
    Progress p = new Progress(new PrintWriter(new StringWriter()), "ingest", "bytes", 18_300_000, false, clock::get);
    clock.set(2_000_000_000L);
    p.advance(9_150_000);
    assertEquals("[ingest] [############............] 9.2 MB/18.3 MB 50% 4.6 MB/s eta 0:02", p.line(clock.get()));
  }

  @Test
  void durations() {
    assertEquals("0:43", Progress.formatDuration(43));
    assertEquals("12:05", Progress.formatDuration(725));
    assertEquals("1:02:03", Progress.formatDuration(3723));
  }

  @Test
  void problemsKeepCountsAndThreeExamples() {
    Problems problems = new Problems();
    for (int i = 1; i <= 5; i++) {
      problems.add("ban_id_not_an_ip", "a.log:" + i, "X.X.X.X");
    }
    assertEquals(5, problems.count("ban_id_not_an_ip"));
    assertEquals(java.util.List.of("a.log:1: X.X.X.X", "a.log:2: X.X.X.X", "a.log:3: X.X.X.X"),
        problems.examples("ban_id_not_an_ip"));
  }
}
