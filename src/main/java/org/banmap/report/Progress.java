package org.banmap.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line with rate and ETA on stderr, e.g.
 * {@code [render] [#########.........] 450/1800 25% 31/s eta 0:43}.
 *
 * <p>On a terminal the line redraws itself in place ({@code \r}); elsewhere (CI logs, files) it
 * prints a fresh line at most every {@link #LOG_INTERVAL_NANOS}, so logs stay short. Thread-safe:
 * workers may call {@link #advance} concurrently.
 */
public final class Progress implements AutoCloseable {
  static final long TTY_INTERVAL_NANOS = 200_000_000L;
  static final long LOG_INTERVAL_NANOS = 2_000_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final String stage;
  private final String unit;
  private final long total;
  private final boolean inPlace;
  private final LongSupplier clock;
  private final long startNanos;
  private long done;
  private long lastPrintNanos;
  private boolean printedInPlace;

  Progress(PrintWriter err, String stage, String unit, long total, boolean inPlace, LongSupplier clock) {
    this.err = err;
    this.stage = stage;
    this.unit = unit;
    this.total = total;
    this.inPlace = inPlace;
    this.clock = clock;
    this.startNanos = clock.getAsLong();
    this.lastPrintNanos = startNanos;
  }

  /**
   * Starts a progress line. {@code total} may be 0 or less when unknown (no bar, no ETA).
   * Redraws in place only when stderr is a terminal.
   */
  public static Progress start(PrintWriter err, String stage, String unit, long total) {
    boolean tty = System.console() != null && System.getenv("CI") == null;
    return new Progress(err, stage, unit, total, tty, System::nanoTime);
  }

  /** A progress that prints nothing, for tests and quiet runs. */
  public static Progress silent() {
    return new Progress(new PrintWriter(PrintWriter.nullWriter()), "", "", 0, false, System::nanoTime);
  }

  public synchronized void advance(long n) {
    done += n;
    long now = clock.getAsLong();
    long interval = inPlace ? TTY_INTERVAL_NANOS : LOG_INTERVAL_NANOS;
    if (now - lastPrintNanos >= interval) {
      lastPrintNanos = now;
      print(now, false);
    }
  }

  public synchronized long done() {
    return done;
  }

  /** Prints the final line (always) and ends the in-place line. */
  @Override
  public synchronized void close() {
    print(clock.getAsLong(), true);
  }

  private void print(long now, boolean last) {
    String line = line(now);
    if (inPlace) {
      err.print('\r');
      err.print(line);
      err.print("\033[K");
      printedInPlace = true;
      if (last) {
        err.println();
      }
    } else {
      err.println(line);
    }
    err.flush();
  }

  String line(long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = done / seconds;
    StringBuilder sb = new StringBuilder();
    sb.append('[').append(stage).append("] ");
    if (total > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
      sb.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
      sb.append(amount(done)).append('/').append(amount(total)).append(isBytes() ? "" : " " + unit);
      sb.append(String.format(Locale.ROOT, " %d%%", 100 * done / total));
    } else {
      sb.append(amount(done)).append(isBytes() ? "" : " " + unit);
    }
    sb.append(' ').append(isBytes() ? RunSummary.bytes((long) rate) : formatRate(rate)).append("/s");
    if (total > 0 && done < total && rate > 0) {
      sb.append(" eta ").append(formatDuration((long) ((total - done) / rate)));
    } else {
      sb.append(" in ").append(formatDuration((long) seconds));
    }
    return sb.toString();
  }

  private boolean isBytes() {
    return unit.equals("bytes");
  }

  /** Counts as they are; byte counts in KB/MB so "18.3 MB/18.3 MB" reads at a glance. */
  private String amount(long n) {
    return isBytes() ? RunSummary.bytes(n) : Long.toString(n);
  }

  static String formatRate(double rate) {
    if (rate >= 10_000_000) {
      return String.format(Locale.ROOT, "%.0fM", rate / 1e6);
    } else if (rate >= 10_000) {
      return String.format(Locale.ROOT, "%.0fk", rate / 1e3);
    } else if (rate >= 10) {
      return String.format(Locale.ROOT, "%.0f", rate);
    }
    return String.format(Locale.ROOT, "%.1f", rate);
  }

  /** {@code 0:43}, {@code 12:05}, {@code 1:02:03}. */
  public static String formatDuration(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
