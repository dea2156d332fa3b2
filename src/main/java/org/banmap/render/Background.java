package org.banmap.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * What a frame is drawn on: today the basemap image drawn once per view ({@link
 * BasemapBackground}); later, map tiles composed per view. Called from several render threads at
 * once, each with its own target.
 */
public interface Background {
  /** Covers all of {@code target} (TYPE_INT_RGB, the size of {@code frame.view()}). */
  void paint(FrameContext frame, BufferedImage target);

  /** One flat colour (tests, and a map without a basemap). */
  static Background filled(Color color) {
    int rgb = color.getRGB() & 0xffffff;
    return (frame, target) -> Arrays.fill(pixels(target), rgb);
  }

  /** The pixel array of a TYPE_INT_RGB image, the only type frames use. */
  static int[] pixels(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("frames must be TYPE_INT_RGB");
    }
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }
}
