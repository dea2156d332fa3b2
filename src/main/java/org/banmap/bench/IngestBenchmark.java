package org.banmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.banmap.ingest.Fail2banLogReader;
import org.banmap.ingest.IngestResult;
import org.banmap.report.Problems;
import org.banmap.report.Progress;

/**
 * The ingest stage alone, in MB/s of plain log on the calling thread: a fail2ban 1.x log as a
 * busy server writes it (per ban a few filter {@code Found} lines, the {@code Ban}, later its
 * {@code Unban}, now and then an {@code already banned} or an {@code Ignore}), about 7.5 lines and
 * 820 bytes per ban, so most lines are not events, as in real logs. Each size is read {@value
 * #RUNS} times; the first run includes JIT warm-up, the best of the rest is the steady rate.
 *
 * <p>The reader is single-threaded; run the JVM with {@code -XX:ActiveProcessorCount=1} to keep the
 * garbage collector on the same core too.
 */
public final class IngestBenchmark {
  static final int RUNS = 5;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] JAILS = {"sshd", "sshd", "sshd", "nginx-http-auth", "postfix-sasl", "recidive"};

  /**
   * One ban count: log size, lines, bans found, the first run and the best warm run, each in
   * wall-clock seconds and in CPU seconds of the reading thread (what one core would take; on a
   * busy machine the wall clock also counts the time other processes had the core).
   */
  public record Row(int bans, long logBytes, long lines, int bansRead, double coldSeconds, double coldCpuSeconds,
      double bestSeconds, double bestCpuSeconds) {}

  private IngestBenchmark() {}

  /** Writes and reads one log per ban count in {@code workDir}, reporting each run on {@code err}. */
  public static List<Row> run(List<Integer> banCounts, long seed, Path workDir, PrintWriter err) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (int bans : banCounts) {
      Path log = workDir.resolve("ingest-" + bans + ".log");
      writeLog(log, bans, seed);
      long bytes = Files.size(log);
      double cold = 0;
      double coldCpu = 0;
      double best = Double.MAX_VALUE;
      double bestCpu = 0;
      IngestResult last = null;
      for (int run = 0; run < RUNS; run++) {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        last = new Fail2banLogReader(ZoneOffset.UTC, false, new Problems()).read(List.of(log), Progress.silent());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        if (run == 0) {
          cold = seconds;
          coldCpu = cpuSeconds;
        } else if (seconds < best) {
          best = seconds;
          bestCpu = cpuSeconds;
        }
        err.printf(Locale.ROOT, "[benchmark] ingest %,d bans (%.1f MB) run %d: %.3f s (%.1f MB/s), thread CPU %.3f s (%.1f MB/s)%n",
            bans, bytes / 1e6, run + 1, seconds, bytes / 1e6 / seconds, cpuSeconds, bytes / 1e6 / cpuSeconds);
        err.flush();
      }
      rows.add(new Row(bans, bytes, last.linesRead(), last.bans().size(), cold, coldCpu, best, bestCpu));
      Files.delete(log);
    }
    return rows;
  }

  /** The rows as a markdown table. */
  public static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| bans | log | lines | bans read | first run | first run, thread CPU | best of ").append(RUNS - 1)
        .append(" warm | warm, thread CPU |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      double mb = r.logBytes() / 1e6;
      sb.append(String.format(Locale.ROOT, "| %,d | %.1f MB | %,d | %,d | %s | %s | %s | %s |%n",
          r.bans(), mb, r.lines(), r.bansRead(), rate(mb, r.coldSeconds()), rate(mb, r.coldCpuSeconds()),
          rate(mb, r.bestSeconds()), rate(mb, r.bestCpuSeconds())));
    }
    return sb.toString();
  }

  private static String rate(double megabytes, double seconds) {
    return String.format(Locale.ROOT, "%.2f s (%.0f MB/s)", seconds, megabytes / seconds);
  }

  /** A fail2ban 1.x file-target log with {@code bans} new bans over 30 days (UTC). */
  static void writeLog(Path log, int bans, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long step = SyntheticBans.SPAN_MILLIS / Math.max(1, bans);
    long t = SyntheticBans.START.toEpochMilli();
    String[] recent = new String[64];
    try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder(160);
      for (int i = 0; i < bans; i++) {
        String jail = JAILS[random.nextInt(JAILS.length)];
        String ip = (1 + random.nextInt(223)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
            + random.nextInt(256);
        int failures = 3 + random.nextInt(4);
        for (int f = 0; f < failures; f++) {
          t += 1 + random.nextInt((int) Math.max(1, step / 8));
          record(line, t, "fail2ban.filter", "INFO   ");
          line.append(" [").append(jail).append("] Found ").append(ip).append(" - ");
          dateTime(line, t - random.nextInt(900));
          out.append(line).append('\n');
        }
        t += 1 + random.nextInt(50);
        record(line, t, "fail2ban.actions", "NOTICE ");
        line.append(" [").append(jail).append("] Ban ").append(ip);
        out.append(line).append('\n');
        String old = recent[i % recent.length];
        recent[i % recent.length] = jail + "] Unban " + ip;
        if (old != null) {
          t += 1 + random.nextInt(50);
          record(line, t, "fail2ban.actions", "NOTICE ");
          line.append(" [").append(old);
          out.append(line).append('\n');
        }
        if (random.nextInt(10) == 0) {
          t += 1 + random.nextInt(50);
          record(line, t, "fail2ban.filter", "INFO   ");
          line.append(" [").append(jail).append("] Ignore 192.168.1.").append(random.nextInt(256)).append(" by ip");
          out.append(line).append('\n');
        }
        if (random.nextInt(25) == 0) {
          t += 1 + random.nextInt(50);
          record(line, t, "fail2ban.actions", "WARNING");
          line.append(" [").append(jail).append("] ").append(ip).append(" already banned");
          out.append(line).append('\n');
        }
      }
    }
  }

  /** {@code 2026-10-03 14:02:11,482 fail2ban.filter         [812]: INFO   } (1.x padding). */
  private static void record(StringBuilder line, long millis, String logger, String level) {
    line.setLength(0);
    dateTime(line, millis);
    line.append(',');
    int ms = (int) Math.floorMod(millis, 1000);
    line.append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
    line.append(' ').append(logger);
    for (int i = logger.length(); i < 24; i++) {
      line.append(' ');
    }
    line.append("[812]: ").append(level);
  }

  /** {@code yyyy-MM-dd HH:mm:ss} in UTC. */
  private static void dateTime(StringBuilder sb, long millis) {
    STAMP.formatTo(Instant.ofEpochMilli(millis), sb);
  }

  /** {@code java -XX:ActiveProcessorCount=1 -cp banmap.jar org.banmap.bench.IngestBenchmark [bans...]} */
  public static void main(String[] args) throws IOException {
    List<Integer> counts = new ArrayList<>();
    for (String a : args) {
      counts.add(Integer.parseInt(a));
    }
    if (counts.isEmpty()) {
      counts.add(100_000);
    }
    Path dir = Files.createTempDirectory("banmap-ingest-bench");
    PrintWriter err = new PrintWriter(System.err, true);
    try {
      System.out.print(table(run(counts, 20261031L, dir, err)));
    } finally {
      Files.deleteIfExists(dir);
    }
  }
}
