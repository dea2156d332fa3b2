package org.banmap.render.style;

/**
 * A single-band grid coverage: {@code width x height} values row by row from the north-west
 * corner, covering the rectangle (in the view's projected units) {@code minX..maxX, minY..maxY}. NaN cells and cells equal to
 * {@code noData} are transparent.
 */
public record FloatGrid(int width, int height, float[] values, double minX, double minY, double maxX, double maxY,
    float noData) {
  public FloatGrid {
    if (width <= 0 || height <= 0 || values.length != width * height) {
      throw new IllegalArgumentException("grid of " + width + "x" + height + " needs " + width * height
          + " values, got " + values.length);
    }
    if (!(minX < maxX && minY < maxY)) {
      throw new IllegalArgumentException("grid rectangle needs minX < maxX and minY < maxY");
    }
  }

  public float value(int column, int row) {
    return values[row * width + column];
  }

  public boolean isNoData(float v) {
    return Float.isNaN(v) || v == noData;
  }
}
