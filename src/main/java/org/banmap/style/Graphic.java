package org.banmap.style;

import java.util.List;
import java.util.Optional;

/**
 * A point symbol. {@code symbols} are alternatives in document order: the first ExternalGraphic
 * that loads wins, and a Mark always ends the chain.
 *
 * @param size the height in pixels (or uom); empty means the default: 16 for a Mark, the native
 *     size for an ExternalGraphic, 6 for the grey fallback square ({@link StyleDefaults})
 * @param opacity 1 by default; GeoTools applies it to external graphics only
 * @param rotation degrees clockwise about the anchor; 0 by default
 * @param anchor y-up fraction of the symbol, (0.5, 0.5) by default
 * @param displacement pixels; for point graphics +Y moves the symbol down (GeoTools)
 */
public record Graphic(
    List<GraphicSymbol> symbols,
    Optional<Expression> size,
    Expression opacity,
    Expression rotation,
    AnchorPoint anchor,
    Displacement displacement) {
  public Graphic {
    symbols = List.copyOf(symbols);
  }
}
