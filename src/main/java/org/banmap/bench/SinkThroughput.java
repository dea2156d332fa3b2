package org.banmap.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.banmap.encode.EncoderChoice;
import org.banmap.encode.EncoderSettings;
import org.banmap.encode.FrameSink;
import org.banmap.encode.Sinks;
import org.banmap.encode.StagedEncoder;
import org.banmap.render.FrameRenderer;

/**
 * Each sink alone, with rendering taken out: {@value #DISTINCT_FRAMES} frames are rendered first
 * (spread over the video, so the dots move as in a real run) and fed round and round to the sink
 * as fast as it takes them, for as many frames as the video has. Measures convert + encode + mux
 * (+ faststart, + palette for the GIF) per sink: jcodec on one thread and on all cores (the bytes
 * are the same), ffmpeg libx264 veryfast when on PATH, and the GIF.
 */
final class SinkThroughput implements Benchmark.Extra {
  static final int DISTINCT_FRAMES = 30;

  record Row(int bans, Benchmark.Size size, String sink, int frames, double seconds, long bytes) {}

  private record Variant(String label, String fileName, EncoderSettings settings) {}

  private final int threads;
  private final List<Row> rows = new ArrayList<>();

  SinkThroughput(int threads) {
    this.threads = threads;
  }

  @Override
  public void afterVideo(int bans, Benchmark.Size size, FrameRenderer renderer, Path dir) throws IOException {
    int frames = renderer.plan().frameCount();
    List<BufferedImage> rendered = new ArrayList<>();
    for (int k = 0; k < Math.min(DISTINCT_FRAMES, frames); k++) {
      BufferedImage frame = renderer.newFrame();
      renderer.render((int) ((long) k * frames / Math.min(DISTINCT_FRAMES, frames)), frame);
      rendered.add(frame);
    }
    int fps = renderer.plan().fps();
    for (Variant v : variants()) {
      Path output = dir.resolve(v.fileName());
      FrameSink sink = Sinks.open(output, v.settings(), size.widthPx(), size.heightPx(), fps, notice -> {});
      long t0 = System.nanoTime();
      try {
        for (int i = 0; i < frames; i++) {
          sink.accept(rendered.get(i % rendered.size()));
        }
        sink.close();
      } catch (IOException | RuntimeException e) {
        sink.abort();
        throw e;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      rows.add(new Row(bans, size, v.label(), frames, seconds, Files.size(output)));
      Files.delete(output);
    }
  }

  private List<Variant> variants() {
    EncoderSettings jcodec = EncoderSettings.defaults().withEncoder(EncoderChoice.JCODEC);
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant("jcodec 1 thread", "sink-jcodec-1.mp4", jcodec.withJcodecThreads(1)));
    if (threads > 1) {
      variants.add(new Variant("jcodec " + threads + " threads", "sink-jcodec-n.mp4", jcodec.withJcodecThreads(threads)));
    }
    if (StagedEncoder.ffmpegAvailable()) {
      variants.add(new Variant("ffmpeg libx264 veryfast", "sink-ffmpeg.mp4",
          EncoderSettings.defaults().withEncoder(EncoderChoice.FFMPEG)));
    }
    variants.add(new Variant("gif", "sink.gif", EncoderSettings.defaults()));
    return variants;
  }

  @Override
  public void print(PrintWriter out) {
    out.printf(Locale.ROOT, "Sinks alone (frames/s on %d pre-rendered frames fed round and round; no rendering)%n",
        DISTINCT_FRAMES);
    out.println("| bans | size | sink | frames | frames/s | output | KB/frame |");
    out.println("|---:|---|---|---:|---:|---:|---:|");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "| %,d | %s | %s | %d | %.1f | %.1f MB | %.1f |%n", r.bans(), r.size(), r.sink(),
          r.frames(), r.frames() / r.seconds(), r.bytes() / 1048576.0, r.bytes() / 1024.0 / r.frames());
    }
    out.println();
  }
}
