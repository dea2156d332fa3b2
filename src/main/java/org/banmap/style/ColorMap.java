package org.banmap.style;

import java.util.List;

/**
 * A raster colour map. {@code RAMP} interpolates between entries, {@code INTERVALS} gives each
 * value the colour of the first entry whose quantity is above it, {@code VALUES} matches exactly.
 */
public record ColorMap(Type type, boolean extended, List<Entry> entries) {
  public ColorMap {
    entries = List.copyOf(entries);
  }

  public enum Type {
    RAMP,
    INTERVALS,
    VALUES
  }

  /** One {@code ColorMapEntry}: colour, opacity (default 1), quantity, optional label. */
  public record Entry(Expression color, Expression opacity, Expression quantity, String label) {}
}
