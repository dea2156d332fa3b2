package org.banmap.render.overlay;

import java.awt.Color;
import java.awt.Graphics2D;

/** Text with a one-pixel drop shadow, readable over any part of the map. */
final class ShadowedText {
  private ShadowedText() {}

  static void draw(Graphics2D g, OverlayTheme theme, String text, int x, int y, Color color) {
    g.setColor(theme.shadow());
    g.drawString(text, x + 1, y + 1);
    g.setColor(color);
    g.drawString(text, x, y);
  }
}
