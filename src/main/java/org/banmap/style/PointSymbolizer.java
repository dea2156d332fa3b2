package org.banmap.style;

import java.util.Optional;

/** Draws {@code graphic} at each point (centroid/interior point of lines and polygons). */
public record PointSymbolizer(
    Optional<Expression> geometry, Uom uom, Graphic graphic, VendorOptions options, Location at)
    implements Symbolizer {}
