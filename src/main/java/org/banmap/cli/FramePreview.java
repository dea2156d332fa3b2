package org.banmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.banmap.pipeline.LoadedBans;
import org.banmap.pipeline.PngFile;
import org.banmap.pipeline.VideoPipeline;

/**
 * Renders the one frame at an instant to a PNG ({@code preview}, {@code demo --at}); with watching
 * on, renders again whenever a style file's modification time changes, until interrupted. The
 * bans are loaded once, so each re-render costs only the basemap and one frame.
 */
final class FramePreview {
  static final long POLL_MILLIS = 200;

  private final VideoPipeline pipeline;
  private final PrintWriter err;

  FramePreview(VideoPipeline pipeline, PrintWriter err) {
    this.pipeline = pipeline;
    this.err = err;
  }

  void run(LoadedBans bans, Instant at, Path output, boolean watch, PrintWriter out) throws IOException {
    PngFile.check(output);
    if (!watch) {
      render(bans, at, output);
      out.println(output);
      out.flush();
      return;
    }
    List<Path> watched = List.of(pipeline.settings().styles().banStyle(), pipeline.settings().styles().basemapStyle());
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
    pipeline.writeFrame(bans, at, output);
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
