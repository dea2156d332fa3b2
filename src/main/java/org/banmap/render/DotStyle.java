package org.banmap.render;

import java.awt.Color;

/**
 * How a ban is drawn until the SLD engine takes over: a solid antialiased dot with a faint halo,
 * both in one colour. Opacity falls linearly from 1 at the ban to 0 when the fade window ends.
 */
public record DotStyle(Color color, double radiusPx, double haloRadiusPx, double haloOpacity) {
  public static final Color DEFAULT_COLOR = new Color(0xff, 0x45, 0x2e);

  public DotStyle {
    if (!(radiusPx > 0) || haloRadiusPx < 0 || haloOpacity < 0 || haloOpacity > 1) {
      throw new IllegalArgumentException("bad dot style: radius " + radiusPx + ", halo " + haloRadiusPx);
    }
  }

  /** Sizes that read well at any video size: a 3 px dot at 720p, scaled with the image height. */
  public static DotStyle forImageHeight(int heightPx) {
    double radius = Math.max(1.5, heightPx / 240.0);
    return new DotStyle(DEFAULT_COLOR, radius, radius * 3, 0.18);
  }
}
