package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Yuv420ConverterTest {
  /** Converted planes with samples back in 0..255 (the converter stores value - 128). */
  private record Planes(int[] y, int[] cb, int[] cr) {}

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1, 1", "2, 2", "6, 4", "7, 5", "5, 6", "64, 48", "333, 17"})
  void matchesTheFormulaWithinOne(int width, int height) {
    for (long seed = 1; seed <= 5; seed++) {
      BufferedImage image = TestFrames.noise(width, height, seed);
      assertWithinOne(reference(image), convert(image), width + "x" + height + " seed " + seed);
    }
  }

  @Test
  void matchesTheFormulaOnAMapFrame() {
    BufferedImage image = TestFrames.map(320, 180, 500, 10, 4);
    assertWithinOne(reference(image), convert(image), "map frame");
  }

  @Test
  void blackWhiteAndGreyHitTheLimitedRangeEnds() {
    Planes black = convert(solid(0x000000));
    assertArrayEquals(new int[] {16, 16, 16, 16}, black.y());
    assertArrayEquals(new int[] {128}, black.cb());
    assertArrayEquals(new int[] {128}, black.cr());
    Planes white = convert(solid(0xFFFFFF));
    assertArrayEquals(new int[] {235, 235, 235, 235}, white.y());
    assertArrayEquals(new int[] {128}, white.cb());
    assertArrayEquals(new int[] {128}, white.cr());
    Planes grey = convert(solid(0x808080));
    assertEquals(128, grey.cb()[0]);
    assertEquals(128, grey.cr()[0]);
    // Pure blue and red reach the chroma extremes (240).
    assertEquals(240, convert(solid(0x0000FF)).cb()[0]);
    assertEquals(240, convert(solid(0xFF0000)).cr()[0]);
  }

  @Test
  void chromaIsTheAverageOfItsBlock() {
    // Left column red, right column blue: the single chroma sample is that of the mean (purple).
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFF0000);
    image.setRGB(0, 1, 0xFF0000);
    image.setRGB(1, 0, 0x0000FF);
    image.setRGB(1, 1, 0x0000FF);
    Planes planes = convert(image);
    assertEquals(Math.round(128 + (-37.797 * 127.5 + 112 * 127.5) / 255), planes.cb()[0]);
    assertEquals(Math.round(128 + (112 * 127.5 - 18.214 * 127.5) / 255), planes.cr()[0]);
  }

  @Test
  void readsSubimagesAndArgbAtTheRightOffset() {
    BufferedImage big = TestFrames.noise(40, 30, 9);
    BufferedImage sub = big.getSubimage(5, 3, 16, 12);
    assertWithinOne(reference(sub), convert(sub), "subimage");

    BufferedImage argb = new BufferedImage(16, 12, BufferedImage.TYPE_INT_ARGB);
    argb.getGraphics().drawImage(sub, 0, 0, null);
    assertWithinOne(reference(sub), convert(argb), "ARGB");
  }

  @Test
  void otherPixelLayoutsAreRejectedWithTheFix() {
    BufferedImage bgr = new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> convert(bgr));
    assertTrue(e.getMessage().contains("TYPE_INT_RGB"), e.getMessage());
  }

  private static BufferedImage solid(int rgb) {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 2; x++) {
        image.setRGB(x, y, rgb);
      }
    }
    return image;
  }

  private static Planes convert(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int chroma = Yuv420Converter.chromaWidth(w) * Yuv420Converter.chromaHeight(h);
    byte[] y = new byte[w * h];
    byte[] cb = new byte[chroma];
    byte[] cr = new byte[chroma];
    Yuv420Converter.convert(image, y, cb, cr);
    return new Planes(unsigned(y), unsigned(cb), unsigned(cr));
  }

  private static int[] unsigned(byte[] stored) {
    int[] values = new int[stored.length];
    for (int i = 0; i < stored.length; i++) {
      values[i] = stored[i] + 128;
    }
    return values;
  }

  /** The textbook BT.601 limited-range formulas in doubles, chroma from the block's mean RGB. */
  private static Planes reference(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int cw = (w + 1) / 2;
    int ch = (h + 1) / 2;
    int[] y = new int[w * h];
    double[] sumR = new double[cw * ch];
    double[] sumG = new double[cw * ch];
    double[] sumB = new double[cw * ch];
    int[] count = new int[cw * ch];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        int p = image.getRGB(col, row);
        double r = (p >> 16) & 0xFF;
        double g = (p >> 8) & 0xFF;
        double b = p & 0xFF;
        y[row * w + col] = (int) Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
        int c = (row / 2) * cw + col / 2;
        sumR[c] += r;
        sumG[c] += g;
        sumB[c] += b;
        count[c]++;
      }
    }
    int[] cb = new int[cw * ch];
    int[] cr = new int[cw * ch];
    for (int c = 0; c < cb.length; c++) {
      double r = sumR[c] / count[c];
      double g = sumG[c] / count[c];
      double b = sumB[c] / count[c];
      cb[c] = (int) Math.round(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255);
      cr[c] = (int) Math.round(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255);
    }
    return new Planes(y, cb, cr);
  }

  private static void assertWithinOne(Planes expected, Planes actual, String what) {
    assertClose(expected.y(), actual.y(), what + " Y");
    assertClose(expected.cb(), actual.cb(), what + " Cb");
    assertClose(expected.cr(), actual.cr(), what + " Cr");
  }

  private static void assertClose(int[] expected, int[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " plane size");
    for (int i = 0; i < expected.length; i++) {
      if (Math.abs(expected[i] - actual[i]) > 1) {
        fail(what + "[" + i + "]: expected " + expected[i] + " ±1, got " + actual[i]);
      }
    }
  }
}
