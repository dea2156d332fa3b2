package org.banmap.encode;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Synthetic frames that look like ours: dark sea, grey land outlines, coloured dots, a caption. */
final class TestFrames {
  private static final Color[] DOT_COLOURS = {
    new Color(0xff4d4d), new Color(0xffb84d), new Color(0x4dd2ff), new Color(0x9dff4d), new Color(0xff4dd2),
  };

  private TestFrames() {}

  /**
   * A map-like frame: {@code dots} dots whose alpha depends on {@code frameIndex}, so consecutive
   * frames differ a little (fading), as in the real video. Same seed and index, same image.
   */
  static BufferedImage map(int widthPx, int heightPx, int dots, int frameIndex, long seed) {
    BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(new Color(0x0b1a2a));
      g.fillRect(0, 0, widthPx, heightPx);
      Random land = new Random(seed);
      g.setStroke(new BasicStroke(1f));
      for (int blob = 0; blob < 6; blob++) {
        Path2D.Double shape = new Path2D.Double();
        double cx = land.nextDouble() * widthPx;
        double cy = land.nextDouble() * heightPx;
        double r = (0.08 + land.nextDouble() * 0.15) * Math.min(widthPx, heightPx);
        for (int k = 0; k < 40; k++) {
          double a = k * Math.PI * 2 / 40;
          double rr = r * (0.7 + 0.3 * land.nextDouble());
          if (k == 0) {
            shape.moveTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
          } else {
            shape.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
          }
        }
        shape.closePath();
        g.setColor(new Color(0x1e2b38));
        g.fill(shape);
        g.setColor(new Color(0x56677a));
        g.draw(shape);
      }
      Random r = new Random(seed * 31 + 7);
      double dotSize = Math.max(2, widthPx / 320.0);
      for (int i = 0; i < dots; i++) {
        double x = r.nextDouble() * widthPx;
        double y = r.nextDouble() * heightPx;
        Color c = DOT_COLOURS[r.nextInt(DOT_COLOURS.length)];
        int born = r.nextInt(100);
        int age = Math.floorMod(frameIndex - born, 100);
        int alpha = Math.max(0, 255 - age * 4);
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
        g.fill(new Ellipse2D.Double(x - dotSize / 2, y - dotSize / 2, dotSize, dotSize));
      }
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, heightPx / 30)));
      g.drawString("2024-05-01 12:00 UTC  bans: " + (1000 + frameIndex), widthPx / 40, heightPx - heightPx / 30);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Random pixels: worst case for the converter's arithmetic and the encoder's buffers. */
  static BufferedImage noise(int widthPx, int heightPx, long seed) {
    BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    Random r = new Random(seed);
    for (int y = 0; y < heightPx; y++) {
      for (int x = 0; x < widthPx; x++) {
        image.setRGB(x, y, r.nextInt(0x1000000));
      }
    }
    return image;
  }
}
