package org.banmap.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.banmap.basemap.WorldAtlas;
import org.banmap.encode.FrameSink;
import org.banmap.encode.GifSink;
import org.banmap.encode.PngWriter;
import org.banmap.encode.Sinks;
import org.banmap.render.FrameRenderer;
import org.banmap.render.FrameSequence;
import org.banmap.report.Progress;
import org.banmap.report.RunSummary;
import org.banmap.report.UserError;
import org.banmap.report.ZoneLabel;
import org.banmap.timeline.BanSelection;
import org.banmap.timeline.BulkSpan;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/**
 * The whole run for one video, from settings checked beforehand: ingest and geocode the logs
 * ({@link #load}), lay the bans on a timeline over the bulk of their time span, render every frame
 * on all cores into the sink for the output format, then write the poster and the HTML snippet.
 * Each stage's time and result go into the {@link RunSummary}; how far the run got goes into the
 * {@link RunState}.
 *
 * <pre>
 *   VideoPipeline pipeline = new VideoPipeline(settings, summary, err, quiet, state);
 *   pipeline.writeVideo(pipeline.load());
 * </pre>
 */
public final class VideoPipeline {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final RenderSettings settings;
  private final RunSummary summary;
  private final PrintWriter err;
  private final boolean quiet;
  private final RunState state;

  /**
   * @param err where progress, encoder notices and style warnings go
   * @param quiet no progress bars
   */
  public VideoPipeline(RenderSettings settings, RunSummary summary, PrintWriter err, boolean quiet, RunState state) {
    this.settings = settings;
    this.summary = summary;
    this.err = err;
    this.quiet = quiet;
    this.state = state;
  }

  public RenderSettings settings() {
    return settings;
  }

  /** Reads the logs, locates the bans and applies the selection (see {@link BanLoader}). */
  public LoadedBans load() {
    return new BanLoader(summary, err, quiet, state).load(settings.input());
  }

  /** Writes the video, then the poster and snippet if asked for; returns the video's size in bytes. */
  public long writeVideo(LoadedBans bans) throws IOException {
    RenderSettings.Outputs outputs = settings.outputs();
    if (outputs.video() == null) {
      throw new IllegalStateException("these settings name no video output");
    }
    OutputTarget target = new OutputTarget(outputs.video(), outputs.format());
    FrameRenderer renderer = renderer(bans);
    RenderSettings.Frames frames = settings.frames();
    FrameSink sink = Sinks.open(target.path(), settings.encoder(), frames.widthPx(), frames.heightPx(), frames.fps(),
        notice -> {
          if (!quiet) {
            err.println("[encode] " + notice);
            err.flush();
          }
        });
    encode(renderer, sink);
    long size = target.size();
    summary.line("video", target.path() + " · " + videoLine(renderer.plan(), sink));
    summary.line("output", RunSummary.bytes(size) + " " + sink.description());
    writeCompanions(renderer, target.path(), bans.geoAttribution());
    return size;
  }

  /**
   * The renderer for the whole video: the span is --from/--to where given, else the bulk of the
   * selected bans' times (see {@link BulkSpan}); bans outside it are left out and the summary says
   * how many.
   */
  public FrameRenderer renderer(LoadedBans bans) {
    state.stage("timeline");
    Timeline all = summary.time("timeline", () -> Timeline.of(bans.selected()));
    BanSelection selection = settings.input().selection();
    Instant from = selection.from();
    Instant to = selection.to();
    if (all.isEmpty() && (from == null || to == null)) {
      throw new UserError("no bans to draw: none of the input lines was a new ban that could be located"
          + " (see the summary below; --from and --to together render an empty map anyway)");
    }
    Timeline timeline = all;
    Instant start = from;
    Instant end = to;
    if (!all.isEmpty()) {
      BulkSpan bulk = BulkSpan.of(all);
      int first = from != null ? 0 : bulk.first();
      int last = to != null ? all.size() : bulk.end();
      if (first > 0 || last < all.size()) {
        timeline = Timeline.of(all.bans().range(first, last));
        warnOutliers(all, first, last);
      }
      start = start != null ? start : timeline.first();
      end = end != null ? end : timeline.last();
      summary.line("span", spanLine(start, end, all, first, last, from, to));
    }
    RenderSettings.Frames frames = settings.frames();
    if (Duration.between(start, end).compareTo(Duration.ofMinutes(1)) < 0) {
      // A single ban, or a burst within a minute: give it the fade window to play out.
      end = start.plus(frames.fade());
    }
    FramePlan plan = FramePlan.of(start, end, frames.duration(), frames.fps(), frames.fade());
    state.stage("basemap");
    return MapRenderers.create(timeline, plan, settings, bans.geoAttribution(), summary, err);
  }

  /** The renderer for the one frame at {@code at} ({@code preview}, {@code demo --at}). */
  public FrameRenderer rendererAt(LoadedBans bans, Instant at) {
    Timeline timeline = summary.time("timeline", () -> Timeline.of(bans.selected()));
    RenderSettings.Frames frames = settings.frames();
    FramePlan plan = new FramePlan(at, at, 1, frames.fps(), frames.fade());
    return MapRenderers.create(timeline, plan, settings, bans.geoAttribution(), summary, err);
  }

  /** Renders the frame at {@code at} and writes it to {@code png} atomically. */
  public void writeFrame(LoadedBans bans, Instant at, Path png) throws IOException {
    FrameRenderer renderer = rendererAt(bans, at);
    BufferedImage frame = renderer.newFrame();
    renderer.render(0, frame);
    PngWriter.writeAtomically(frame, png);
  }

