package org.banmap.render.style;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Screen areas already taken by labels, as axis-aligned boxes in a coarse grid of buckets. A label
 * is placed only when its box (grown by its spaceAround) overlaps none of them.
 */
final class LabelIndex {
  private static final int CELL = 64;
  private final int columns;
  private final int rows;
  private final List<List<Rectangle2D>> cells;

  LabelIndex(int widthPx, int heightPx) {
    this.columns = Math.max(1, (widthPx + CELL - 1) / CELL);
    this.rows = Math.max(1, (heightPx + CELL - 1) / CELL);
    this.cells = new ArrayList<>(columns * rows);
    for (int i = 0; i < columns * rows; i++) {
      cells.add(new ArrayList<>());
    }
  }

  /** Takes {@code box} and returns true when it is free; returns false and takes nothing otherwise. */
  boolean reserve(Rectangle2D box) {
    int c0 = clamp((int) Math.floor(box.getMinX() / CELL), columns);
    int c1 = clamp((int) Math.floor(box.getMaxX() / CELL), columns);
    int r0 = clamp((int) Math.floor(box.getMinY() / CELL), rows);
    int r1 = clamp((int) Math.floor(box.getMaxY() / CELL), rows);
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        for (Rectangle2D other : cells.get(r * columns + c)) {
          if (other.intersects(box)) {
            return false;
          }
        }
      }
    }
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        cells.get(r * columns + c).add(box);
      }
    }
    return true;
  }

  private static int clamp(int v, int n) {
    return Math.max(0, Math.min(n - 1, v));
  }
}
