package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.banmap.testing.Ffprobe;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures, does not judge: prints ms per 1280x720 frame for conversion and encoding, bytes per
 * frame and PSNR, so regressions show up in the build log. No timed assertion (CI machines vary).
 */
@Tag("slow")
class EncodeSpeedTest {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 720;
  private static final int FPS = 25;
  private static final int WARMUP_FRAMES = 200;
  private static final int MEASURED_FRAMES = 100;

  @TempDir Path dir;

  @Test
  void reportsMillisecondsPerFrameAt720p() throws IOException {
    // 25 consecutive frames (dots fading a little each frame), reused: rendering is not measured.
    List<BufferedImage> frames = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      frames.add(TestFrames.map(WIDTH, HEIGHT, 3000, i, 11));
    }

    // Same encoder for warm-up and measurement: C2 needs ~150 frames to compile jcodec's hot loops.
    H264FrameEncoder encoder = new H264FrameEncoder(WIDTH, HEIGHT, FPS, Mp4Sink.DEFAULT_QP, 2 * FPS);
    Picture picture = encoder.newPicture();
    for (int i = 0; i < WARMUP_FRAMES; i++) {
      encoder.convert(frames.get(i % frames.size()), picture);
      encoder.encode(picture);
    }
    long convertNanos = 0;
    long encodeNanos = 0;
    long bytes = 0;
    for (int i = 0; i < MEASURED_FRAMES; i++) {
      long t0 = System.nanoTime();
      encoder.convert(frames.get(i % frames.size()), picture);
      long t1 = System.nanoTime();
      bytes += encoder.encode(picture).annexB().remaining();
      long t2 = System.nanoTime();
      convertNanos += t1 - t0;
      encodeNanos += t2 - t1;
    }
    System.out.printf("[encode] %dx%d, %d frames: convert %.1f ms/frame, encode %.1f ms/frame, %.1f KB/frame%n",
        WIDTH, HEIGHT, MEASURED_FRAMES, convertNanos / 1e6 / MEASURED_FRAMES, encodeNanos / 1e6 / MEASURED_FRAMES,
        bytes / 1024.0 / MEASURED_FRAMES);

    // The same frames through the whole sink, to report file size and quality as a player sees them.
    Path mp4 = dir.resolve("speed.mp4");
    long t0 = System.nanoTime();
    try (Mp4Sink sink = Mp4Sink.open(mp4, WIDTH, HEIGHT, FPS)) {
      for (int i = 0; i < MEASURED_FRAMES; i++) {
        sink.accept(frames.get(i % frames.size()));
      }
    }
    double sinkMs = (System.nanoTime() - t0) / 1e6 / MEASURED_FRAMES;
    double psnr = Ffprobe.psnr(frames.get(49 % frames.size()), Ffprobe.decodeFrame(mp4, 49).image());
    System.out.printf("[encode] Mp4Sink: %.1f ms/frame total, file %.1f KB/frame, frame 49 PSNR %.1f dB%n",
        sinkMs, Files.size(mp4) / 1024.0 / MEASURED_FRAMES, psnr);
    assertTrue(psnr > 30, "PSNR " + psnr);
  }
}
