package org.banmap.style;

import java.util.Optional;

/**
 * An area paint: solid {@code color} at {@code opacity} (defaults #808080 and 1), or tiles of
 * {@code graphicFill} when present (then colour is ignored, as in GeoTools).
 */
public record Fill(Expression color, Expression opacity, Optional<Graphic> graphicFill) {}
