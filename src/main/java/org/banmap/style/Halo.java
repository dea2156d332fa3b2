package org.banmap.style;

/** A halo around label glyphs: radius 1 px and white fill by default. */
public record Halo(Expression radius, Fill fill) {}