  /** Renders every frame on all cores and feeds the sink in order; on any failure nothing is left at the target. */
  private void encode(FrameRenderer renderer, FrameSink sink) throws IOException {
    FramePlan plan = renderer.plan();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    state.stage("render+encode");
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

  /**
   * What the file holds: frames, size, rate, length and data time per second. A GIF keeps every
   * k-th frame at a smaller size, so its own numbers are reported, not the renderer's.
   */
  private String videoLine(FramePlan plan, FrameSink sink) {
    RenderSettings.Frames frames = settings.frames();
    String data = "1 s = " + human(plan.dataTimePerVideoSecond()) + " of data";
    double seconds = plan.frameCount() / (double) plan.fps();
    if (sink instanceof GifSink gif) {
      return String.format(Locale.ROOT, "%,d frames %dx%d @ %s fps · %s · %s (every %s of %,d rendered frames)",
          gif.keptFrames(plan.frameCount()), gif.outWidthPx(), gif.outHeightPx(), rate(gif.outFps()),
          RunSummary.seconds(seconds), data, ordinal(gif.stride()), plan.frameCount());
    }
    return String.format(Locale.ROOT, "%,d frames %dx%d @ %d fps · %s · %s", plan.frameCount(), frames.widthPx(),
        frames.heightPx(), plan.fps(), RunSummary.seconds(seconds), data);
  }

  private void writeCompanions(FrameRenderer renderer, Path video, String geoAttribution) throws IOException {
    RenderSettings.Outputs outputs = settings.outputs();
    Path poster = outputs.poster();
    if (poster != null) {
      state.stage("poster");
      int index = summary.time("poster", () -> Poster.write(renderer, poster));
      summary.line("poster", String.format(Locale.ROOT, "%s · frame %,d (most bans visible)", poster, index));
    }
    Path html = outputs.html();
    if (html != null) {
      HtmlSnippet.write(html, video, poster, settings.frames().widthPx(), settings.frames().heightPx(),
          WorldAtlas.ATTRIBUTION + " \u00b7 " + geoAttribution);
      summary.line("html", html + " · refers to " + HtmlSnippet.relativeUrl(html, video));
    }
  }

  private void warnOutliers(Timeline all, int first, int last) {
    int outliers = first + (all.size() - last);
    err.println(String.format(Locale.ROOT,
        "banmap: warning: %,d %s far outside the bulk of the data (%s): the video leaves %s out;"
            + " give --from/--to to include %s",
        outliers, outliers == 1 ? "ban lies" : "bans lie", outlierTimes(all, first, last), outliers == 1 ? "it" : "them",
        outliers == 1 ? "it" : "them"));
    err.flush();
  }

  /** How the video's time span was chosen, for the summary. */
  private String spanLine(Instant start, Instant end, Timeline all, int first, int last, Instant from, Instant to) {
    ZoneId zone = settings.input().zone();
    String span = MINUTES.format(start.atZone(zone)) + " .. " + MINUTES.format(end.atZone(zone)) + " "
        // Fixed offsets read as the clock on the frames does (UTC, not Z or Etc/UTC); regions by name.
        + ZoneLabel.ofRange(zone, start);
    int outliers = first + (all.size() - last);
    if (outliers > 0) {
      return String.format(Locale.ROOT, "%s (bulk of the data; %,d outlier %s outside it, %s: --from/--to to include %s)",
          span, outliers, outliers == 1 ? "ban" : "bans", outlierTimes(all, first, last), outliers == 1 ? "it" : "them");
    }
    if (from != null && to != null) {
      return span + " (--from/--to)";
    }
    return span + (from == null && to == null ? " (first to last ban)" : " (--from/--to and the data)");
  }

  /** The outliers' times, at most two on each side: "0001-01-01 00:00, 9999-12-31 23:59". */
  private String outlierTimes(Timeline all, int first, int last) {
    ZoneId zone = settings.input().zone();
    List<String> times = new ArrayList<>();
    for (int i = 0; i < Math.min(first, 2); i++) {
      times.add(MINUTES.format(Instant.ofEpochMilli(all.epochMillis(i)).atZone(zone)));
    }
    if (first > 2) {
      times.add("...");
    }
    if (all.size() - last > 2) {
      times.add("...");
    }
    for (int i = Math.max(last, all.size() - 2); i < all.size(); i++) {
      times.add(MINUTES.format(Instant.ofEpochMilli(all.epochMillis(i)).atZone(zone)));
    }
    return String.join(", ", times);
  }

  private Progress progress(String stage, String unit, long total) {
    return quiet ? Progress.silent() : Progress.start(err, stage, unit, total);
  }

  private static String rate(double fps) {
    return fps == Math.rint(fps) ? Long.toString((long) fps) : String.format(Locale.ROOT, "%.1f", fps);
  }

  private static String ordinal(int n) {
    if (n == 1) {
      return "frame";
    }
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  static String human(Duration d) {
    long minutes = d.toMinutes();
    if (minutes >= 48 * 60) {
      return String.format(Locale.ROOT, "%,.1f days", d.toMinutes() / 1440.0);
    } else if (minutes >= 120) {
      return String.format(Locale.ROOT, "%.1f hours", d.toMinutes() / 60.0);
    } else if (minutes >= 1) {
      return minutes + " min";
    }
    return d.toSeconds() + " s";
  }
}
