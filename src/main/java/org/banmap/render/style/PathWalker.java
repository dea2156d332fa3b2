package org.banmap.render.style;

import java.awt.Shape;
import java.awt.geom.PathIterator;

/** Walks a shape's flattened outline, reporting points at regular distances with the local direction. */
final class PathWalker {
  interface Visitor {
    /** A point at screen ({@code x}, {@code y}) where the path heads at {@code radians} (clockwise from +x). */
    void at(double x, double y, double radians);
  }

  private PathWalker() {}

  /**
   * Calls {@code visitor} at {@code first}, {@code first + spacing}, ... pixels along each subpath of
   * {@code shape}; nothing when {@code spacing} is not positive.
   */
  static void walk(Shape shape, double first, double spacing, Visitor visitor) {
    if (!(spacing > 0)) {
      return;
    }
    double[] c = new double[6];
    double startX = 0;
    double startY = 0;
    double lastX = 0;
    double lastY = 0;
    double next = first;
    double travelled = 0;
    for (PathIterator it = shape.getPathIterator(null, 0.25); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      double x;
      double y;
      if (type == PathIterator.SEG_MOVETO) {
        startX = lastX = c[0];
        startY = lastY = c[1];
        next = first;
        travelled = 0;
        continue;
      } else if (type == PathIterator.SEG_CLOSE) {
        x = startX;
        y = startY;
      } else {
        x = c[0];
        y = c[1];
      }
      double len = Math.hypot(x - lastX, y - lastY);
      if (len > 0) {
        double angle = Math.atan2(y - lastY, x - lastX);
        while (next <= travelled + len) {
          double t = (next - travelled) / len;
          visitor.at(lastX + t * (x - lastX), lastY + t * (y - lastY), angle);
          next += spacing;
        }
        travelled += len;
      }
      lastX = x;
      lastY = y;
    }
  }
}
