package org.banmap.basemap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.banmap.map.Feature;
import org.locationtech.jts.geom.Geometry;

/**
 * A static style {@link Feature}: a geometry in lon/lat (or any x/y) with fixed properties, as
 * read from a basemap or a GeoJSON file. {@code id} is also readable as the attribute {@code id}
 * unless the properties have their own.
 */
public record MapFeature(String id, Geometry geometry, Map<String, Object> properties) implements Feature {
  public MapFeature {
    Objects.requireNonNull(geometry, "geometry");
    // GeoJSON properties may be null; Map.copyOf would reject them.
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A basemap country with its Natural Earth properties ({@code name}) and {@code id}. */
  public static MapFeature of(BasemapFeature country) {
    return new MapFeature(country.id(), country.geometry(), country.properties());
  }

  @Override
  public Object attribute(String name) {
    Object value = properties.get(name);
    if (value == null && "id".equals(name)) {
      return id;
    }
    return value;
  }
}
