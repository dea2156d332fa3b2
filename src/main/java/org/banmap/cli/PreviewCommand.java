package org.banmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.banmap.encode.EncoderSettings;
import org.banmap.pipeline.PngFile;
import org.banmap.pipeline.RenderSettings;
import org.banmap.pipeline.VideoPipeline;
import org.banmap.report.Problems;
import org.banmap.report.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code banmap preview}: one frame of what {@code render} would draw, as a PNG, for tuning styles. */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = "Render the single frame at one instant as a PNG, with the same inputs and options as render; --watch re-renders when a style file changes.",
    footer = {"", "Example:", "  banmap preview --at 2026-10-07T14:00 --style my.sld --watch -o frame.png /var/log/fail2ban.log*"})
final class PreviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand BanMapCommand root;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin SelectionOptions selection;
  @Mixin VideoOptions video;
  @Mixin StyleOptions styles;
  @Mixin FrameOptions frame;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.png", description = "The PNG to write.")
  Path output;

  @Override
  public Integer call() throws Exception {
    RenderSettings.Frames frames = video.frames(spec);
    if (frame.at == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--at=TIME' (the instant to show)");
    }
    RenderSettings.Input in = input.input(spec, selection);
    RenderSettings.Styles chosen = styles.styles(frame.watch);
    PngFile.check(output);
    OutputClashes.check(OutputClashes.inputsOf(in, chosen), List.of(new OutputClashes.Output("-o", output, false)));
    RenderSettings settings = new RenderSettings(in, frames, chosen, EncoderSettings.defaults(), RenderSettings.Outputs.none());
    PrintWriter err = spec.commandLine().getErr();
    RunSummary summary = new RunSummary("banmap preview", new Problems());
    VideoPipeline pipeline = new VideoPipeline(settings, summary, err, true, root.runState());
    boolean done = false;
    try {
      new FramePreview(pipeline, err).run(pipeline.load(), frame.at.resolve(in.zone(), false), output, frame.watch,
          spec.commandLine().getOut());
      done = true;
    } finally {
      if (!frame.watch) {
        summary.print(err, done);
      }
    }
    return 0;
  }
}
