package org.banmap.render.overlay;

import java.awt.Graphics2D;
import org.banmap.render.FrameContext;
import org.banmap.render.OverlayElement;

/** The data credits the licences ask for, at the bottom right. */
public final class Attribution implements OverlayElement {
  private final String text;
  private final OverlayLayout layout;
  private final OverlayTheme theme;

  public Attribution(String text, OverlayLayout layout, OverlayTheme theme) {
    this.text = text;
    this.layout = layout;
    this.theme = theme;
  }

  @Override
  public void paint(Graphics2D g, FrameContext frame) {
    g.setFont(layout.small());
    int x = layout.width() - layout.margin() - layout.smallMetrics().stringWidth(text);
    ShadowedText.draw(g, theme, text, x, layout.bottomLine(), theme.secondary());
  }
}
