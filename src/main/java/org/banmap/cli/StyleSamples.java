package org.banmap.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.banmap.basemap.MapFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Made-up features that {@code style check} renders every style against: points, lines, polygons
 * and their multi forms spread over a square of side {@code size} around (cx, cy), with a ban's
 * attributes and the names real styles filter on most ({@code name}, {@code type}, {@code class},
 * {@code population}, ...).
 */
final class StyleSamples {
  private static final GeometryFactory G = new GeometryFactory();
  private static final String[] TYPES = {"primary", "residential", "water", "forest", "sshd", "1"};

  private StyleSamples() {}

  static List<MapFeature> around(double cx, double cy, double size) {
    List<MapFeature> out = new ArrayList<>();
    double s = size / 10;
    for (int i = 0; i < TYPES.length; i++) {
      double x = cx - 4 * s + i * 1.5 * s;
      out.add(feature("p" + i, G.createPoint(new Coordinate(x, cy + 3 * s)), i));
      out.add(feature("l" + i, G.createLineString(new Coordinate[] {
          new Coordinate(x - s, cy - s), new Coordinate(x, cy + s * 0.5), new Coordinate(x + s * 0.6, cy - s * 0.2)}), i));
      out.add(feature("a" + i, square(x, cy - 3 * s, s * 0.6), i));
    }
    out.add(feature("mp", G.createMultiPoint(new org.locationtech.jts.geom.Point[] {
        G.createPoint(new Coordinate(cx - s, cy - 4.5 * s)), G.createPoint(new Coordinate(cx + s, cy - 4.5 * s))}), 0));
    out.add(feature("ma", G.createMultiPolygon(new Polygon[] {square(cx + 3 * s, cy + s, s * 0.5), square(cx + 4 * s, cy, s * 0.3)}), 1));
    return out;
  }

  private static Polygon square(double x, double y, double r) {
    LinearRing ring = G.createLinearRing(new Coordinate[] {
        new Coordinate(x - r, y - r), new Coordinate(x + r, y - r), new Coordinate(x + r, y + r),
        new Coordinate(x - r, y + r), new Coordinate(x - r, y - r)});
    LinearRing hole = G.createLinearRing(new Coordinate[] {
        new Coordinate(x - r / 4, y - r / 4), new Coordinate(x - r / 4, y + r / 4), new Coordinate(x + r / 4, y + r / 4),
        new Coordinate(x + r / 4, y - r / 4), new Coordinate(x - r / 4, y - r / 4)});
    return G.createPolygon(ring, new LinearRing[] {hole});
  }

  private static MapFeature feature(String id, Geometry g, int i) {
    Map<String, Object> p = new LinkedHashMap<>();
    // A ban's attributes, so ban styles see what they will see in a video.
    p.put("ip", "203.0.113." + (10 + i));
    p.put("jail", i % 2 == 0 ? "sshd" : "nginx-http-auth");
    p.put("country_code", "FR");
    p.put("country", "France");
    p.put("city", "Paris");
    p.put("lat", g.getCentroid().getY());
    p.put("lon", g.getCentroid().getX());
    p.put("accuracy_km", 20);
    p.put("time", "2026-10-07T13:20:00Z");
    p.put("age_s", 3600.0 * i);
    p.put("age", i / (double) TYPES.length);
    p.put("fade_s", 86400.0);
    p.put("count", i + 1);
    p.put("rand", (i * 0.618034) % 1);
    // What basemap and corpus styles filter and label on most.
    p.put("name", "Sample " + id);
    p.put("type", TYPES[i]);
    p.put("class", TYPES[i]);
    p.put("kind", TYPES[i]);
    p.put("highway", TYPES[i]);
    p.put("population", 1000 * (i + 1) * (i + 1));
    p.put("value", i * 10.5);
    return new MapFeature(id, g, p);
  }
}
