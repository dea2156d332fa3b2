package org.banmap.map;

/**
 * A projection that draws coordinates as they are: x is the longitude (or the data's own x) and y
 * the latitude, so geometry needs no projected copy. Plate carrée is this with degrees as units; a
 * file already in a projected CRS is this with its own unit ({@code style render}).
 */
record IdentityProjection(String name, double metresPerUnit) implements Projection {
  /** Ground metres per degree on the equator of the WGS84 ellipsoid, as GeoTools uses. */
  static final double METRES_PER_DEGREE = 6378137 * 2 * Math.PI / 360;

  static final IdentityProjection PLATE_CARREE = new IdentityProjection("plate-carree", METRES_PER_DEGREE);

  IdentityProjection {
    if (!(metresPerUnit > 0) || Double.isInfinite(metresPerUnit)) {
      throw new IllegalArgumentException("metresPerUnit must be positive, got " + metresPerUnit);
    }
  }

  @Override
  public double x(double lon, double lat) {
    return lon;
  }

  @Override
  public double y(double lon, double lat) {
    return lat;
  }

  @Override
  public double lon(double x, double y) {
    return x;
  }

  @Override
  public double lat(double x, double y) {
    return y;
  }

  @Override
  public boolean isIdentity() {
    return true;
  }
}
