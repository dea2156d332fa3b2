package org.banmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
  private static String printed(RunSummary summary, boolean finished) {
    StringWriter out = new StringWriter();
    summary.print(new PrintWriter(out, true), finished);
    return out.toString();
  }

  @Test
  void aFinishedRunSaysDoneIn() {
    RunSummary summary = new RunSummary("banmap stats", new Problems());
    summary.line("input", "1 file");
    String text = printed(summary, true);
    assertTrue(text.contains("banmap stats: done in"), text);
    assertTrue(text.contains("input  1 file"), text);
  }

  @Test
  void aFailedRunSaysFailedAfterNotDoneIn() {
    RunSummary summary = new RunSummary("banmap stats", new Problems());
    summary.line("input", "1 file");
    String text = printed(summary, false);
    assertTrue(text.contains("banmap stats: failed after"), text);
    assertFalse(text.contains("done in"), text);
  }

  @Test
  void aRunThatFailedBeforeAnyWorkPrintsNothing() {
    assertEquals("", printed(new RunSummary("banmap stats", new Problems()), false));
  }
}
