package org.banmap.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One representative point and continent per country code, from {@code country-points.tsv} (see
 * its header for where the points come from). Country databases have no coordinates, so a ban
 * located only to a country is drawn at this point.
 */
final class CountryPoints {
  record Point(String iso, String name, double lon, double lat, Continent continent) {}

  record Continent(String code, String name) {}

  private static final Map<String, String> CONTINENT_NAMES =
      Map.of(
          "AF", "Africa",
          "AN", "Antarctica",
          "AS", "Asia",
          "EU", "Europe",
          "NA", "North America",
          "OC", "Oceania",
          "SA", "South America");

  private static final String RESOURCE = "country-points.tsv";
  private static final Map<String, Point> POINTS = load();

  private CountryPoints() {}

  /** The point for an ISO alpha-2 code (any case), or null if the table has none. */
  static Point of(String iso) {
    return iso == null ? null : POINTS.get(iso.toUpperCase(java.util.Locale.ROOT));
  }

  static Continent continentOf(String iso) {
    Point p = of(iso);
    return p == null ? null : p.continent();
  }

  static int size() {
    return POINTS.size();
  }

  private static Map<String, Point> load() {
    Map<String, Point> points = new HashMap<>();
    try (InputStream in = CountryPoints.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar (build problem)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String continent = f.length == 5 ? CONTINENT_NAMES.get(f[4]) : null;
        if (continent == null) {
          throw new IllegalStateException(
              RESOURCE + ":" + lineNo + ": expected iso, name, lon, lat, continent but found '"
                  + line + "'");
        }
        points.put(
            f[0],
            new Point(
                f[0],
                f[1],
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                new Continent(f[4], continent)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(points);
  }
}
