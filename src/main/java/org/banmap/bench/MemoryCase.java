package org.banmap.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Peak memory of a real {@code banmap render} run: the program's own {@code main} in a child JVM
 * started with default flags (a jar cannot set JVM flags, so that is what users get), on {@link
 * SyntheticBans} at one size, with the peak RSS read inside the child by {@link PeakRssProbe}. Each
 * run has the JVM to itself, so the number does not depend on what this benchmark did before.
 *
 * <p>Expect some spread between runs: with default flags G1 grows the heap when its pauses take
 * more than a few percent of the time, so the peak follows the garbage made per frame (and how
 * busy the machine is) as much as the bans the run holds.
 */
public final class MemoryCase {
  /** Kills a child that hangs; a 10M-ban run takes a few minutes on two busy cores. */
  private static final long TIMEOUT_MINUTES = 30;

  /**
   * What to run: {@code mainClass} is the program's entry point (the {@code banmap} command line),
   * given {@code render LOG --geoip DB -o OUT.mp4 ...}.
   */
  public record Settings(List<Integer> bans, Benchmark.Size size, int seconds, String fade, long seed, Path workDir,
      String mainClass) {}

  /** One run: the render's wall-clock time and the child JVM's peak RSS in bytes. */
  public record Row(int bans, Benchmark.Size size, int frames, long logBytes, double seconds, long rssPeak) {}

  private final Settings settings;
  private final PrintWriter err;
  private final List<Row> rows = new ArrayList<>();

  public MemoryCase(Settings settings, PrintWriter err) {
    this.settings = settings;
    this.err = err;
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  public void run() throws IOException, InterruptedException {
    for (int bans : settings.bans()) {
      Path dir = Files.createDirectories(settings.workDir().resolve("memory-" + bans));
      err.printf(Locale.ROOT, "[benchmark] memory: writing %,d synthetic bans%n", bans);
      err.flush();
      SyntheticBans.Written input = SyntheticBans.write(dir, bans, settings.seed());
      Row row = measure(bans, input, dir);
      rows.add(row);
      err.printf(Locale.ROOT, "[benchmark] memory: %,d bans %s rendered in %.1f s, peak RSS %.0f MB%n", bans,
          settings.size(), row.seconds(), row.rssPeak() / 1048576.0);
      err.flush();
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private Row measure(int bans, SyntheticBans.Written input, Path dir) throws IOException, InterruptedException {
    Path rssFile = dir.resolve("peak-rss.txt");
    Path output = dir.resolve("memory.mp4");
    Path log = dir.resolve("child.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        PeakRssProbe.class.getName(), rssFile.toString(), settings.mainClass(),
        "render", input.log().toString(), "--geoip", input.database().toString(), "-o", output.toString(),
        "--size", settings.size().toString(), "--duration", settings.seconds() + "s", "--fade", settings.fade(),
        "--encoder", "jcodec", "--quiet"));
    long t0 = System.nanoTime();
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new IOException("the memory run of " + bans + " bans took over " + TIMEOUT_MINUTES + " minutes");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (child.exitValue() != 0 || !Files.exists(rssFile)) {
      throw new IOException("the memory run of " + bans + " bans failed (exit " + child.exitValue() + "):\n"
          + tail(Files.readString(log, StandardCharsets.UTF_8)));
    }
    long rss = Long.parseLong(Files.readString(rssFile, StandardCharsets.US_ASCII).trim());
    return new Row(bans, settings.size(), settings.seconds() * 30, input.logBytes(), seconds, rss);
  }

  private static String tail(String text) {
    return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
  }

  /** The table and the issue 7 targets. */
  public void print(PrintWriter out) {
    out.printf(Locale.ROOT, "Memory (banmap render in a child JVM with default flags, jcodec, %d s at 30 fps, fade %s;"
        + " peak RSS = VmHWM)%n", settings.seconds(), settings.fade());
    out.println("| bans | size | frames | log | wall clock | peak RSS |");
    out.println("|---:|---|---:|---:|---:|---:|");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "| %,d | %s | %d | %.1f MB | %.1f s | %.0f MB |%n", r.bans(), r.size(), r.frames(),
          r.logBytes() / 1048576.0, r.seconds(), r.rssPeak() / 1048576.0);
    }
    out.println();
    out.println("Targets (issue 7; reported, not asserted)");
    target(out, 1_000_000, 1024);
    target(out, 10_000_000, 2560);
    out.flush();
  }

  private void target(PrintWriter out, int bans, double limitMb) {
    Row row = rows.stream().filter(r -> r.bans() == bans).findFirst().orElse(null);
    String what = String.format(Locale.ROOT, "%,d bans at %s peak RSS < %.0f MB", bans, settings.size(), limitMb);
    if (row == null) {
      out.printf(Locale.ROOT, "  %-66s %10s  %s%n", what, "-", "not measured");
    } else {
      double mb = row.rssPeak() / 1048576.0;
      out.printf(Locale.ROOT, "  %-66s %10.0f  %s%n", what, mb, mb < limitMb ? "met" : "MISSED");
    }
  }
}
