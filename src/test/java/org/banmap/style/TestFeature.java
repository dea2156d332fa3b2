package org.banmap.style;

import java.util.Map;
import org.banmap.map.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A feature from WKT and attributes, for tests. */
record TestFeature(String id, Geometry geometry, Map<String, Object> attributes) implements Feature {
  static TestFeature of(String wkt, Map<String, Object> attributes) {
    try {
      return new TestFeature("f1", new WKTReader().read(wkt), attributes);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static TestFeature of(Map<String, Object> attributes) {
    return of("POINT (1 2)", attributes);
  }

  @Override
  public Object attribute(String name) {
    return attributes.get(name);
  }
}
