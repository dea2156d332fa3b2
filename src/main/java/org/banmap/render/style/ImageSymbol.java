package org.banmap.render.style;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;

/** An external graphic drawn at {@code width x height} pixels with the Graphic's Opacity. */
public record ImageSymbol(LoadedGraphic graphic, double width, double height, double opacity) implements Symbol {
  public ImageSymbol {
    if (!(width >= 0 && height >= 0 && opacity >= 0 && opacity <= 1)) {
      throw new IllegalArgumentException("bad image symbol " + width + "x" + height + " opacity " + opacity);
    }
  }

  /** The graphic at {@code heightPx} tall keeping its aspect, or at its native size when NaN. */
  public static ImageSymbol of(LoadedGraphic graphic, double heightPx, double opacity) {
    if (Double.isNaN(heightPx)) {
      return new ImageSymbol(graphic, graphic.nativeWidth(), graphic.nativeHeight(), opacity);
    }
    double w = graphic.nativeHeight() > 0 ? heightPx * graphic.nativeWidth() / graphic.nativeHeight() : heightPx;
    return new ImageSymbol(graphic, w, heightPx, opacity);
  }

  @Override
  public double bleed() {
    return 0;
  }

  @Override
  public void paint(Graphics2D g) {
    Composite old = g.getComposite();
    if (opacity < 1) {
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
    }
    graphic.paint(g, -width / 2, -height / 2, width, height);
    g.setComposite(old);
  }

  @Override
  public ImageSymbol atFullOpacity() {
    return opacity == 0 ? this : new ImageSymbol(graphic, width, height, 1);
  }
}
