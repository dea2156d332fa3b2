package org.banmap.render.style;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A symbol rasterised once into premultiplied ARGB pixels. {@code originX/Y} is the pixel whose
 * top-left corner is the symbol's point (the point itself sits a sub-pixel phase further right and
 * down, baked into the pixels).
 */
record Sprite(int[] argbPre, int width, int height, int originX, int originY) {
  static final Sprite EMPTY = new Sprite(new int[0], 0, 0, 0, 0);

  /** Rasterises {@code symbol} placed at point (phaseX, phaseY) inside pixel (0, 0). */
  static Sprite of(Symbol symbol, SymbolPlacement placement, double phaseX, double phaseY) {
    AffineTransform t = placement.transform(phaseX, phaseY, symbol.width(), symbol.height());
    double reach = Math.max(symbol.width(), symbol.height()) / 2 + symbol.bleed() + 1;
    Rectangle2D box = t.createTransformedShape(
        new Rectangle2D.Double(-reach, -reach, 2 * reach, 2 * reach)).getBounds2D();
    int x0 = (int) Math.floor(box.getMinX());
    int y0 = (int) Math.floor(box.getMinY());
    int w = (int) Math.ceil(box.getMaxX()) - x0;
    int h = (int) Math.ceil(box.getMaxY()) - y0;
    if (w <= 0 || h <= 0 || w > 4096 || h > 4096) {
      return EMPTY;
    }
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    try {
      StylePainterHints.apply(g);
      g.translate(-x0, -y0);
      g.transform(t);
      symbol.paint(g);
    } finally {
      g.dispose();
    }
    return new Sprite(((DataBufferInt) img.getRaster().getDataBuffer()).getData(), w, h, -x0, -y0);
  }
}
