package org.banmap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Golden-image comparison. Goldens live in {@code src/test/resources/golden/<name>.png}. A pixel
 * differs when any channel differs by more than {@link #CHANNEL_TOLERANCE}; the image matches when
 * at most {@link #PIXEL_FRACTION} of pixels differ. On failure the actual image and a diff image are
 * written to {@code target/golden/}. Run with {@code -Dgolden.update=true} to (re)write goldens.
 */
public final class Golden {
  public static final int CHANNEL_TOLERANCE = 2;
  public static final double PIXEL_FRACTION = 0.001;

  private Golden() {}

  public static void assertMatches(String name, BufferedImage actual) {
    Path golden = Path.of("src/test/resources/golden", name + ".png");
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        ImageIO.write(actual, "png", golden.toFile());
        return;
      }
      if (!Files.exists(golden)) {
        writeActual(name, actual, null);
        fail("no golden image " + golden + "; run with -Dgolden.update=true to create it");
      }
      BufferedImage expected = ImageIO.read(golden.toFile());
      assertEquals(expected.getWidth() + "x" + expected.getHeight(),
          actual.getWidth() + "x" + actual.getHeight(), "golden " + name + " size");
      BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
      long differing = 0;
      int worst = 0;
      for (int y = 0; y < actual.getHeight(); y++) {
        for (int x = 0; x < actual.getWidth(); x++) {
          int d = channelDistance(expected.getRGB(x, y), actual.getRGB(x, y));
          worst = Math.max(worst, d);
          if (d > CHANNEL_TOLERANCE) {
            differing++;
            diff.setRGB(x, y, 0xff0000);
          } else {
            diff.setRGB(x, y, (actual.getRGB(x, y) & 0xfefefe) >> 1);
          }
        }
      }
      long allowed = (long) Math.floor(PIXEL_FRACTION * actual.getWidth() * actual.getHeight());
      if (differing > allowed) {
        writeActual(name, actual, diff);
        fail(String.format("golden %s: %d pixels differ (allowed %d, worst channel delta %d); see target/golden/%s.actual.png and .diff.png",
            name, differing, allowed, worst, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Largest absolute difference over the R, G, B channels. */
  public static int channelDistance(int rgbA, int rgbB) {
    int d = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      d = Math.max(d, Math.abs(((rgbA >> shift) & 0xff) - ((rgbB >> shift) & 0xff)));
    }
    return d;
  }

  private static void writeActual(String name, BufferedImage actual, BufferedImage diff) throws IOException {
    Path dir = Path.of("target/golden");
    Files.createDirectories(dir);
    ImageIO.write(actual, "png", dir.resolve(name + ".actual.png").toFile());
    if (diff != null) {
      ImageIO.write(diff, "png", dir.resolve(name + ".diff.png").toFile());
    }
  }
}
