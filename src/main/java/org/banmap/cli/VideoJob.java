package org.banmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.banmap.basemap.WorldAtlas;
import org.banmap.encode.FrameSink;
import org.banmap.encode.OutputFormat;
import org.banmap.encode.Sinks;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.render.BasemapBackground;
import org.banmap.render.FrameRenderer;
import org.banmap.render.FrameSequence;
import org.banmap.render.OverlayElement;
import org.banmap.render.overlay.OverlayTheme;
import org.banmap.render.overlay.StandardOverlay;
import org.banmap.report.Progress;
import org.banmap.report.RunSummary;
import org.banmap.report.UserError;
import org.banmap.style.MapStyle;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/** Runs the timeline, basemap, render and encode stages for one video. */
final class VideoJob {
  private final RunSummary summary;
  private final PrintWriter err;
  private final boolean quiet;
  private StyleOptions styles = new StyleOptions();
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
    FrameSink sink = openSink(output, renderer.view(), renderer.plan());
    encode(renderer, sink);
    long size = target.size();
    FramePlan plan = renderer.plan();
    summary.line("video", String.format(Locale.ROOT, "%s · %,d frames %s @ %d fps · %s · 1 s = %s of data",
        output, plan.frameCount(), video.size, plan.fps(), RunSummary.seconds(plan.frameCount() / (double) plan.fps()),
        human(plan.dataTimePerVideoSecond())));
    summary.line("output", RunSummary.bytes(size) + " " + sink.description());
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
    return prepare(bans, timeline, video, plan, zone);
  }

  /** The renderer for the one frame at {@code at} ({@code preview}, {@code demo --at}). */
  FrameRenderer prepareAt(LoadedBans bans, VideoOptions video, Instant at, ZoneId zone) {
    Timeline timeline = summary.time("timeline", () -> Timeline.of(bans.selected()));
    return prepare(bans, timeline, video, new FramePlan(at, at, 1, video.fps, video.fade), zone);
  }

  /** Draws with these styles instead of the bundled defaults; returns this. */
  VideoJob styled(StyleOptions styles) {
    this.styles = styles;
    return this;
  }

  private FrameRenderer prepare(LoadedBans bans, Timeline timeline, VideoOptions video, FramePlan plan, ZoneId zone) {
    MapStyle banStyle = summary.time("style", () -> StyleFiles.read(styles.banStyleFile(), err));
    MapStyle basemapStyle = StyleFiles.read(styles.basemapStyleFile(), err);
    MapView view = MapView.contain(Projection.PLATE_CARREE, video.bbox, video.size.width(), video.size.height());
    WorldAtlas.Resolution detail = video.basemapDetail.equals("auto")
        ? WorldAtlas.Resolution.forView(view) : WorldAtlas.Resolution.parse(video.basemapDetail);
    // Loaded inside the timed drawing below, as before.
    BasemapBackground background = new BasemapBackground(v -> WorldAtlas.load(detail), basemapStyle,
        styles.allowedResourceDirs());
    // Drawn here, once, so the summary times the basemap; frames copy the cached image.
    OverlayTheme theme = OverlayTheme.forBackdrop(summary.time("basemap", () -> background.image(view)));
    String credit = "Natural Earth · " + bans.geoAttribution() + " · banmap";
    List<OverlayElement> overlay = video.noOverlay
        ? List.of() : StandardOverlay.elements(zone, credit, theme, view, timeline, plan);
    return new FrameRenderer(view, background, timeline, plan, banStyle, styles.allowedResourceDirs(), overlay);
  }

  /** How to encode ({@code --encoder}, {@code --quality}, {@code --preset}); the defaults unless set. */
  private EncoderOptions encoderOptions = new EncoderOptions();

  VideoJob withEncoder(EncoderOptions options) {
    this.encoderOptions = options;
    return this;
  }

  /** The sink for {@code output}, chosen by its extension and the encoder options; says which encoder on auto. */
  private FrameSink openSink(Path output, MapView view, FramePlan plan) throws IOException {
    return Sinks.open(output, encoderOptions.settings(), view.widthPx(), view.heightPx(), plan.fps(),
        notice -> {
          if (!quiet) {
            err.println("[encode] " + notice);
            err.flush();
          }
        });
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
    if (outputs.html != null && target.format() != OutputFormat.MP4) {
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

  /** Writes the poster and the HTML snippet, if asked for, once the video is in place. */
  private void writeCompanions(FrameRenderer renderer, OutputTarget target, String geoAttribution) throws IOException {
    Path poster = outputs.posterFor(target.path());
    if (poster != null) {
      int index = summary.time("poster", () -> Poster.write(renderer, poster));
      summary.line("poster", String.format(Locale.ROOT, "%s · frame %,d (most bans visible)", poster, index));
    }
    if (outputs.html != null) {
      HtmlSnippet.write(outputs.html, target.path(), poster, renderer.view().widthPx(),
          renderer.view().heightPx(), "Natural Earth \u00b7 " + geoAttribution);
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
