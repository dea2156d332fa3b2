package org.banmap.map;

import org.locationtech.jts.geom.Geometry;

/**
 * Something a style can draw: a geometry in map units (lon/lat degrees for bans and the basemap)
 * with named attributes that filters and expressions read. Implementations may compute attributes
 * on demand (a ban's {@code age} depends on the frame), so a style must not assume a map behind it.
 */
public interface Feature {
  /** An identifier for messages and stable randomness, e.g. the ban's ip and time; may be null. */
  String id();

  Geometry geometry();

  /**
   * The attribute's value, or null when the feature has no such attribute. Numbers are
   * {@link Number}s, text is {@link String}, instants are ISO-8601 strings.
   */
  Object attribute(String name);

  /**
   * The attribute as a number: NaN when it is missing or not a {@link Number} (callers that also
   * accept numeric text fall back to {@link #attribute}). Features with numeric attributes computed
   * per frame override this so that a style reading them makes no garbage per feature.
   */
  default double number(String name) {
    return attribute(name) instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
