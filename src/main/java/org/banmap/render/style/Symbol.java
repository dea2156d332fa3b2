package org.banmap.render.style;

import java.awt.Graphics2D;

/**
 * A point symbol resolved for one feature: sized in pixels, coloured, and drawn centred on the
 * origin in screen axes. Placement (anchor, displacement, rotation) is a {@link SymbolPlacement}.
 * Records of equal symbols are equal, so they key the {@link PointStamper}'s sprite cache.
 */
public sealed interface Symbol permits MarkSymbol, ImageSymbol {
  /** Width of the symbol's box in pixels; the anchor point is relative to this box. */
  double width();

  /** Height in pixels: the SLD Size. */
  double height();

  /** How far paint reaches beyond the box on each side (half a stroke width), in pixels. */
  double bleed();

  /** Draws the symbol centred on (0, 0) of {@code g}'s current transform. */
  void paint(Graphics2D g);

  /** The largest alpha the symbol paints with, in [0, 1]. */
  double opacity();

  /** The same symbol with its alphas scaled so that {@link #opacity()} is 1 (or unchanged at 0). */
  Symbol atFullOpacity();
}
