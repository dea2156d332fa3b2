package org.banmap.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.banmap.encode.PngWriter;
import org.banmap.render.FrameRenderer;
import org.banmap.report.RunSummary;

/**
 * Renders the one frame at an instant to a PNG ({@code preview}, {@code demo --at}); with watching
 * on, renders again whenever a style file's modification time changes, until interrupted. The
 * bans are loaded once, so each re-render costs only the basemap and one frame.
 */
final class FramePreview {
  static final long POLL_MILLIS = 200;

  private final RunSummary summary;
  private final PrintWriter err;
  private final VideoOptions video;
  private final StyleOptions styles;
  private final ZoneId zone;

  FramePreview(RunSummary summary, PrintWriter err, VideoOptions video, StyleOptions styles, ZoneId zone) {
    this.summary = summary;
    this.err = err;
    this.video = video;
    this.styles = styles;
    this.zone = zone;
  }

  void run(LoadedBans bans, Instant at, Path output, boolean watch, PrintWriter out) throws IOException {
    PngFile.check(output);
    if (!watch) {
      render(bans, at, output);
      out.println(output);
      out.flush();
      return;
    }
    List<Path> watched = List.of(styles.banStyleFile(), styles.basemapStyleFile());
    err.println("[preview] watching " + watched.get(0) + " and " + watched.get(1) + "; Ctrl-C to stop");
    err.flush();
    long[] seen = null;
    while (!Thread.currentThread().isInterrupted()) {
      long[] now = modified(watched);
      if (seen == null || !java.util.Arrays.equals(seen, now)) {
        seen = now;
        try {
          long ms = render(bans, at, output);
          err.println(String.format(Locale.ROOT, "[preview] %s written in %d ms", output, ms));
        } catch (RuntimeException e) {
          // A half-edited style is normal while watching: report it and wait for the next save.
          err.println("banmap: " + e.getMessage());
        }
        err.flush();
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Renders and writes the frame; returns the milliseconds it took. */
  long render(LoadedBans bans, Instant at, Path output) throws IOException {
    long start = System.nanoTime();
    FrameRenderer renderer = new VideoJob(summary, err, true).styled(styles).prepareAt(bans, video, at, zone);
    BufferedImage frame = renderer.newFrame();
    renderer.render(0, frame);
    PngWriter.writeAtomically(frame, output);
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long[] modified(List<Path> files) {
    long[] times = new long[files.size()];
    for (int i = 0; i < times.length; i++) {
      try {
        times[i] = Files.getLastModifiedTime(files.get(i)).toMillis() ^ Files.size(files.get(i));
      } catch (IOException e) {
        times[i] = -1; // being replaced by an editor: try again on the next poll
      }
    }
    return times;
  }
}
