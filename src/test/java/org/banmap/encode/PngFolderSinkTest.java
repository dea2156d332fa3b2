package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.banmap.report.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFolderSinkTest {
  @TempDir Path dir;

  @Test
  void writesNumberedLosslessFrames() throws IOException {
    Path frames = dir.resolve("frames");
    try (PngFolderSink sink = PngFolderSink.open(frames, 160, 90)) {
      for (int i = 0; i < 25; i++) {
        sink.accept(TestFrames.map(160, 90, 30, i, 2));
        assertTrue(!Files.exists(frames), "nothing at the target before close");
      }
    }
    try (Stream<Path> files = Files.list(frames)) {
      assertEquals(25, files.count());
    }
    for (int i = 0; i < 25; i++) {
      BufferedImage png = ImageIO.read(frames.resolve(String.format("frame-%05d.png", i)).toFile());
      BufferedImage expected = TestFrames.map(160, 90, 30, i, 2);
      assertArrayEquals(expected.getRGB(0, 0, 160, 90, null, 0, 160), png.getRGB(0, 0, 160, 90, null, 0, 160), "frame " + i);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(frames), files.toList(), "no temp folder left");
    }
  }

  @Test
  void anEmptyFolderIsFilledAndANonEmptyOneRefused() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    try (PngFolderSink sink = PngFolderSink.open(empty, 32, 32)) {
      sink.accept(TestFrames.map(32, 32, 3, 0, 1));
    }
    assertTrue(Files.isRegularFile(empty.resolve("frame-00000.png")));
    UserError e = assertThrows(UserError.class, () -> PngFolderSink.open(empty, 32, 32));
    assertTrue(e.getMessage().contains("exists"), e.getMessage());
  }

  @Test
  void abortLeavesNothingAndPutsBackTheEmptyFolder() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("out"));
    PngFolderSink sink = PngFolderSink.open(empty, 32, 32);
    sink.accept(TestFrames.map(32, 32, 3, 0, 1));
    sink.abort();
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(empty), files.toList());
    }
    try (Stream<Path> files = Files.list(empty)) {
      assertEquals(0, files.count());
    }
  }
}
