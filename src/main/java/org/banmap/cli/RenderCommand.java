package org.banmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.banmap.geo.GeoIpDatabaseFinder;
import org.banmap.geo.GeoLocator;
import org.banmap.geo.MaxMindGeoLocator;
import org.banmap.report.Problems;
import org.banmap.report.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code banmap render}: fail2ban logs in, MP4 out. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render fail2ban bans as an animated map video (H.264 MP4).",
    footer = {"", "Example:", "  banmap render --geoip GeoLite2-City.mmdb -o bans.mp4 /var/log/fail2ban.log*"})
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
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
    Options.validate(spec, video);
    PrintWriter err = spec.commandLine().getErr();
    ZoneId zone = input.logZone;
    RunSummary summary = new RunSummary("banmap render", new Problems());
    try (GeoLocator locator = MaxMindGeoLocator.open(GeoIpDatabaseFinder.system().find(input.geoip))) {
      LoadedBans bans = new BanLoader(summary, err, common.quiet)
          .load(input.logs, locator, zone, input.keepRestarts, selection.selection(zone));
      new VideoJob(summary, err, common.quiet).styled(styles).withEncoder(encoder).outputs(outputs)
          .run(bans, video, selection.from(zone), selection.to(zone), zone, output);
      spec.commandLine().getOut().println(output);
    } finally {
      summary.print(err);
    }
    return 0;
  }

  /** Turns option checks that need several values into usage errors (exit code 2). */
  static final class Options {
    private Options() {}

    static void validate(CommandSpec spec, VideoOptions video) {
      try {
        video.validate();
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }
}
