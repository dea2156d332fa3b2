package org.banmap.report;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one-screen summary printed to stderr at the end of a run: a few labelled lines (input,
 * events, geo, video...), the time each stage took, and the data problems with their first
 * {@code file:line} examples.
 */
public final class RunSummary {
  private final String title;
  private final Map<String, String> lines = new LinkedHashMap<>();
  private final Map<String, Duration> stageTimes = new LinkedHashMap<>();
  private final Problems problems;
  private final long startNanos = System.nanoTime();

  public RunSummary(String title, Problems problems) {
    this.title = title;
    this.problems = problems;
  }

  public Problems problems() {
    return problems;
  }

  /** Adds or replaces a labelled line, e.g. {@code line("video", "900 frames ...")}. */
  public void line(String label, String text) {
    lines.put(label, text);
  }

  /** Runs {@code work} and records its wall time under {@code stage}. */
  public <T, E extends Exception> T time(String stage, StageWork<T, E> work) throws E {
    long t0 = System.nanoTime();
    try {
      return work.run();
    } finally {
      stageTimes.merge(stage, Duration.ofNanos(System.nanoTime() - t0), Duration::plus);
    }
  }

  /** A stage's work, for {@link #time}. */
  @FunctionalInterface
  public interface StageWork<T, E extends Exception> {
    T run() throws E;
  }

  public Map<String, Duration> stageTimes() {
    return Map.copyOf(stageTimes);
  }

  /** Prints the summary of a run that finished. */
  public void print(PrintWriter err) {
    print(err, true);
  }

  /**
   * Prints the summary; for a run that did not finish ({@code finished} false) the heading says
   * "failed after" instead of "done in", so the error that follows is not read as a success. A run
   * that failed before doing anything prints nothing, leaving the error as the only line.
   */
  public void print(PrintWriter err, boolean finished) {
    if (!finished && lines.isEmpty() && stageTimes.isEmpty() && problems.isEmpty()) {
      return; // failed before any work: the error alone says it all
    }
    double total = (System.nanoTime() - startNanos) / 1e9;
    err.printf(Locale.ROOT, "%n%s: %s %s%n", title, finished ? "done in" : "failed after", seconds(total));
    int width = lines.keySet().stream().mapToInt(String::length).max().orElse(4);
    width = Math.max(width, "time".length());
    String fmt = "  %-" + width + "s  %s%n";
    lines.forEach((k, v) -> err.printf(Locale.ROOT, fmt, k, v));
    if (!stageTimes.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      stageTimes.forEach((k, v) -> {
        if (sb.length() > 0) {
          sb.append(" · ");
        }
        sb.append(k).append(' ').append(seconds(v.toNanos() / 1e9));
      });
      err.printf(Locale.ROOT, fmt, "time", sb);
    }
    if (!problems.isEmpty()) {
      err.printf(Locale.ROOT, "  skipped or unresolved (reason, count, first examples):%n");
      int rw = problems.counts().keySet().stream().mapToInt(String::length).max().orElse(10);
      problems.counts().forEach((reason, count) -> {
        err.printf(Locale.ROOT, "    %-" + rw + "s %,9d%n", reason, count);
        for (String example : problems.examples(reason)) {
          err.printf(Locale.ROOT, "    %-" + rw + "s           %s%n", "", example);
        }
      });
    }
    err.flush();
  }

  public static String seconds(double s) {
    return s < 10 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.1f s", s);
  }

  /** {@code 1.2 MB}, {@code 850 KB}, {@code 12 B}. */
  public static String bytes(long n) {
    if (n >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    } else if (n >= 1_000) {
      return String.format(Locale.ROOT, "%.0f KB", n / 1e3);
    }
    return n + " B";
  }
}
