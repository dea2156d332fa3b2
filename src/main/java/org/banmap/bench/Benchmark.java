package org.banmap.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.banmap.encode.EncoderChoice;
import org.banmap.encode.EncoderSettings;
import org.banmap.encode.FrameSink;
import org.banmap.encode.Mp4Sink;
import org.banmap.encode.Quality;
import org.banmap.encode.Sinks;
import org.banmap.encode.StagedEncoder;
import org.banmap.geo.BanGeocoder;
import org.banmap.geo.GeoLocator;
import org.banmap.geo.LocatedBans;
import org.banmap.geo.MaxMindGeoLocator;
import org.banmap.ingest.Fail2banLogReader;
import org.banmap.ingest.IngestResult;
import org.banmap.render.FrameRenderer;
import org.banmap.render.FrameSequence;
import org.banmap.report.Problems;
import org.banmap.report.Progress;

/**
 * {@code banmap benchmark}: synthetic bans through the real pipeline, timed stage by stage.
 *
 * <p>Per ban count: write {@link SyntheticBans}, then time parsing ({@link Fail2banLogReader}) and
 * geocoding ({@link BanGeocoder} with {@link MaxMindGeoLocator}). Per ban count, size and encoder:
 * <ul>
 *   <li><b>stages</b>, one thread, on up to {@value #STAGE_SAMPLE_FRAMES} frames spread over the
 *       video: render, convert (RGB to the encoder's input), encode;
 *   <li><b>end to end</b>: every frame, as {@code banmap render} runs it (rendering on all cores
 *       feeding the sink in order), wall-clock; the naive path renders on one thread, as a naive
 *       program would;
 *   <li>peak heap (sum of the heap pools' peaks since the row started) and peak RSS ({@code
 *       VmHWM} of {@code /proc/self/status}, reset per row through {@code /proc/self/clear_refs}
 *       where the kernel allows; it never drops below what the JVM already holds).
 * </ul>
 * Encoders: {@code naive} (see {@link StagedEncoder#naiveJcodec}), {@code jcodec} ({@link Mp4Sink}),
 * {@code ffmpeg} (libx264 veryfast through a pipe, see {@link StagedEncoder#ffmpeg}).
 */
public final class Benchmark {
  static final int STAGE_SAMPLE_FRAMES = 60;

  /** The encoders measured; {@code naive} is the baseline the others are compared with. */
  public enum Encoder {
    NAIVE("naive"),
    JCODEC("jcodec"),
    FFMPEG("ffmpeg");

    public final String label;

    Encoder(String label) {
      this.label = label;
    }
  }

  /** Builds the renderer {@code banmap render} would use for these bans at this size. */
  @FunctionalInterface
  public interface RendererFactory {
    FrameRenderer create(LocatedBans located, String attribution, int widthPx, int heightPx);
  }

  public record Size(int widthPx, int heightPx) {
    @Override
    public String toString() {
      return widthPx + "x" + heightPx;
    }
  }

  public record Settings(List<Integer> bans, List<Size> sizes, List<Encoder> encoders, long seed, Path workDir) {}

  public record IngestRow(int bans, long logBytes, double parseSeconds, double geoSeconds, int located, long heapPeak,
      long rssPeak) {}

  public record VideoRow(int bans, Size size, Encoder encoder, int frames, double visiblePerFrame, double renderFps,
      double convertFps, double encodeFps, double endToEndFps, long outputBytes, long heapPeak, long rssPeak,
      double vsNaive) {}

  private final Settings settings;
  private final RendererFactory renderers;
  private final PrintWriter err;
  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private final List<IngestRow> ingestRows = new ArrayList<>();
  private final List<VideoRow> videoRows = new ArrayList<>();

  public Benchmark(Settings settings, RendererFactory renderers, PrintWriter err) {
    this.settings = settings;
    this.renderers = renderers;
    this.err = err;
  }

  public List<IngestRow> ingestRows() {
    return List.copyOf(ingestRows);
  }

  public List<VideoRow> videoRows() {
    return List.copyOf(videoRows);
  }

  /** Runs every measurement, reporting each row on stderr as it completes. */
  public void run() throws IOException {
    boolean warm = false;
    for (int bans : settings.bans()) {
      Path dir = Files.createDirectories(settings.workDir().resolve("bans-" + bans));
      err.printf(Locale.ROOT, "[benchmark] writing %,d synthetic bans%n", bans);
      err.flush();
      SyntheticBans.Written input = SyntheticBans.write(dir, bans, settings.seed());
      System.gc();
      resetPeaks();
      LocatedBans located = ingest(bans, input);
      for (Size size : settings.sizes()) {
        FrameRenderer renderer = renderers.create(located, SyntheticBans.DATABASE_TYPE, size.widthPx(), size.heightPx());
        if (!warm) {
          // Let the JIT compile the hot loops before the first row counts.
          stages(renderer, StagedEncoder.jcodec(size.widthPx(), size.heightPx(), renderer.plan().fps()), 20);
          warm = true;
        }
        double naiveFps = Double.NaN;
        for (Encoder encoder : settings.encoders()) {
          VideoRow row = video(bans, size, encoder, renderer, dir, naiveFps);
          if (encoder == Encoder.NAIVE) {
            naiveFps = row.endToEndFps();
          }
          videoRows.add(row);
          err.printf(Locale.ROOT, "[benchmark] %,d bans %s %s: %.1f frames/s end to end%n", bans, size, encoder.label,
              row.endToEndFps());
          err.flush();
        }
      }
      deleteTree(dir);
    }
  }

