package org.banmap.style;

/**
 * A symbolizer's unit of measure. Without a {@code uom} attribute sizes are pixels; with
 * {@code .../metre} every size in the symbolizer is ground metres (see
 * {@link ScaleDenominator#pixelsPerMetre}).
 */
public enum Uom {
  PIXEL,
  METRE,
  FOOT;

  /** Metres per unit; PIXEL has none (NaN). */
  public double metres() {
    switch (this) {
      case METRE:
        return 1.0;
      case FOOT:
        return 0.3048;
      default:
        return Double.NaN;
    }
  }
}
