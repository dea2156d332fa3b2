package org.banmap.style;

import java.util.Optional;

/**
 * Labels. Without a {@code <Label>} nothing is drawn. Defaults (see {@link StyleDefaults}): font
 * Serif 10 px, black fill, no halo unless {@code <Halo>} is present (then radius 1, white),
 * priority 1000, point placement anchored at (0, 0.5).
 *
 * @param graphic a shield drawn behind the label (GeoServer extension); optional
 * @param options e.g. {@code group}, {@code followLine}, {@code spaceAround}, {@code autoWrap}
 */
public record TextSymbolizer(
    Optional<Expression> geometry,
    Uom uom,
    Optional<Expression> label,
    Font font,
    LabelPlacement placement,
    Optional<Halo> halo,
    Fill fill,
    Expression priority,
    Optional<Graphic> graphic,
    VendorOptions options,
    Location at)
    implements Symbolizer {}
