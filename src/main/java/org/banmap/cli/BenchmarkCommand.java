package org.banmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.banmap.bench.BasemapBenchmark;
import org.banmap.bench.Benchmark;
import org.banmap.bench.IngestBenchmark;
import org.banmap.bench.MemoryCase;
import org.banmap.bench.SyntheticBans;
import org.banmap.encode.StagedEncoder;
import org.banmap.pipeline.RenderSettings;
import org.banmap.pipeline.StyleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code banmap benchmark}: how fast ingest, geocoding, rendering and each encoder are here. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Time the pipeline on synthetic bans (spread over 30 days) and a synthetic GeoIP database: parse+geocode rate,"
          + " frames/s per stage (render, convert, encode) and end to end, peak heap and RSS, output size, per encoder"
          + " and size. 'naive' is jcodec used the simple way (per-pixel getRGB, default encoder settings, one thread),"
          + " the baseline for the 'vs naive' column. Also: geocoding when addresses repeat (the cache), and each sink"
          + " alone on pre-rendered frames (jcodec on 1 and all cores, ffmpeg, GIF)."
          + " Prints markdown tables on stdout; takes minutes at the defaults."},
    footer = {"", "Example:", "  banmap benchmark --bans 100k --sizes 720p --encoders jcodec,ffmpeg --seconds 5"})
final class BenchmarkCommand implements Callable<Integer> {
  /** The program's entry point, run in the memory case's child JVM. */
  private static final String MAIN_CLASS = BanMapCommand.class.getName();

  @Spec CommandSpec spec;

  @Option(names = "--bans", split = ",", paramLabel = "N", converter = CountConverter.class,
      defaultValue = "10k,100k,1M", description = "Ban counts to generate, e.g. 10k,100k,1M (default: ${DEFAULT-VALUE}).")
  List<Integer> bans;

  @Option(names = "--sizes", split = ",", paramLabel = "WxH", converter = VideoSize.Converter.class,
      defaultValue = "720p,1080p", description = "Video sizes (default: ${DEFAULT-VALUE}).")
  List<VideoSize> sizes;

  @Option(names = "--encoders", split = ",", paramLabel = "NAME", defaultValue = "naive,jcodec,ffmpeg",
      description = "Encoders: naive, jcodec, ffmpeg; ffmpeg is skipped when not on PATH (default: ${DEFAULT-VALUE}).")
  List<String> encoders;

  @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
      description = "Video length in seconds at 30 fps, the whole 30 days spread over it (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--fade", paramLabel = "TIME", defaultValue = "1d", converter = DurationConverter.class,
      description = "How long a ban stays visible (default: ${DEFAULT-VALUE}; 100k bans over 30 days then show ~3,300 dots per frame).")
  Duration fade;

  @Option(names = "--ingest-only",
      description = "Time only the ingest stage on one thread, in MB/s of a realistic fail2ban log (about 7.5 lines per ban: Found, Ban, Unban, ...), first run and best warm run, wall clock and thread CPU.")
  boolean ingestOnly;

  @Option(names = "--memory-bans", split = ",", paramLabel = "N", defaultValue = "1M,10M",
      description = "Ban counts for the memory case: banmap render in a child JVM with default flags at the first"
          + " --sizes size, reporting its peak RSS; 'none' skips it (default: ${DEFAULT-VALUE}).")
  List<String> memoryBans;

  @Option(names = "--memory-only", description = "Run only the memory case.")
  boolean memoryOnly;

  @Override
  public Integer call() throws Exception {
    if (ingestOnly) {
      Path work = Files.createTempDirectory("banmap-benchmark");
      try {
        spec.commandLine().getOut().print(IngestBenchmark.table(
            IngestBenchmark.run(bans, 20261031L, work, spec.commandLine().getErr())));
        spec.commandLine().getOut().flush();
      } finally {
        deleteTree(work);
      }
      return 0;
    }
    if (seconds < 1 || seconds > 600) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seconds must be 1..600, got " + seconds);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Benchmark.Encoder> chosen = new ArrayList<>();
    for (String name : encoders) {
      Benchmark.Encoder encoder = encoder(name);
      if (encoder == Benchmark.Encoder.FFMPEG && !StagedEncoder.ffmpegAvailable()) {
        err.println("[benchmark] ffmpeg not found on PATH: skipping the ffmpeg rows (install ffmpeg to measure it)");
        continue;
      }
      if (!chosen.contains(encoder)) {
        chosen.add(encoder);
      }
    }
    chosen.sort(null);
    List<Benchmark.Size> sizeList = sizes.stream().map(s -> new Benchmark.Size(s.width(), s.height())).toList();
    Path work = Files.createTempDirectory("banmap-benchmark");
    try {
      if (!memoryOnly) {
        Benchmark benchmark = new Benchmark(
            new Benchmark.Settings(bans, sizeList, chosen, Duration.ofSeconds(seconds), fade, 20261031L, work), err).withStandardExtras();
        benchmark.run();
        benchmark.print(spec.commandLine().getOut());
        BasemapBenchmark.print(sizeList, StyleFiles.read(RenderSettings.Styles.defaults().basemapStyle(), err),
            spec.commandLine().getOut());
      }
      List<Integer> memory = memoryBans();
      if (!memory.isEmpty()) {
        MemoryCase memoryCase = new MemoryCase(new MemoryCase.Settings(memory, sizeList.get(0), seconds,
            fade.toSeconds() + "s",
            20261031L, work, MAIN_CLASS), err);
        memoryCase.run();
        memoryCase.print(spec.commandLine().getOut());
      }
    } finally {
      deleteTree(work);
    }
    return 0;
  }

  private List<Integer> memoryBans() {
    if (memoryBans.size() == 1 && memoryBans.get(0).trim().equalsIgnoreCase("none")) {
      return List.of();
    }
    List<Integer> counts = new ArrayList<>();
    for (String n : memoryBans) {
      try {
        counts.add(new CountConverter().convert(n));
      } catch (TypeConversionException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--memory-bans: " + e.getMessage());
      }
    }
    return counts;
  }

  private Benchmark.Encoder encoder(String name) {
    for (Benchmark.Encoder e : Benchmark.Encoder.values()) {
      if (e.label.equalsIgnoreCase(name.trim())) {
        return e;
      }
    }
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "unknown encoder '" + name + "' for --encoders: use naive, jcodec, ffmpeg");
  }

  /** {@code 10k}, {@code 1M}, {@code 2500}. */
  static final class CountConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      long factor = v.endsWith("k") ? 1_000 : v.endsWith("m") ? 1_000_000 : 1;
      try {
        double n = Double.parseDouble(factor == 1 ? v : v.substring(0, v.length() - 1)) * factor;
        if (n < 1 || n > 20_000_000 || n != Math.rint(n)) {
          throw new NumberFormatException();
        }
        return (int) n;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a ban count from 1 to 20M; use e.g. 10k, 100k, 1M");
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // Scratch files in the temp folder.
    }
  }
}
