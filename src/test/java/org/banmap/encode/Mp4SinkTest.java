package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.banmap.report.UserError;
import org.banmap.testing.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4SinkTest {
  @TempDir Path dir;

  @Test
  void decodedFramesLookLikeTheSource() throws IOException {
    Path mp4 = dir.resolve("map.mp4");
    int width = 640;
    int height = 360;
    int fps = 25;
    List<BufferedImage> frames = new ArrayList<>();
    try (Mp4Sink sink = Mp4Sink.open(mp4, width, height, fps)) {
      for (int i = 0; i < 60; i++) {
        BufferedImage frame = TestFrames.map(width, height, 800, i, 3);
        frames.add(frame);
        sink.accept(frame);
      }
    }
    // 0: key frame; 49: last P frame of the first 2 s GOP (drift accumulates); 50: next key frame.
    int[] checked = {0, 20, 49, 50, 59};
    Ffprobe.DecodedFrames decoded = Ffprobe.decodeFrames(mp4, width, height, checked);
    assertEquals("", decoded.stderr());
    for (int k = 0; k < checked.length; k++) {
      int n = checked[k];
      double psnr = Ffprobe.psnr(frames.get(n), decoded.images().get(k));
      System.out.printf("[mp4] frame %d PSNR %.1f dB%n", n, psnr);
      assertTrue(psnr > 30, "frame " + n + " PSNR " + psnr + " dB");
    }
  }

  @Test
  void abortLeavesNothing() throws IOException {
    Path mp4 = dir.resolve("gone.mp4");
    Mp4Sink sink = Mp4Sink.open(mp4, 64, 48, 25);
    sink.accept(TestFrames.map(64, 48, 10, 0, 1));
    sink.abort();
    sink.abort();
    sink.close();
    assertEquals(List.of(), listDir());
  }

  @Test
  void abortKeepsAnExistingTarget() throws IOException {
    Path mp4 = dir.resolve("old.mp4");
    Files.writeString(mp4, "previous run");
    Mp4Sink sink = Mp4Sink.open(mp4, 64, 48, 25);
    sink.accept(TestFrames.map(64, 48, 10, 0, 1));
    sink.abort();
    assertEquals("previous run", Files.readString(mp4));
    assertEquals(List.of(mp4), listDir());
  }

  @Test
  void closeReplacesAnExistingTarget() throws IOException {
    Path mp4 = dir.resolve("old.mp4");
    Files.writeString(mp4, "previous run");
    try (Mp4Sink sink = Mp4Sink.open(mp4, 64, 48, 25)) {
      sink.accept(TestFrames.map(64, 48, 10, 0, 1));
    }
    assertEquals(1, Ffprobe.probe(mp4).frameCount());
  }

  @Test
  void closeAfterAFailedAcceptStillWritesTheGoodFrames() throws IOException {
    Path mp4 = dir.resolve("partial.mp4");
    try (Mp4Sink sink = Mp4Sink.open(mp4, 64, 48, 25)) {
      sink.accept(TestFrames.map(64, 48, 10, 0, 1));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> sink.accept(new BufferedImage(32, 48, BufferedImage.TYPE_INT_RGB)));
      assertTrue(e.getMessage().contains("32x48") && e.getMessage().contains("64x48"), e.getMessage());
      sink.accept(TestFrames.map(64, 48, 10, 1, 1));
    }
    assertEquals(2, Ffprobe.probe(mp4).frameCount());
  }

  @Test
  void exceptionInTryWithResourcesAbortsWhenCallerAborts() throws IOException {
    // The CLI's pattern: abort in the catch, then close runs from try-with-resources and is a no-op.
    Path mp4 = dir.resolve("failed.mp4");
    assertThrows(IllegalStateException.class, () -> {
      try (Mp4Sink sink = Mp4Sink.open(mp4, 64, 48, 25)) {
        try {
          sink.accept(TestFrames.map(64, 48, 10, 0, 1));
          throw new IllegalStateException("renderer crashed");
        } catch (RuntimeException e) {
          sink.abort();
          throw e;
        }
      }
    });
    assertEquals(List.of(), listDir());
  }

  @Test
  void closeWithoutFramesSavesNothingAndSaysSo() throws IOException {
    Path mp4 = dir.resolve("empty.mp4");
    Mp4Sink sink = Mp4Sink.open(mp4, 64, 48, 25);
    IllegalStateException e = assertThrows(IllegalStateException.class, sink::close);
    assertTrue(e.getMessage().contains("No frames"), e.getMessage());
    assertEquals(List.of(), listDir());
  }

  @Test
  void acceptAfterCloseIsRefused() throws IOException {
    Path mp4 = dir.resolve("done.mp4");
    Mp4Sink sink = Mp4Sink.open(mp4, 64, 48, 25);
    sink.accept(TestFrames.map(64, 48, 10, 0, 1));
    sink.close();
    sink.close();
    sink.abort(); // after a successful close, abort must not delete the finished video
    assertThrows(IllegalStateException.class, () -> sink.accept(TestFrames.map(64, 48, 10, 1, 1)));
    assertTrue(Files.size(mp4) > 0);
  }

  @Test
  void oddSizeIsRejectedBeforeAnythingIsWritten() throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Mp4Sink.open(dir.resolve("odd.mp4"), 641, 360, 25));
    assertTrue(e.getMessage().contains("even") && e.getMessage().contains("641x360")
        && e.getMessage().contains("642x360"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Mp4Sink.open(dir.resolve("odd.mp4"), 640, 0, 25));
    assertThrows(IllegalArgumentException.class, () -> Mp4Sink.open(dir.resolve("odd.mp4"), 640, 360, 0));
    assertThrows(IllegalArgumentException.class, () -> Mp4Sink.open(dir.resolve("odd.mp4"), 640, 360, 25, 52));
    assertEquals(List.of(), listDir());
  }

  @Test
  void missingFolderIsAClearError() {
    Path mp4 = dir.resolve("no/such/folder/out.mp4");
    UserError e = assertThrows(UserError.class, () -> Mp4Sink.open(mp4, 64, 48, 25));
    assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains(mp4.getParent().toString()),
        e.getMessage());
  }

  @Test
  void noiseAtLowQpStillEncodes() throws IOException {
    // Pure noise at QP 0 would overflow jcodec's per-frame buffer without the rate control's valve.
    Path mp4 = dir.resolve("noise.mp4");
    try (Mp4Sink sink = Mp4Sink.open(mp4, 64, 48, 25, 0)) {
      sink.accept(TestFrames.noise(64, 48, 1));
      sink.accept(TestFrames.noise(64, 48, 2));
    }
    assertEquals(2, Ffprobe.probe(mp4).frameCount());
    assertEquals("", Ffprobe.decodeAllErrors(mp4));
  }

  private List<Path> listDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
