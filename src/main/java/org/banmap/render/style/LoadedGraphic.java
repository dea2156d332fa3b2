package org.banmap.render.style;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** A decoded external graphic: a bitmap or an SVG document, drawable at any size. */
public sealed interface LoadedGraphic {
  double nativeWidth();

  double nativeHeight();

  /** Draws the graphic into the box at ({@code x}, {@code y}) of {@code w x h} pixels. */
  void paint(Graphics2D g, double x, double y, double w, double h);

  /** A bitmap from ImageIO (PNG, JPEG, GIF). */
  record Bitmap(BufferedImage image) implements LoadedGraphic {
    @Override
    public double nativeWidth() {
      return image.getWidth();
    }

    @Override
    public double nativeHeight() {
      return image.getHeight();
    }

    @Override
    public void paint(Graphics2D g, double x, double y, double w, double h) {
      Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      AffineTransform t = AffineTransform.getTranslateInstance(x, y);
      t.scale(w / image.getWidth(), h / image.getHeight());
      g.drawImage(image, t, null);
      if (old != null) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
      }
    }
  }

  /** An SVG document rendered by jsvg. */
  record Svg(SVGDocument document) implements LoadedGraphic {
    @Override
    public double nativeWidth() {
      FloatSize s = document.size();
      return s.width;
    }

    @Override
    public double nativeHeight() {
      return document.size().height;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, double w, double h) {
      Graphics2D g2 = (Graphics2D) g.create();
      try {
        g2.translate(x, y);
        g2.scale(w / nativeWidth(), h / nativeHeight());
        document.render(null, g2, new ViewBox(0, 0, (float) nativeWidth(), (float) nativeHeight()));
      } finally {
        g2.dispose();
      }
    }
  }
}
