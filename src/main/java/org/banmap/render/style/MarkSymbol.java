package org.banmap.render.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * A well-known mark at {@code size} pixels tall. Fill and stroke carry their own opacity in the
 * colours' alpha and are composited separately (a half-transparent fill shows under its stroke),
 * as GeoTools does. Either may be null: that part is not painted. Open marks never fill.
 */
public record MarkSymbol(MarkShape mark, double size, Color fill, Color strokeColor, BasicStroke stroke)
    implements Symbol {
  public MarkSymbol {
    if (!(size >= 0)) {
      throw new IllegalArgumentException("mark size must be >= 0, got " + size);
    }
    if (mark.open()) {
      fill = null;
    }
    if (stroke == null) {
      strokeColor = null;
    }
  }

  /** The mark's outline scaled to size and centred on the origin. */
  public Shape outline() {
    return AffineTransform.getScaleInstance(size, size).createTransformedShape(mark.unitShape());
  }

  @Override
  public double width() {
    Rectangle2D b = mark.unitShape().getBounds2D();
    return Math.max(b.getWidth(), mark.open() ? 1 : 0) * size;
  }

  @Override
  public double height() {
    return size;
  }

  @Override
  public double bleed() {
    return strokeColor == null ? 0 : stroke.getLineWidth() / 2 + (stroke.getLineJoin() == BasicStroke.JOIN_MITER
        ? stroke.getLineWidth() * Math.min(stroke.getMiterLimit(), 4) / 2 : 0);
  }

  @Override
  public void paint(Graphics2D g) {
    if (mark.isDot()) {
      // GeoTools' dot is a vanishing circle: all that shows is its stroke, a disc one width across.
      if (strokeColor != null && strokeColor.getAlpha() > 0) {
        double d = stroke.getLineWidth();
        g.setColor(strokeColor);
        g.fill(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
      }
      return;
    }
    Shape s = outline();
    if (fill != null && fill.getAlpha() > 0) {
      g.setColor(fill);
      g.fill(s);
    }
    if (strokeColor != null && strokeColor.getAlpha() > 0) {
      g.setColor(strokeColor);
      g.setStroke(stroke);
      g.draw(s);
    }
  }

  @Override
  public double opacity() {
    int a = Math.max(fill == null ? 0 : fill.getAlpha(), strokeColor == null ? 0 : strokeColor.getAlpha());
    return a / 255.0;
  }

  @Override
  public MarkSymbol atFullOpacity() {
    double k = opacity();
    if (k == 0 || k == 1) {
      return this;
    }
    return new MarkSymbol(mark, size, scaleAlpha(fill, k), scaleAlpha(strokeColor, k), stroke);
  }

  private static Color scaleAlpha(Color c, double k) {
    return c == null ? null : new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(Math.min(255, c.getAlpha() / k)));
  }
}
