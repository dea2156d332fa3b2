package org.banmap.style;

import java.util.Optional;

/**
 * A line paint. Defaults (an empty {@code <Stroke/>}): black, width 1, opacity 1, join
 * {@code miter}, cap {@code butt}, no dashes, offset 0.
 *
 * @param lineJoin evaluates to {@code miter}, {@code round} or {@code bevel}
 * @param lineCap evaluates to {@code butt}, {@code round} or {@code square}
 * @param dashArray evaluates to a {@code float[]} (constant ones are parsed once and shared: do not
 *     modify) or text like "5 2"; use {@link Values#toDashes}; empty means a solid line
 * @param graphicStroke symbols repeated along the line; optional
 * @param graphicFill the stroke area filled with tiles; optional
 */
public record Stroke(
    Expression color,
    Expression width,
    Expression opacity,
    Expression lineJoin,
    Expression lineCap,
    Optional<Expression> dashArray,
    Expression dashOffset,
    Optional<Graphic> graphicStroke,
    Optional<Graphic> graphicFill) {}
