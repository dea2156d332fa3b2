package org.banmap.style;

import java.util.Optional;

/**
 * Raster styling: whole-image {@code opacity} (default 1) and an optional colour map. Channel
 * selection, contrast enhancement and shaded relief are read past (warned), not modelled.
 */
public record RasterSymbolizer(
    Optional<Expression> geometry,
    Uom uom,
    Expression opacity,
    Optional<ColorMap> colorMap,
    VendorOptions options,
    Location at)
    implements Symbolizer {}
