package org.banmap.geo;

/**
 * Where an address is, as far as the GeoIP database knows. {@code city}, {@code countryName} and
 * {@code accuracyKm} may be null (Country databases have no city or radius).
 */
public record GeoPlace(
    double lon, double lat, String countryCode, String countryName, String city, Integer accuracyKm) {
  public GeoPlace {
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("longitude out of range: " + lon);
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("latitude out of range: " + lat);
    }
  }
}
