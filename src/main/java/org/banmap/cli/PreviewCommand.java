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

/** {@code banmap preview}: one frame of what {@code render} would draw, as a PNG, for tuning styles. */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = "Render the single frame at one instant as a PNG, with the same inputs and options as render; --watch re-renders when a style file changes.",
    footer = {"", "Example:", "  banmap preview --at 2026-10-07T14:00 --style my.sld --watch -o frame.png /var/log/fail2ban.log*"})
final class PreviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
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
    RenderCommand.Options.validate(spec, video);
    if (frame.at == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--at=TIME' (the instant to show)");
    }
    PngFile.check(output);
    PrintWriter err = spec.commandLine().getErr();
    ZoneId zone = input.logZone;
    RunSummary summary = new RunSummary("banmap preview", new Problems());
    try (GeoLocator locator = MaxMindGeoLocator.open(GeoIpDatabaseFinder.system().find(input.geoip))) {
      LoadedBans bans = new BanLoader(summary, err, true)
          .load(input.logs, locator, zone, input.keepRestarts, selection.selection(zone));
      new FramePreview(summary, err, video, styles, zone)
          .run(bans, frame.at.resolve(zone, false), output, frame.watch, spec.commandLine().getOut());
    } finally {
      if (!frame.watch) {
        summary.print(err);
      }
    }
    return 0;
  }
}
