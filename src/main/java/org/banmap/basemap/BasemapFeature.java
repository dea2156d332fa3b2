package org.banmap.basemap;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One basemap shape (a country) in lon/lat degrees, already cut at the antimeridian, with its
 * Natural Earth properties such as {@code name}.
 */
public record BasemapFeature(String id, Geometry geometry, Map<String, Object> properties) {
  public BasemapFeature {
    Objects.requireNonNull(geometry, "geometry");
    properties = Map.copyOf(properties);
  }
}
