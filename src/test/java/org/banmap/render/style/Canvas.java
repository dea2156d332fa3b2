package org.banmap.render.style;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Test canvases: an opaque RGB image on a known background, and where paint landed on it. */
final class Canvas {
  static final int BACKGROUND = 0xffffff;

  private Canvas() {}

  static BufferedImage blank(int w, int h) {
    return blank(w, h, BACKGROUND);
  }

  static BufferedImage blank(int w, int h, int rgb) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(rgb));
    g.fillRect(0, 0, w, h);
    g.dispose();
    return img;
  }

  static Graphics2D graphics(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    StylePainterHints.apply(g);
    return g;
  }

  static int[] pixels(BufferedImage img) {
    return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
  }

  /** Bounding box of pixels differing from the background by more than {@code threshold} per channel. */
  static Rectangle inked(BufferedImage img, int threshold) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (org.banmap.testing.Golden.channelDistance(img.getRGB(x, y), BACKGROUND) > threshold) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return maxX < 0 ? new Rectangle() : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
  }

  /** Centre of ink weighted by darkness, as {x, y} in pixel-centre coordinates. */
  static double[] centroid(BufferedImage img) {
    double sx = 0;
    double sy = 0;
    double sw = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        double w = org.banmap.testing.Golden.channelDistance(img.getRGB(x, y), BACKGROUND);
        sx += w * (x + 0.5);
        sy += w * (y + 0.5);
        sw += w;
      }
    }
    return new double[] {sx / sw, sy / sw};
  }
}
