package org.banmap.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.banmap.demo.DemoData;
import org.banmap.encode.EncoderSettings;
import org.banmap.pipeline.RenderSettings;
import org.banmap.pipeline.RunState;
import org.banmap.pipeline.VideoPipeline;
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
    RenderSettings.Input input = new RenderSettings.Input(List.of(files.log()), files.geoipDatabase(), zone, false,
        demo.selection.selection(demo.spec, zone));
    RenderSettings settings = new RenderSettings(input, demo.video.frames(demo.spec), demo.styles.styles(false),
        EncoderSettings.defaults(), RenderSettings.Outputs.none());
    VideoPipeline pipeline = new VideoPipeline(settings, summary, quiet, true, new RunState());
    FrameRenderer renderer = pipeline.renderer(pipeline.load());
    BufferedImage frame = renderer.newFrame();
    renderer.render(index, frame);
    return frame;
  }
}
