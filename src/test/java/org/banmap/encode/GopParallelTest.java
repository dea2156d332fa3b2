package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.banmap.testing.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encoding GOPs on several threads must not change the video; neither may running twice. */
class GopParallelTest {
  private static final int WIDTH = 98;
  private static final int HEIGHT = 50;
  private static final int FPS = 10; // GOPs of 20 frames
  private static final int FRAMES = 67; // 3 whole GOPs and a short one

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3, 5})
  void decodesToTheSameFramesAsOneThread(int threads) throws IOException {
    Path single = encode("single.mp4", 1);
    Path parallel = encode("parallel.mp4", threads);

    List<BufferedImage> a = Ffprobe.decodeAllFrames(single);
    List<BufferedImage> b = Ffprobe.decodeAllFrames(parallel);
    assertEquals(FRAMES, a.size());
    assertEquals(FRAMES, b.size());
    for (int i = 0; i < FRAMES; i++) {
      assertEquals(0, Ffprobe.maxChannelDifference(a.get(i), b.get(i)), "frame " + i);
    }
    // Stronger: constant QP and independent GOPs give the very same bytes.
    assertEquals(-1, Files.mismatch(single, parallel), "GOP-parallel MP4 differs from the single-threaded one");
  }

  @Test
  void jcodecIsByteForByteDeterministic() throws IOException {
    assertEquals(-1, Files.mismatch(encode("a.mp4", 2), encode("b.mp4", 2)));
  }

  @Test
  void ffmpegGivesTheSameFramesEveryRun() throws IOException {
    Path a = encodeWithFfmpeg("a.mp4");
    Path b = encodeWithFfmpeg("b.mp4");
    List<BufferedImage> first = Ffprobe.decodeAllFrames(a);
    List<BufferedImage> second = Ffprobe.decodeAllFrames(b);
    assertEquals(FRAMES, first.size());
    for (int i = 0; i < FRAMES; i++) {
      assertEquals(0, Ffprobe.maxChannelDifference(first.get(i), second.get(i)), "frame " + i);
    }
  }

  @Test
  void bothEncodersShowTheSamePicture() throws IOException {
    List<BufferedImage> jcodec = Ffprobe.decodeAllFrames(encode("jcodec.mp4", 2));
    List<BufferedImage> ffmpeg = Ffprobe.decodeAllFrames(encodeWithFfmpeg("ffmpeg.mp4"));
    for (int i = 0; i < FRAMES; i += 11) {
      double psnr = Ffprobe.psnr(jcodec.get(i), ffmpeg.get(i));
      assertTrue(psnr > 30, "frame " + i + ": jcodec vs ffmpeg PSNR " + psnr + " dB");
    }
  }

  private Path encode(String name, int threads) throws IOException {
    Path mp4 = dir.resolve(name);
    try (FrameSink sink = Mp4Sink.open(mp4, WIDTH, HEIGHT, FPS, Mp4Sink.DEFAULT_QP, threads)) {
      feed(sink);
    }
    return mp4;
  }

  private Path encodeWithFfmpeg(String name) throws IOException {
    Path mp4 = dir.resolve(name);
    try (FrameSink sink = WebReadyVideoTest.Encoder.FFMPEG.open(mp4, WIDTH, HEIGHT, FPS)) {
      feed(sink);
    }
    return mp4;
  }

  private static void feed(FrameSink sink) throws IOException {
    List<BufferedImage> frames = new ArrayList<>();
    for (int i = 0; i < FRAMES; i++) {
      frames.add(TestFrames.map(WIDTH, HEIGHT, 60, i, 7));
    }
    for (BufferedImage frame : frames) {
      sink.accept(frame);
    }
  }
}
