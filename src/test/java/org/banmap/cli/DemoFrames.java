package org.banmap.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.banmap.demo.DemoData;
import org.banmap.geo.GeoLocator;
import org.banmap.geo.MaxMindGeoLocator;
import org.banmap.render.FrameRenderer;
import org.banmap.report.Problems;
import org.banmap.report.RunSummary;
import picocli.CommandLine;

/** Renders one frame of {@code banmap demo ARGS} in-process, exactly as the command would. */
final class DemoFrames {
  private DemoFrames() {}

  static BufferedImage render(int index, String... args) throws Exception {
    DemoCommand demo = new DemoCommand();
    new CommandLine(demo).parseArgs(args);
    PrintWriter quiet = new PrintWriter(PrintWriter.nullWriter());
    RunSummary summary = new RunSummary("test", new Problems());
    ZoneId zone = DemoData.logZone();
    Path tmp = Files.createTempDirectory("banmap-demo-test");
    DemoData.DemoFiles files = DemoData.extract(tmp);
    try (GeoLocator locator = MaxMindGeoLocator.open(files.geoipDatabase())) {
      LoadedBans bans = new BanLoader(summary, quiet, true)
          .load(List.of(files.log()), locator, zone, false, demo.selection.selection(zone));
      FrameRenderer renderer = new VideoJob(summary, quiet, true)
          .prepare(bans, demo.video, demo.selection.from(zone), demo.selection.to(zone), zone);
      BufferedImage frame = renderer.newFrame();
      renderer.render(index, frame);
      return frame;
    }
  }
}
