package org.banmap.render.overlay;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.banmap.render.FrameContext;
import org.banmap.render.OverlayElement;
import org.banmap.timeline.ActivityHistogram;

/**
 * Bans over the whole video as bars along the bottom (square-root scaled, so quiet days still
 * show next to a burst), with a cursor at the frame's time. The bars are drawn once.
 */
public final class ActivityStrip implements OverlayElement {
  private final OverlayLayout layout;
  private final OverlayTheme theme;
  private final BufferedImage bars;

  /** {@code histogram} should have {@link OverlayLayout#stripWidth()} columns (one per pixel); others are stretched. */
  public ActivityStrip(ActivityHistogram histogram, OverlayLayout layout, OverlayTheme theme) {
    this.layout = layout;
    this.theme = theme;
    this.bars = bars(histogram, layout.stripWidth(), layout.stripHeight(), theme.activity().getRGB());
  }

  /** How many columns the strip of this layout has: build its histogram with as many. */
  public static int columns(OverlayLayout layout) {
    return layout.stripWidth();
  }

  private static BufferedImage bars(ActivityHistogram histogram, int width, int height, int argb) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    for (int x = 0; x < width; x++) {
      int c = (int) ((long) x * histogram.columns() / width);
      double level = histogram.max() == 0 ? 0 : Math.sqrt(histogram.count(c) / (double) histogram.max());
      int bar = (int) Math.round(level * height);
      for (int y = height - bar; y < height; y++) {
        img.setRGB(x, y, argb);
      }
    }
    return img;
  }

  @Override
  public void paint(Graphics2D g, FrameContext frame) {
    int top = layout.stripTop();
    g.setComposite(AlphaComposite.SrcOver);
    g.drawImage(bars, layout.margin(), top, null);
    int cursor = layout.margin() + (int) Math.round(frame.progress() * (bars.getWidth() - 1));
    g.setColor(theme.primary());
    g.fillRect(cursor, top - 2, Math.max(1, layout.height() / 360), layout.stripHeight() + 2);
  }
}
