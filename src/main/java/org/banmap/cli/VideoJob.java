package org.banmap.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.banmap.basemap.Basemap;
import org.banmap.basemap.BasemapColors;
import org.banmap.basemap.BasemapPainter;
import org.banmap.basemap.WorldAtlas;
import org.banmap.encode.FrameSink;
import org.banmap.encode.GifSink;
import org.banmap.encode.Mp4Sink;
import org.banmap.encode.PngFolderSink;
import org.banmap.render.DotStyle;
import org.banmap.render.FrameRenderer;
import org.banmap.render.FrameSequence;
import org.banmap.render.Overlay;
import org.banmap.render.Viewport;
import org.banmap.report.Progress;
import org.banmap.report.RunSummary;
import org.banmap.report.UserError;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/** Runs the timeline, basemap, render and encode stages for one video. */
final class VideoJob {
  private final RunSummary summary;
  private final PrintWriter err;
  private final boolean quiet;
  private OutputOptions outputs = OutputOptions.none();

  VideoJob(RunSummary summary, PrintWriter err, boolean quiet) {
    this.summary = summary;
    this.err = err;
    this.quiet = quiet;
  }

  /** Writes the video and returns its size in bytes. */
  long run(LoadedBans bans, VideoOptions video, Instant from, Instant to, ZoneId zone, Path output) throws IOException {
    OutputTarget target = checkOutput(output);
    FrameRenderer renderer = prepare(bans, video, from, to, zone);
    FrameSink sink = openOutput(target, renderer.viewport(), renderer.plan());
    encode(renderer, sink);
    long size = target.size();
    FramePlan plan = renderer.plan();
    summary.line("video", String.format(Locale.ROOT, "%s · %,d frames %s @ %d fps · %s · 1 s = %s of data",
        output, plan.frameCount(), video.size, plan.fps(), RunSummary.seconds(plan.frameCount() / (double) plan.fps()),
        human(plan.dataTimePerVideoSecond())));
    summary.line("output", RunSummary.bytes(size) + " " + target.kind().description);
    writeCompanions(renderer, target, bans.geoAttribution());
    return size;
  }

  /** Adds the poster and HTML snippet options (--poster, --html, -o frames/). */
  VideoJob outputs(OutputOptions outputs) {
    this.outputs = outputs;
    return this;
  }

  /** The timeline, basemap and renderer for a video; the same frames whatever the output. */
  FrameRenderer prepare(LoadedBans bans, VideoOptions video, Instant from, Instant to, ZoneId zone) {
    Timeline timeline = summary.time("timeline", () -> Timeline.of(bans.selected()));
    if (timeline.isEmpty() && (from == null || to == null)) {
      throw new UserError("no bans to draw: none of the input lines was a new ban that could be located"
          + " (see the summary below; --from and --to together render an empty map anyway)");
    }
    Instant start = from != null ? from : timeline.first();
    Instant end = to != null ? to : timeline.last();
    if (Duration.between(start, end).compareTo(Duration.ofMinutes(1)) < 0) {
      // A single ban, or a burst within a minute: give it the fade window to play out.
      end = start.plus(video.fade);
    }
    FramePlan plan = FramePlan.of(start, end, video.duration, video.fps, video.fade);
    Viewport viewport = new Viewport(video.bbox, video.size.width(), video.size.height());
    BufferedImage background = summary.time("basemap", () -> background(viewport, video));
    String credit = "Natural Earth · " + bans.geoAttribution() + " · banmap";
    Overlay overlay = video.noOverlay ? Overlay.none() : Overlay.of(zone, credit);
    return new FrameRenderer(
        viewport, background, timeline, plan, DotStyle.forImageHeight(viewport.heightPx()), overlay);
  }

