package org.banmap.render.style;

import java.awt.geom.AffineTransform;

/**
 * Where a point symbol goes relative to its point, in GeoTools' conventions: the anchor is y-up
 * ((0, 0) is the symbol's bottom-left, (0.5, 0.5) its centre), the displacement is in screen pixels
 * with +Y moving the symbol <em>down</em> and is not rotated, and the rotation is clockwise degrees
 * about the anchor.
 */
public record SymbolPlacement(double anchorX, double anchorY, double displaceX, double displaceY, double rotation) {
  public static final SymbolPlacement CENTRED = new SymbolPlacement(0.5, 0.5, 0, 0, 0);

  /** Maps symbol space (centred on the origin, as {@link Symbol#paint} draws) to the screen. */
  public AffineTransform transform(double x, double y, double symbolWidth, double symbolHeight) {
    AffineTransform t = AffineTransform.getTranslateInstance(x + displaceX, y + displaceY);
    if (rotation != 0) {
      t.rotate(Math.toRadians(rotation));
    }
    t.translate((0.5 - anchorX) * symbolWidth, (anchorY - 0.5) * symbolHeight);
    return t;
  }

  public SymbolPlacement withRotation(double degrees) {
    return new SymbolPlacement(anchorX, anchorY, displaceX, displaceY, degrees);
  }
}
