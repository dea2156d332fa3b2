package org.banmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.banmap.demo.DemoData;
import org.banmap.pipeline.LoadedBans;
import org.banmap.pipeline.PngFile;
import org.banmap.pipeline.RenderSettings;
import org.banmap.pipeline.VideoPipeline;
import org.banmap.report.Problems;
import org.banmap.report.RunSummary;
import org.banmap.timeline.BanSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
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
  @ParentCommand BanMapCommand root;
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
    RenderSettings.Frames frames = video.frames(spec);
    ZoneId zone = DemoData.logZone();
    BanSelection chosenBans = selection.selection(spec, zone);
    RenderSettings.Styles chosen = styles.styles(frame.watch);
    Path png = null;
    RenderSettings.Outputs out;
    if (frame.at != null) {
      png = spec.commandLine().getParseResult().hasMatchedOption("--output") ? output : Path.of("demo.png");
      PngFile.check(png);
      out = RenderSettings.Outputs.none();
      OutputClashes.check(OutputClashes.inputsOf(chosen), List.of(new OutputClashes.Output("-o", png, false)));
    } else {
      out = outputs.outputs(output);
      OutputClashes.check(OutputClashes.inputsOf(chosen), OutputClashes.outputsOf(out));
    }
    PrintWriter err = spec.commandLine().getErr();
    Path tmp = Files.createTempDirectory("banmap-demo");
    RunSummary summary = new RunSummary("banmap demo", Problems.showingFolderAs(tmp, "(bundled demo) "));
    boolean done = false;
    try {
      DemoData.DemoFiles files = DemoData.extract(tmp);
      RenderSettings.Input in = new RenderSettings.Input(List.of(files.log()), files.geoipDatabase(), zone, false, chosenBans);
      VideoPipeline pipeline = new VideoPipeline(new RenderSettings(in, frames, chosen, encoder.settings(), out), summary,
          err, common.quiet, root.runState());
      LoadedBans bans = pipeline.load();
      if (png != null) {
        new FramePreview(pipeline, err).run(bans, frame.at.resolve(zone, false), png, frame.watch,
            spec.commandLine().getOut());
      } else {
        pipeline.writeVideo(bans);
        spec.commandLine().getOut().println(output);
      }
      done = true;
    } finally {
      summary.print(err, done);
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