  /** The static part of every frame, drawn once per view. */
  private static BufferedImage background(Viewport viewport, VideoOptions video) {
    WorldAtlas.Resolution detail = video.basemapDetail.equals("auto")
        ? WorldAtlas.Resolution.forView(viewport)
        : WorldAtlas.Resolution.parse(video.basemapDetail);
    Basemap basemap = WorldAtlas.load(detail);
    return new BasemapPainter(basemap, BasemapColors.DARK).image(viewport);
  }

  /** The encoder for {@code output}. */
  private static FrameSink openSink(Path output, Viewport viewport, FramePlan plan) throws IOException {
    return Mp4Sink.open(output, viewport.widthPx(), viewport.heightPx(), plan.fps());
  }

  /** Renders every frame on all cores and feeds the sink in order; on any failure nothing is left at the target. */
  private void encode(FrameRenderer renderer, FrameSink sink) throws IOException {
    FramePlan plan = renderer.plan();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    summary.time("render+encode", () -> {
      try (Progress progress = progress("render", "frames", plan.frameCount())) {
        FrameSequence.run(renderer, threads, (index, frame) -> {
          sink.accept(frame);
          progress.advance(1);
        });
        sink.close();
      } catch (IOException | RuntimeException | Error e) {
        sink.abort();
        throw e;
      }
      return null;
    });
  }

  private OutputTarget checkOutput(Path output) {
    OutputTarget target = OutputTarget.of(output, outputs.outputTypedAsFolder());
    Path poster = outputs.posterFor(output);
    if (outputs.html != null && target.kind() != OutputTarget.Kind.MP4) {
      throw new UserError("--html needs a video output (-o NAME.mp4), not " + output);
    }
    if (poster != null && !poster.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new UserError("--poster " + poster + ": the poster is a PNG (name it e.g. poster.png)");
    }
    for (Path companion : new Path[] {poster, outputs.html}) {
      Path dir = companion == null ? null : companion.toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new UserError("folder " + dir + " for " + companion.getFileName() + " does not exist (create it first)");
      }
    }
    return target;
  }

  /** Opens the sink for the output kind; MP4 goes through {@link #openSink}. */
  private static FrameSink openOutput(OutputTarget target, Viewport viewport, FramePlan plan) throws IOException {
    switch (target.kind()) {
      case GIF:
        return GifSink.open(target.path(), viewport.widthPx(), viewport.heightPx(), plan.fps());
      case PNG_FOLDER:
        return PngFolderSink.open(target.path(), viewport.widthPx(), viewport.heightPx());
      default:
        return openSink(target.path(), viewport, plan);
    }
  }

  /** Writes the poster and the HTML snippet, if asked for, once the video is in place. */
  private void writeCompanions(FrameRenderer renderer, OutputTarget target, String geoAttribution) throws IOException {
    Path poster = outputs.posterFor(target.path());
    if (poster != null) {
      int index = summary.time("poster", () -> Poster.write(renderer, poster));
      summary.line("poster", String.format(Locale.ROOT, "%s · frame %,d (most bans visible)", poster, index));
    }
    if (outputs.html != null) {
      HtmlSnippet.write(outputs.html, target.path(), poster, renderer.viewport().widthPx(),
          renderer.viewport().heightPx(), "Natural Earth \u00b7 " + geoAttribution);
      summary.line("html", outputs.html + " · refers to " + HtmlSnippet.relativeUrl(outputs.html, target.path()));
    }
  }

  private Progress progress(String stage, String unit, long total) {
    return quiet ? Progress.silent() : Progress.start(err, stage, unit, total);
  }

  static String human(Duration d) {
    long minutes = d.toMinutes();
    if (minutes >= 48 * 60) {
      return String.format(Locale.ROOT, "%.1f days", d.toMinutes() / 1440.0);
    } else if (minutes >= 120) {
      return String.format(Locale.ROOT, "%.1f hours", d.toMinutes() / 60.0);
    } else if (minutes >= 1) {
      return minutes + " min";
    }
    return d.toSeconds() + " s";
  }
}
