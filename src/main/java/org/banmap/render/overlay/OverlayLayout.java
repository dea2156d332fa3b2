package org.banmap.render.overlay;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Where the overlay's elements go in a frame of {@code width x height}, scaled with the height:
 * the margin, the two fonts (the JDK's logical "SansSerif", so nothing beyond a JRE has to be
 * installed) and the baselines of the top two lines and the bottom line. Shared by the elements so
 * they line up without knowing about each other.
 */
public final class OverlayLayout {
  private final int width;
  private final int height;
  private final int margin;
  private final Font big;
  private final Font small;
  private final FontMetrics bigMetrics;
  private final FontMetrics smallMetrics;

  private OverlayLayout(int width, int height) {
    this.width = width;
    this.height = height;
    this.margin = Math.max(4, height / 36);
    this.big = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 22));
    this.small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, height / 50));
    // Metrics under the hints the frame renderer sets, so they match what the frame draws.
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    this.bigMetrics = g.getFontMetrics(big);
    this.smallMetrics = g.getFontMetrics(small);
    g.dispose();
  }

  public static OverlayLayout forFrame(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
    }
    return new OverlayLayout(width, height);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public int margin() {
    return margin;
  }

  public Font big() {
    return big;
  }

  public Font small() {
    return small;
  }

  FontMetrics smallMetrics() {
    return smallMetrics;
  }

  /** Baseline of the first (big) line at the top left. */
  int firstLine() {
    return margin + bigMetrics.getAscent();
  }

  /** Baseline of the second (small) line, under the first. */
  int secondLine() {
    return firstLine() + bigMetrics.getDescent() + smallMetrics.getAscent() + 2;
  }

  /** Baseline of the small line along the bottom edge. */
  int bottomLine() {
    return height - margin - smallMetrics.getDescent();
  }

  /** Height of the activity strip. */
  int stripHeight() {
    return Math.max(6, height / 18);
  }

  /** Top of the activity strip, which sits above the bottom line. */
  int stripTop() {
    return height - margin - stripHeight() - smallMetrics.getHeight();
  }

  /** Width of the activity strip: the frame less the margins. */
  int stripWidth() {
    return Math.max(1, width - 2 * margin);
  }
}
