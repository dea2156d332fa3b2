package org.banmap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest benchmark's log reads back as the bans it was written with, mostly non-event lines. */
class IngestBenchmarkTest {
  @TempDir Path tmp;

  @Test
  void everyBanWrittenIsReadAndMostLinesAreNotEvents() throws IOException {
    StringWriter progress = new StringWriter();
    List<IngestBenchmark.Row> rows = IngestBenchmark.run(List.of(500), 1L, tmp, new PrintWriter(progress));
    IngestBenchmark.Row row = rows.get(0);
    assertEquals(500, row.bansRead());
    assertTrue(row.lines() > 6 * 500 && row.lines() < 9 * 500, "lines: " + row.lines());
    assertTrue(progress.toString().contains("run " + IngestBenchmark.RUNS + ":"), progress.toString());
    assertTrue(IngestBenchmark.table(rows).contains("| 500 |"), IngestBenchmark.table(rows));
    try (var files = Files.list(tmp)) {
      assertEquals(0, files.count(), "the log is deleted after the runs");
    }
  }
}
