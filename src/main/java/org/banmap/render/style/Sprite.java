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
    return cropped(((DataBufferInt) img.getRaster().getDataBuffer()).getData(), w, h, -x0, -y0);
  }

  /** The sprite trimmed to its painted pixels, so stamping never walks empty margins. */
  private static Sprite cropped(int[] px, int w, int h, int originX, int originY) {
    int minX = w;
    int minY = h;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (px[y * w + x] != 0) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    if (maxX < 0) {
      return EMPTY;
    }
    int cw = maxX - minX + 1;
    int ch = maxY - minY + 1;
    int[] out = new int[cw * ch];
    for (int y = 0; y < ch; y++) {
      System.arraycopy(px, (y + minY) * w + minX, out, y * cw, cw);
    }
    return new Sprite(out, cw, ch, originX - minX, originY - minY);
  }
}
