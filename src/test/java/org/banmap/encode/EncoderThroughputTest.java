package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.banmap.testing.Ffprobe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures, does not judge: frames/s and KB/frame of each encoder through its whole sink (convert,
 * encode, mux, faststart) at 720p and 1080p, on pre-rendered frames so rendering is not measured.
 * No timed assertion (CI machines vary).
 */
@Tag("slow")
class EncoderThroughputTest {
  private static final int FPS = 30;
  private static final int FRAMES = 300;

  @TempDir Path dir;

  @Test
  void printsFramesPerSecondAndSizePerEncoder() throws IOException {
    boolean ffmpeg = FfmpegTool.onPath().map(f -> f.hasEncoder("libx264")).orElse(false);
    for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
      int width = size[0];
      int height = size[1];
      List<BufferedImage> frames = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        frames.add(TestFrames.map(width, height, 3000, i, 11));
      }
      // Warm-up: C2 needs ~150 frames to compile jcodec's hot loops.
      try (FrameSink warm = Mp4Sink.open(dir.resolve("warm.mp4"), width, height, FPS, Mp4Sink.DEFAULT_QP, 2)) {
        for (int i = 0; i < 150; i++) {
          warm.accept(frames.get(i % frames.size()));
        }
      }
      Path j1 = dir.resolve("j1.mp4");
      run("jcodec 1 thread", j1, Mp4Sink.open(j1, width, height, FPS, Mp4Sink.DEFAULT_QP, 1), frames);
      Path j2 = dir.resolve("j2.mp4");
      run("jcodec 2 threads", j2, Mp4Sink.open(j2, width, height, FPS, Mp4Sink.DEFAULT_QP, 2), frames);
      if (ffmpeg) {
        Path ff = dir.resolve("ff.mp4");
        run("ffmpeg veryfast", ff, FfmpegSink.open(FfmpegTool.onPath().orElseThrow(), ff, OutputFormat.MP4,
            width, height, FPS, Quality.DEFAULT, "veryfast"), frames);
      } else {
        System.out.println("[encode] ffmpeg with libx264 not on PATH: not measured");
      }
    }
  }

  private static void run(String name, Path file, FrameSink sink, List<BufferedImage> frames) throws IOException {
    long t0 = System.nanoTime();
    try (sink) {
      for (int i = 0; i < FRAMES; i++) {
        sink.accept(frames.get(i % frames.size()));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    BufferedImage source = frames.get(45 % frames.size());
    double psnr = Ffprobe.psnr(source, Ffprobe.decodeFrame(file, 45).image());
    System.out.printf("[encode] %dx%d %-17s %6.1f frames/s  %6.1f KB/frame  frame 45 PSNR %.1f dB%n",
        source.getWidth(), source.getHeight(), name, FRAMES / seconds, Files.size(file) / 1024.0 / FRAMES, psnr);
  }
}
