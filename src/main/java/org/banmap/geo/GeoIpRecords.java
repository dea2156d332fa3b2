package org.banmap.geo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.banmap.geo.MmdbWriter.Uint16;

/**
 * Record maps shaped like GeoIP2 City and Country data, for {@link MmdbWriter}. Only the fields
 * banmap reads are filled in, with the integer types the GeoIP2 reader expects.
 */
public final class GeoIpRecords {
  private GeoIpRecords() {}

  /**
   * A GeoIP2 City record: {@code city.names.en}, {@code country}, {@code registered_country},
   * {@code location.latitude/longitude/accuracy_radius} and, for known ISO codes, {@code
   * continent}.
   */
  public static Map<String, Object> city(
      String countryIso,
      String countryName,
      String cityName,
      double lat,
      double lon,
      int accuracyKm) {
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "lat/lon out of range for " + cityName + ": " + lat + ", " + lon);
    }
    Map<String, Object> record = country(countryIso, countryName);
    record.put("city", Map.of("names", Map.of("en", cityName)));
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("accuracy_radius", new Uint16(accuracyKm));
    location.put("latitude", lat);
    location.put("longitude", lon);
    record.put("location", location);
    return record;
  }

  /** A GeoIP2 Country record: {@code country}, {@code registered_country}, {@code continent}. */
  public static Map<String, Object> country(String iso, String name) {
    if (iso == null || !iso.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country code must be two capital letters, got " + iso);
    }
    Map<String, Object> country = Map.of("iso_code", iso, "names", Map.of("en", name));
    Map<String, Object> record = new LinkedHashMap<>();
    CountryPoints.Continent continent = CountryPoints.continentOf(iso);
    if (continent != null) {
      record.put(
          "continent", Map.of("code", continent.code(), "names", Map.of("en", continent.name())));
    }
    record.put("country", country);
    record.put("registered_country", country);
    return record;
  }
}
