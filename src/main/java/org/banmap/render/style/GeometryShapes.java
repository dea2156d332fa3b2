package org.banmap.render.style;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.banmap.map.MapView;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * JTS geometries as Java2D shapes in screen pixels. Coordinates are transformed directly (not via
 * a Graphics2D transform), so stroke widths stay in pixels. Polygons use the even-odd rule, which
 * makes holes holes whatever the ring orientation.
 */
final class GeometryShapes {
  private GeometryShapes() {}

  /** Lines and polygon boundaries of {@code g}; points contribute nothing. */
  static Path2D.Double toShape(Geometry g, MapView view) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    append(path, g, view);
    return path;
  }

  private static void append(Path2D.Double path, Geometry g, MapView view) {
    if (g instanceof Polygon p) {
      appendRing(path, p.getExteriorRing().getCoordinateSequence(), view, true);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        appendRing(path, p.getInteriorRingN(i).getCoordinateSequence(), view, true);
      }
    } else if (g instanceof LineString l) {
      appendRing(path, l.getCoordinateSequence(), view, l.isClosed() && l.getNumPoints() > 3);
    } else if (g instanceof GeometryCollection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        append(path, g.getGeometryN(i), view);
      }
    }
  }

  private static void appendRing(Path2D.Double path, CoordinateSequence seq, MapView view, boolean close) {
    int n = seq.size();
    if (n < 2) {
      return;
    }
    path.moveTo(view.x(seq.getX(0)), view.y(seq.getY(0)));
    for (int i = 1; i < n; i++) {
      path.lineTo(view.x(seq.getX(i)), view.y(seq.getY(i)));
    }
    if (close) {
      path.closePath();
    }
  }

  /**
   * Where point symbols go on {@code g}, in map units: every point of a (multi)point, the centroid of
   * each line, and for each polygon its centroid or, when the polygon does not contain its centroid,
   * its interior point. Multi-geometries give one point per part.
   */
  static List<Coordinate> symbolPoints(Geometry g) {
    List<Coordinate> out = new ArrayList<>();
    collectPoints(g, out);
    return out;
  }

  private static void collectPoints(Geometry g, List<Coordinate> out) {
    if (g == null || g.isEmpty()) {
      return;
    }
    if (g instanceof Point p) {
      out.add(p.getCoordinate());
    } else if (g instanceof LineString l) {
      out.add(l.getCentroid().getCoordinate());
    } else if (g instanceof Polygon p) {
      Point c = p.getCentroid();
      out.add(p.contains(c) ? c.getCoordinate() : InteriorPointArea.getInteriorPoint(p));
    } else {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        collectPoints(g.getGeometryN(i), out);
      }
    }
  }

  /** True when {@code s} has nothing to draw. */
  static boolean isEmpty(Shape s) {
    return s.getPathIterator(null).isDone();
  }
}
