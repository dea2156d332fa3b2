package org.banmap.basemap;

import java.awt.Color;
import java.util.Objects;

/** How the basemap looks: sea, land, and the thin lines of coasts and borders. */
public record BasemapColors(Color ocean, Color land, Color border, float borderWidthPx) {
  /**
   * Night-map blues that stay out of the way: bright red and orange ban dots stand out against
   * both the sea and the slightly lighter land.
   */
  public static final BasemapColors DARK =
      new BasemapColors(new Color(0x0b1622), new Color(0x1e2b38), new Color(0x3d5064), 0.6f);

  /** Paper-map greys for reports printed or shown on a white page. */
  public static final BasemapColors LIGHT =
      new BasemapColors(new Color(0xd6e2ea), new Color(0xf5f3ee), new Color(0xa3adb6), 0.6f);

  public BasemapColors {
    Objects.requireNonNull(ocean, "ocean");
    Objects.requireNonNull(land, "land");
    Objects.requireNonNull(border, "border");
    if (!(borderWidthPx >= 0 && Float.isFinite(borderWidthPx))) {
      throw new IllegalArgumentException(
          "border width must be 0 (no borders) or a positive number of pixels, got "
              + borderWidthPx);
    }
  }
}
