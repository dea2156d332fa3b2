package org.banmap.style;

import java.util.Optional;

/**
 * Strokes lines (and polygon outlines). No {@code <Stroke>} element means nothing is painted.
 *
 * @param perpendicularOffset pixels (or uom units) to the left of the line direction; 0 default
 */
public record LineSymbolizer(
    Optional<Expression> geometry,
    Uom uom,
    Optional<Stroke> stroke,
    Expression perpendicularOffset,
    VendorOptions options,
    Location at)
    implements Symbolizer {}
