package org.banmap.map;

/**
 * How lon/lat degrees become the flat x/y of a map (x right, y up, in the projection's own units).
 * Painters never see lon/lat: a {@link MapView} projects feature geometry through its projection,
 * so a new projection (Web Mercator, Equal Earth) is one more implementation of this interface.
 */
public interface Projection {
  /** Plate carrée: x = longitude and y = latitude, in degrees. */
  Projection PLATE_CARREE = IdentityProjection.PLATE_CARREE;

  /** A short name for messages, e.g. {@code plate-carree}. */
  String name();

  /** Projected x of a lon/lat point. */
  double x(double lon, double lat);

  /** Projected y of a lon/lat point. */
  double y(double lon, double lat);

  /** Longitude of a projected point (the inverse of {@link #x}/{@link #y}). */
  double lon(double x, double y);

  /** Latitude of a projected point. */
  double lat(double x, double y);

  /**
   * Ground metres per projected unit where the projection is true to scale (the equator for plate
   * carrée); scale denominators and {@code uom=metre} sizes use it.
   */
  double metresPerUnit();

  /**
   * Whether projected coordinates equal lon/lat (or the data is already projected), so geometry
   * can be drawn as it is, without a projected copy.
   */
  default boolean isIdentity() {
    return false;
  }

  /**
   * No projection: feature coordinates are already map units of {@code metresPerUnit} metres
   * each, as for a GeoJSON file in a projected CRS drawn by {@code style render}.
   */
  static Projection planar(double metresPerUnit) {
    return new IdentityProjection("planar", metresPerUnit);
  }
}
