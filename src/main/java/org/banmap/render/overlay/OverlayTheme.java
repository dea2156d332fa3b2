package org.banmap.render.overlay;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * The overlay's colours: {@code primary} for the clock and the strip cursor, {@code secondary}
 * for smaller text, {@code shadow} behind all text, {@code activity} for the strip's bars. Pick
 * one to match the background ({@link #forBackdrop}) or give your own.
 */
public record OverlayTheme(Color primary, Color secondary, Color shadow, Color activity) {
  /** Light text with a dark shadow, for a dark map. */
  public static final OverlayTheme ON_DARK = new OverlayTheme(Color.WHITE, new Color(0xdddddd),
      new Color(0, 0, 0, 170), new Color(0xff, 0x6a, 0x4d, 0x99));
  /** Dark text with a light shadow, for a light map. */
  public static final OverlayTheme ON_LIGHT = new OverlayTheme(new Color(0x111111), new Color(0x333333),
      new Color(255, 255, 255, 190), new Color(0xff, 0x6a, 0x4d, 0x99));

  public OverlayTheme {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(secondary, "secondary");
    Objects.requireNonNull(shadow, "shadow");
    Objects.requireNonNull(activity, "activity");
  }

  /** {@link #ON_DARK} over a background whose mean luma (sampled on a grid) is below the middle, else {@link #ON_LIGHT}. */
  public static OverlayTheme forBackdrop(BufferedImage background) {
    return isDark(background) ? ON_DARK : ON_LIGHT;
  }

  static boolean isDark(BufferedImage image) {
    int w = image.getWidth();
    int pixels = w * image.getHeight();
    long sum = 0;
    int n = 0;
    // Every 97th pixel: a step prime to common widths, so the samples do not line up in columns.
    for (int i = 0; i < pixels; i += 97) {
      int p = image.getRGB(i % w, i / w);
      sum += (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
      n++;
    }
    return n == 0 || sum / n < 128;
  }
}
