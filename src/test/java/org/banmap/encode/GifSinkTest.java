package org.banmap.encode;

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
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.banmap.testing.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GifSinkTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} fps keeps every {2}th frame at most {1} fps")
  @CsvSource({"30, 12, 3", "24, 12, 2", "25, 12, 3", "12, 12, 1", "10, 12, 1", "60, 12, 5", "1, 12, 1"})
  void keepsEvenlySpacedFrames(int fps, int maxFps, int stride) {
    assertEquals(stride, GifSink.strideFor(fps, maxFps));
  }

  @Test
  void shrinksSkipsLoopsAndLastsAsLongAsTheVideo() throws IOException {
    Path gif = dir.resolve("map.gif");
    int frames = 61;
    int fps = 30;
    try (GifSink sink = GifSink.open(gif, 1280, 720, fps)) {
      assertEquals(640, sink.outWidthPx());
      assertEquals(360, sink.outHeightPx());
      // Drawing 1280x720 frames is most of this test's cost: draw a new one every 5th frame only
      // (5 is not the stride of 3, so kept frames are a mix of new and repeated ones).
      BufferedImage frame = null;
      for (int i = 0; i < frames; i++) {
        if (i % 5 == 0) {
          frame = TestFrames.map(1280, 720, 300, i, 3);
        }
        sink.accept(frame);
      }
    }
    int kept = 21; // frames 0, 3, ..., 60

    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(kept, reader.getNumImages(true));
      int delaySum = 0;
      for (int k = 0; k < kept; k++) {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
        delaySum += Integer.parseInt(control.getAttribute("delayTime"));
        if (k == 0) {
          IIOMetadataNode loop = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
          assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
          byte[] data = (byte[]) loop.getUserObject();
          assertEquals(0, (data[1] & 0xFF) | (data[2] & 0xFF) << 8, "loop count 0 = forever");
          assertEquals(640, reader.getWidth(0));
          assertEquals(360, reader.getHeight(0));
        }
      }
      // 61 frames at 30 fps last 2.033 s: 203 hundredths, to the hundredth.
      assertEquals(203, delaySum);
    }

    Ffprobe.VideoInfo info = Ffprobe.probe(gif);
    assertEquals("gif", info.codec());
    assertEquals(640, info.width());
    assertEquals(360, info.height());
    assertEquals(kept, info.frameCount());
    assertEquals(frames / (double) fps, info.formatDurationSeconds(), 1.0 / fps, "duration within a frame");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(gif), files.toList(), "no temp files left");
    }
  }

  @Test
  void decodedFramesMatchTheShrunkSource() throws IOException {
    // Every pixel in every frame is in the palette's histogram, and deltas composite back exactly.
    Path gif = dir.resolve("map.gif");
    try (GifSink sink = GifSink.open(gif, 640, 360, 10)) {
      for (int i = 0; i < 12; i++) {
        sink.accept(TestFrames.map(640, 360, 400, i * 7, 5));
      }
    }
    int[] checked = {0, 5, 11};
    List<BufferedImage> decoded = Ffprobe.decodeFrames(gif, 640, 360, checked).images();
    for (int i = 0; i < checked.length; i++) {
      int k = checked[i];
      double psnr = Ffprobe.psnr(TestFrames.map(640, 360, 400, k * 7, 5), decoded.get(i));
      assertTrue(psnr > 30, "frame " + k + ": PSNR " + psnr + " dB");
    }
  }

  @Test
  void areaScalingKeepsTheMeanOfEachBlock() {
    int[] src = {0xFF0000, 0x000000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0xFFFFFF, 0x000000, 0x000000};
    int[] dst = new int[2];
    new AreaScaler(4, 2, 2, 1).scale(src, dst);
    // red + black + white + white over 4: (191, 127.5, 127.5), rounded
    assertEquals(0xbf8080, dst[0], Integer.toHexString(dst[0]));
    // green + blue + black + black over 4
    assertEquals(0x004040, dst[1], Integer.toHexString(dst[1]));
  }

  @Test
  void abortLeavesNothing() throws IOException {
    Path gif = dir.resolve("gone.gif");
    GifSink sink = GifSink.open(gif, 64, 48, 10);
    sink.accept(TestFrames.map(64, 48, 5, 0, 1));
    sink.abort();
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
    assertThrows(IllegalStateException.class, () -> sink.accept(TestFrames.map(64, 48, 5, 1, 1)));
  }

  @Test
  void paletteKeepsRareDotColoursApartFromTheSea() {
    // 99% dark sea, a few pixels of a red ramp: each ramp step must still get a near colour.
    int[] px = new int[100_000];
    java.util.Arrays.fill(px, 0x0b1a2a);
    int[] ramp = new int[40];
    for (int i = 0; i < ramp.length; i++) {
      int a = 255 * (i + 1) / ramp.length;
      ramp[i] = blend(0xff452e, 0x0b1a2a, a);
      for (int k = 0; k < 20; k++) {
        px[i * 20 + k] = ramp[i];
      }
    }
    GifPalette.Histogram histogram = new GifPalette.Histogram();
    histogram.add(px, px.length);
    GifPalette palette = GifPalette.of(histogram, 255);
    int[] colours = palette.colours();
    assertEquals(0x0b1a2a, colours[palette.index(0x0b1a2a)]);
    for (int c : ramp) {
      int got = colours[palette.index(c)];
      for (int shift = 0; shift <= 16; shift += 8) {
        assertEquals((c >> shift) & 0xFF, (got >> shift) & 0xFF, 4, Integer.toHexString(c) + " -> " + Integer.toHexString(got));
      }
    }
  }

  private static int blend(int fg, int bg, int alpha) {
    int r = (((fg >> 16) & 0xFF) * alpha + ((bg >> 16) & 0xFF) * (255 - alpha)) / 255;
    int g = (((fg >> 8) & 0xFF) * alpha + ((bg >> 8) & 0xFF) * (255 - alpha)) / 255;
    int b = ((fg & 0xFF) * alpha + (bg & 0xFF) * (255 - alpha)) / 255;
    return r << 16 | g << 8 | b;
  }
}
