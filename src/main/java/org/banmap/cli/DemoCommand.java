package org.banmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.banmap.demo.DemoData;
import org.banmap.geo.GeoLocator;
import org.banmap.geo.MaxMindGeoLocator;
import org.banmap.report.Problems;
import org.banmap.report.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code banmap demo}: the same pipeline as {@code render}, on a synthetic month of fail2ban logs
 * and a small demo GeoIP database bundled in the jar. Takes every rendering option of render.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Render a demo video from a synthetic one-month fail2ban log bundled in the jar (no downloads, no GeoIP licence).",
    footer = {"", "Example:", "  banmap demo -o demo.mp4 --duration 20s --fade 12h"})
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SelectionOptions selection;
  @Mixin VideoOptions video;
  @Mixin EncoderOptions encoder;
  @Mixin StyleOptions styles;
  @Mixin FrameOptions frame;
  @Mixin OutputOptions outputs;

  @Option(names = {"-o", "--output"}, defaultValue = "demo.mp4", paramLabel = "FILE.mp4", description = "The video to write, or the PNG with --at (default: ${DEFAULT-VALUE}, demo.png with --at).")
  Path output;

  @Override
  public Integer call() throws Exception {
    RenderCommand.Options.validate(spec, video);
    PrintWriter err = spec.commandLine().getErr();
    ZoneId zone = DemoData.logZone();
    RunSummary summary = new RunSummary("banmap demo", new Problems());
    Path tmp = Files.createTempDirectory("banmap-demo");
    try {
      DemoData.DemoFiles files = DemoData.extract(tmp);
      try (GeoLocator locator = MaxMindGeoLocator.open(files.geoipDatabase())) {
        LoadedBans bans = new BanLoader(summary, err, common.quiet)
            .load(List.of(files.log()), locator, zone, false, selection.selection(zone));
        if (frame.at != null) {
          Path png = spec.commandLine().getParseResult().hasMatchedOption("--output") ? output : Path.of("demo.png");
          new FramePreview(summary, err, video, styles, zone)
              .run(bans, frame.at.resolve(zone, false), png, frame.watch, spec.commandLine().getOut());
        } else {
          new VideoJob(summary, err, common.quiet).styled(styles).withEncoder(encoder).outputs(outputs)
              .run(bans, video, selection.from(zone), selection.to(zone), zone, output);
          spec.commandLine().getOut().println(output);
        }
      } finally {
        summary.print(err);
      }
    } finally {
      deleteTree(tmp);
    }
    return 0;
  }

  private static void deleteTree(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // Only temporary copies of bundled data: leaving them behind is harmless.
    }
  }
}
