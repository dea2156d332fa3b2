package org.banmap.style;

import java.util.List;
import org.banmap.map.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Geometry functions used in {@code <Geometry>} and filters ({@code centroid}, {@code startPoint},
 * ...), on JTS. A geometry argument that is not a geometry (e.g. {@code the_geom} naming the
 * default geometry) stands for the feature's geometry.
 */
final class GeometryFunctions {
  private GeometryFunctions() {}

  static void register() {
    Functions.registerGeometry("geometry", 0, 0, (a, ft, env) -> ft == null ? null : ft.geometry());
    Functions.registerGeometry("centroid", 1, 1, (a, ft, env) -> map(geom(a, ft, env), Geometry::getCentroid));
    Functions.registerGeometry("interiorPoint", 1, 1, (a, ft, env) -> map(geom(a, ft, env), Geometry::getInteriorPoint));
    Functions.registerGeometry("envelope", 1, 1, (a, ft, env) -> map(geom(a, ft, env), Geometry::getEnvelope));
    Functions.registerGeometry("boundary", 1, 1, (a, ft, env) -> map(geom(a, ft, env), Geometry::getBoundary));
    Functions.registerGeometry("vertices", 1, 1, (a, ft, env) -> map(geom(a, ft, env),
        g -> g.getFactory().createMultiPointFromCoords(g.getCoordinates())));
    Functions.registerGeometry("isValid", 1, 1, (a, ft, env) -> {
      Geometry g = geom(a, ft, env);
      return g != null && g.isValid();
    });
    Functions.registerGeometry("dimension", 1, 1, (a, ft, env) -> {
      Geometry g = geom(a, ft, env);
      return g == null ? null : (Object) (double) g.getDimension();
    });
    Functions.registerGeometry("area", 1, 1, (a, ft, env) -> {
      Geometry g = geom(a, ft, env);
      return g == null ? null : (Object) g.getArea();
    });
    Functions.registerGeometry("geomLength", 1, 1, (a, ft, env) -> {
      Geometry g = geom(a, ft, env);
      return g == null ? null : (Object) g.getLength();
    });
    Functions.registerGeometry("startPoint", 1, 1, (a, ft, env) -> point(geom(a, ft, env), true));
    Functions.registerGeometry("endPoint", 1, 1, (a, ft, env) -> point(geom(a, ft, env), false));
    Functions.registerGeometry("startAngle", 1, 1, (a, ft, env) -> angle(geom(a, ft, env), true));
    Functions.registerGeometry("endAngle", 1, 1, (a, ft, env) -> angle(geom(a, ft, env), false));
    Functions.registerGeometry("buffer", 2, 2, (a, ft, env) -> {
      Geometry g = geom(a, ft, env);
      return g == null ? null : g.buffer(a.get(1).asDouble(ft, env));
    });
    Functions.registerGeometry("offset", 3, 3, (a, ft, env) -> {
      Geometry g = geom(a, ft, env);
      if (g == null) {
        return null;
      }
      double dx = a.get(1).asDouble(ft, env);
      double dy = a.get(2).asDouble(ft, env);
      return AffineTransformation.translationInstance(dx, dy).transform(g);
    });
  }

  private interface GeomOp {
    Geometry apply(Geometry g);
  }

  private static Geometry geom(List<Expression> args, Feature ft, StyleEnv env) {
    return Values.geometryOf(args.get(0), ft, env);
  }

  private static Geometry map(Geometry g, GeomOp op) {
    return g == null || g.isEmpty() ? null : op.apply(g);
  }

  private static LineString line(Geometry g) {
    if (g == null || g.isEmpty()) {
      return null;
    }
    Geometry first = g.getGeometryN(0);
    return first instanceof LineString ? (LineString) first : null;
  }

  private static Geometry point(Geometry g, boolean start) {
    LineString l = line(g);
    if (l == null) {
      return null;
    }
    return start ? l.getStartPoint() : l.getEndPoint();
  }

  /** Direction of the first/last segment in degrees, counter-clockwise from east, as GeoTools. */
  private static Object angle(Geometry g, boolean start) {
    LineString l = line(g);
    if (l == null || l.getNumPoints() < 2) {
      return null;
    }
    int n = l.getNumPoints();
    Coordinate a = start ? l.getCoordinateN(0) : l.getCoordinateN(n - 2);
    Coordinate b = start ? l.getCoordinateN(1) : l.getCoordinateN(n - 1);
    return Math.toDegrees(Math.atan2(b.y - a.y, b.x - a.x));
  }
}
