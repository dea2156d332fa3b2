package org.banmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.banmap.pipeline.RenderSettings;
import org.banmap.pipeline.VideoPipeline;
import org.banmap.report.Problems;
import org.banmap.report.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code banmap render}: fail2ban logs in, MP4 out. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render fail2ban bans as an animated map video (H.264 MP4).",
    footer = {"", "Example:", "  banmap render --geoip GeoLite2-City.mmdb -o bans.mp4 /var/log/fail2ban.log*"})
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand BanMapCommand root;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin SelectionOptions selection;
  @Mixin VideoOptions video;
  @Mixin EncoderOptions encoder;
  @Mixin StyleOptions styles;
  @Mixin OutputOptions outputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.mp4", description = "The video to write.")
  Path output;

  @Override
  public Integer call() throws Exception {
    RenderSettings settings = settings();
    PrintWriter err = spec.commandLine().getErr();
    RunSummary summary = new RunSummary("banmap render", new Problems());
    VideoPipeline pipeline = new VideoPipeline(settings, summary, err, common.quiet, root.runState());
    boolean done = false;
    try {
      pipeline.writeVideo(pipeline.load());
      done = true;
    } finally {
      summary.print(err, done);
    }
    spec.commandLine().getOut().println(output);
    return 0;
  }

  /** Every option checked and combined before any log is read: usage errors exit 2, unusable paths 1. */
  RenderSettings settings() {
    RenderSettings.Frames frames = video.frames(spec);
    RenderSettings.Input in = input.input(spec, selection);
    RenderSettings.Styles chosen = styles.styles(false);
    RenderSettings.Outputs out = outputs.outputs(output);
    OutputClashes.check(OutputClashes.inputsOf(in, chosen), OutputClashes.outputsOf(out));
    return new RenderSettings(in, frames, chosen, encoder.settings(), out);
  }
}
