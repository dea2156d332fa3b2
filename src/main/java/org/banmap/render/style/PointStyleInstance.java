package org.banmap.render.style;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/** One point symbol of one feature, ready to draw: what to draw and where relative to the point. */
public record PointStyleInstance(Symbol symbol, SymbolPlacement placement) {
  /** Draws through Java2D at screen ({@code x}, {@code y}): the exact path the stamper approximates. */
  public void paint(Graphics2D g, double x, double y) {
    AffineTransform old = g.getTransform();
    g.transform(placement.transform(x, y, symbol.width(), symbol.height()));
    symbol.paint(g);
    g.setTransform(old);
  }
}
