package org.banmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.banmap.report.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoIpDatabaseFinderTest {
  @TempDir Path dir;

  Path file(String name) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    return p;
  }

  @Test
  void explicitPathWinsOverEnvironmentAndCandidates() throws Exception {
    Path explicit = file("explicit.mmdb");
    Path env = file("env.mmdb");
    Path candidate = file("a/GeoLite2-City.mmdb");
    var finder = new GeoIpDatabaseFinder(Map.of("BANMAP_GEOIP", env.toString()), List.of(candidate));
    assertEquals(explicit, finder.find(explicit));
    assertEquals(env, finder.find(null));
  }

  @Test
  void firstExistingCandidateInOrder() throws Exception {
    Path city = dir.resolve("a/GeoLite2-City.mmdb");
    Path dbip = file("b/dbip-city-lite.mmdb");
    Path country = file("a/GeoLite2-Country.mmdb");
    var finder = new GeoIpDatabaseFinder(Map.of("BANMAP_GEOIP", " "), List.of(city, dbip, country));
    assertEquals(dbip, finder.find(null));
    file("a/GeoLite2-City.mmdb");
    assertEquals(city, finder.find(null));
  }

  @Test
  void explicitPathThatDoesNotExistIsAnErrorNotAFallback() throws Exception {
    Path candidate = file("GeoLite2-City.mmdb");
    var finder = new GeoIpDatabaseFinder(Map.of(), List.of(candidate));
    Path missing = dir.resolve("typo.mmdb");
    var e = assertThrows(UserError.class, () -> finder.find(missing));
    assertTrue(e.getMessage().contains(missing + " (from --geoip) does not exist"), e.getMessage());
    var fromEnv =
        assertThrows(
            UserError.class,
            () -> new GeoIpDatabaseFinder(Map.of("BANMAP_GEOIP", dir.toString()), List.of(candidate)).find(null));
    assertTrue(fromEnv.getMessage().contains("(from BANMAP_GEOIP) is a directory"), fromEnv.getMessage());
  }

  @Test
  void nothingFoundListsWhatWasTriedAndWhereToGetOne() {
    Path a = dir.resolve("x/GeoLite2-City.mmdb");
    Path b = dir.resolve("y/dbip-city-lite.mmdb");
    var e = assertThrows(UserError.class, () -> new GeoIpDatabaseFinder(Map.of(), List.of(a, b)).find(null));
    assertTrue(e.getMessage().contains("--geoip (not given)"), e.getMessage());
    assertTrue(e.getMessage().contains("BANMAP_GEOIP (not set)"), e.getMessage());
    assertTrue(e.getMessage().contains(a + ", " + b), e.getMessage());
    MaxMindGeoLocatorTest.assertWhereToGet(e);
  }

  @Test
  void defaultCandidatesPreferCityDatabases() {
    List<Path> c = GeoIpDatabaseFinder.DEFAULT_CANDIDATES;
    assertEquals(Path.of("/usr/share/GeoIP/GeoLite2-City.mmdb"), c.get(0));
    assertEquals(Path.of("/var/lib/GeoIP/GeoLite2-City.mmdb"), c.get(1));
    assertEquals(Path.of("/usr/local/share/GeoIP/GeoLite2-City.mmdb"), c.get(2));
    assertTrue(c.indexOf(Path.of("/var/lib/GeoIP/dbip-city-lite.mmdb"))
        < c.indexOf(Path.of("/usr/share/GeoIP/GeoLite2-Country.mmdb")));
    assertEquals(9, c.size());
  }
}