  private LocatedBans ingest(int bans, SyntheticBans.Written input) {
    Problems problems = new Problems();
    long t0 = System.nanoTime();
    IngestResult ingest = new Fail2banLogReader(ZoneOffset.UTC, false, problems).read(List.of(input.log()), Progress.silent());
    long t1 = System.nanoTime();
    LocatedBans located;
    try (GeoLocator locator = MaxMindGeoLocator.open(input.database())) {
      located = new BanGeocoder().geocode(ingest.bans(), locator, problems).located();
    }
    long t2 = System.nanoTime();
    ingestRows.add(new IngestRow(bans, input.logBytes(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, located.size(), heapPeak(), rssPeak()));
    err.printf(Locale.ROOT, "[benchmark] %,d bans parsed in %.2f s, geocoded in %.2f s (%,d located)%n",
        bans, (t1 - t0) / 1e9, (t2 - t1) / 1e9, located.size());
    err.flush();
    return located;
  }

  private VideoRow video(int bans, Size size, Encoder encoder, FrameRenderer renderer, Path dir, double naiveFps)
      throws IOException {
    int fps = renderer.plan().fps();
    int frames = renderer.plan().frameCount();
    Path scratch = dir.resolve("stages-" + encoder.label + ".mp4");
    double[] stageSeconds = stages(renderer, staged(encoder, scratch, size, fps), STAGE_SAMPLE_FRAMES);
    int sampled = Math.min(STAGE_SAMPLE_FRAMES, frames);
    Files.deleteIfExists(scratch);

    System.gc();
    resetPeaks();
    Path output = dir.resolve(size + "-" + encoder.label + ".mp4");
    // End to end through the sink render opens (same settings as its defaults), not the staged one.
    FrameSink sink = encoder == Encoder.NAIVE
        ? staged(encoder, output, size, fps)
        : Sinks.open(output, new EncoderSettings(encoder == Encoder.JCODEC ? EncoderChoice.JCODEC : EncoderChoice.FFMPEG,
            Quality.DEFAULT, EncoderSettings.DEFAULT_PRESET, threads), size.widthPx(), size.heightPx(), fps, notice -> {});
    long t0 = System.nanoTime();
    try {
      FrameSequence.run(renderer, encoder == Encoder.NAIVE ? 1 : threads, (index, frame) -> sink.accept(frame));
      sink.close();
    } catch (IOException | RuntimeException e) {
      sink.abort();
      throw e;
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long bytes = Files.size(output);
    Files.delete(output);
    double endToEnd = frames / seconds;
    return new VideoRow(bans, size, encoder, frames, visiblePerFrame(renderer), sampled / stageSeconds[0],
        sampled / stageSeconds[1], sampled / stageSeconds[2], endToEnd, bytes, heapPeak(), rssPeak(),
        encoder == Encoder.NAIVE ? 1 : endToEnd / naiveFps);
  }

  private static StagedEncoder staged(Encoder encoder, Path output, Size size, int fps) throws IOException {
    switch (encoder) {
      case NAIVE:
        return StagedEncoder.naiveJcodec(output, size.widthPx(), size.heightPx(), fps);
      case FFMPEG:
        return StagedEncoder.ffmpeg(output, size.widthPx(), size.heightPx(), fps, "veryfast");
      default:
        return StagedEncoder.jcodec(size.widthPx(), size.heightPx(), fps);
    }
  }

  /** Seconds spent rendering, converting and encoding {@code samples} frames spread over the video, one thread. */
  private static double[] stages(FrameRenderer renderer, StagedEncoder encoder, int samples) throws IOException {
    int frames = renderer.plan().frameCount();
    int n = Math.min(samples, frames);
    BufferedImage frame = renderer.newFrame();
    long render = 0;
    long convert = 0;
    long encode = 0;
    try {
      for (int k = 0; k < n; k++) {
        int index = (int) ((long) k * frames / n);
        long t0 = System.nanoTime();
        renderer.render(index, frame);
        long t1 = System.nanoTime();
        encoder.convert(frame);
        long t2 = System.nanoTime();
        encoder.encode();
        long t3 = System.nanoTime();
        render += t1 - t0;
        convert += t2 - t1;
        encode += t3 - t2;
      }
      long t0 = System.nanoTime();
      // ffmpeg is still encoding what the pipe holds: that is encode time too.
      encoder.close();
      encode += System.nanoTime() - t0;
    } catch (IOException | RuntimeException e) {
      encoder.abort();
      throw e;
    }
    return new double[] {render / 1e9, convert / 1e9, encode / 1e9};
  }

  private static double visiblePerFrame(FrameRenderer renderer) {
    int frames = renderer.plan().frameCount();
    long total = 0;
    for (int i = 0; i < frames; i++) {
      int[] w = renderer.window(i);
      total += w[1] - w[0];
    }
    return total / (double) frames;
  }

  /** Prints the two tables and the targets. */
  public void print(PrintWriter out) {
    out.printf(Locale.ROOT, "Ingest (synthetic fail2ban log, synthetic GeoIP City database; %d cores)%n", threads);
    out.println("| bans | log | parse bans/s | geocode bans/s | parse+geocode bans/s | parse+geocode | peak heap | peak RSS |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (IngestRow r : ingestRows) {
      double total = r.parseSeconds() + r.geoSeconds();
      out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %.2f s | %s | %s |%n", r.bans(), mb(r.logBytes()),
          rate(r.bans() / r.parseSeconds()), rate(r.bans() / r.geoSeconds()), rate(r.bans() / total), total,
          mb(r.heapPeak()), mb(r.rssPeak()));
    }
    out.println();
    out.printf(Locale.ROOT, "Video (frames/s; stages on 1 thread over up to %d frames, end to end on %d threads, naive on 1)%n",
        STAGE_SAMPLE_FRAMES, threads);
    out.println("| bans | size | encoder | frames | visible dots/frame | render | convert | encode | end to end | vs naive | output | peak heap | peak RSS |");
    out.println("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (VideoRow r : videoRows) {
      out.printf(Locale.ROOT, "| %,d | %s | %s | %d | %,.0f | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s |%n",
          r.bans(), r.size(), r.encoder().label, r.frames(), r.visiblePerFrame(), r.renderFps(), r.convertFps(),
          r.encodeFps(), r.endToEndFps(), Double.isNaN(r.vsNaive()) ? "-" : String.format(Locale.ROOT, "x%.1f", r.vsNaive()),
          mb(r.outputBytes()), mb(r.heapPeak()), mb(r.rssPeak()));
    }
    out.println();
    out.println("Targets (issue 4; reported, not asserted)");
    target(out, "1280x720 jcodec end to end >= 25 frames/s (~3,000 dots/frame)", video(1280, 720, Encoder.JCODEC), 25, true);
    target(out, "1280x720 ffmpeg end to end >= 60 frames/s (~3,000 dots/frame)", video(1280, 720, Encoder.FFMPEG), 60, true);
    target(out, "1920x1080 ffmpeg end to end >= 30 frames/s (~3,000 dots/frame)", video(1920, 1080, Encoder.FFMPEG), 30, true);
    IngestRow million = ingestRows.stream().filter(r -> r.bans() == 1_000_000).findFirst().orElse(null);
    target(out, "1M bans parsed and geocoded < 10 s",
        million == null ? Double.NaN : million.parseSeconds() + million.geoSeconds(), 10, false);
    double rss = videoRows.stream().filter(r -> r.bans() == 1_000_000).mapToLong(VideoRow::rssPeak).max()
        .orElse(million == null ? -1 : million.rssPeak());
    target(out, "1M bans peak RSS < 1024 MB (whole run so far)", rss < 0 ? Double.NaN : rss / 1048576.0, 1024, false);
    out.flush();
  }

  /** End-to-end fps of the row at this size and encoder whose dots per frame are nearest 3,000. */
  private double video(int width, int height, Encoder encoder) {
    return videoRows.stream()
        .filter(r -> r.size().widthPx() == width && r.size().heightPx() == height && r.encoder() == encoder)
        .min((a, b) -> Double.compare(Math.abs(a.visiblePerFrame() - 3000), Math.abs(b.visiblePerFrame() - 3000)))
        .map(VideoRow::endToEndFps).orElse(Double.NaN);
  }

  private static void target(PrintWriter out, String what, double value, double limit, boolean atLeast) {
    String verdict = Double.isNaN(value) ? "not measured" : (atLeast ? value >= limit : value < limit) ? "met" : "MISSED";
    out.printf(Locale.ROOT, "  %-66s %10s  %s%n", what, Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value), verdict);
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    try {
      // "5" resets the peak RSS (VmHWM) to the current RSS (Linux 4.0+).
      Files.write(Path.of("/proc/self/clear_refs"), new byte[] {'5'}, StandardOpenOption.WRITE);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Not Linux, or not allowed: VmHWM then is the peak of the whole run so far.
    }
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Peak resident set size in bytes, or -1 where {@code /proc/self/status} does not exist. */
  static long rssPeak() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
