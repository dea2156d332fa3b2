package org.banmap.style;

import java.util.Optional;

/**
 * Fills then strokes polygons. A missing {@code <Fill>} paints no fill and a missing
 * {@code <Stroke>} no outline (GeoTools); an empty {@code <Fill/>} is grey #808080.
 *
 * @param displacement SE 1.1 offset of the whole polygon; (0, 0) default
 * @param perpendicularOffset SE 1.1; GeoTools buffers when |offset| > 3 px; 0 default
 */
public record PolygonSymbolizer(
    Optional<Expression> geometry,
    Uom uom,
    Optional<Fill> fill,
    Optional<Stroke> stroke,
    Displacement displacement,
    Expression perpendicularOffset,
    VendorOptions options,
    Location at)
    implements Symbolizer {}
