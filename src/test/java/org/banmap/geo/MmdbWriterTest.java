package org.banmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.model.CityResponse;
import com.maxmind.geoip2.model.CountryResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.banmap.geo.MmdbWriter.Int32;
import org.banmap.geo.MmdbWriter.Uint128;
import org.banmap.geo.MmdbWriter.Uint16;
import org.banmap.geo.MmdbWriter.Uint32;
import org.banmap.geo.MmdbWriter.Uint64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Databases written by {@link MmdbWriter} and read back with MaxMind's own reader. */
class MmdbWriterTest {
  static final Map<String, Object> BERLIN =
      GeoIpRecords.city("DE", "Germany", "Berlin", 52.52, 13.405, 20);
  static final Map<String, Object> PARIS =
      GeoIpRecords.city("FR", "France", "Paris", 48.8566, 2.3522, 10);
  static final Map<String, Object> TOKYO =
      GeoIpRecords.city("JP", "Japan", "Tokyo", 35.6762, 139.6503, 50);

  static MmdbWriter cityWriter(int ipVersion) {
    return new MmdbWriter(
        "Test-City", ipVersion, Map.of("en", "banmap test City"), List.of("en"), 1_700_000_000L);
  }

  static InetAddress ip(String text) throws IOException {
    return InetAddress.getByName(text);
  }

  static DatabaseReader reader(MmdbWriter writer) throws IOException {
    return new DatabaseReader.Builder(new ByteArrayInputStream(writer.toBytes())).build();
  }

  static Optional<String> city(DatabaseReader reader, String address) throws Exception {
    return reader.tryCity(ip(address)).map(r -> r.city().names().get("en"));
  }

  @Test
  void ipv4CityRecordReadsBackWithExactValuesAndBoundaries() throws Exception {
    MmdbWriter w = cityWriter(4);
    w.insert(ip("1.2.3.0"), 24, BERLIN);
    try (DatabaseReader r = reader(w)) {
      CityResponse c = r.city(ip("1.2.3.77"));
      assertEquals("Berlin", c.city().names().get("en"));
      assertEquals("DE", c.country().isoCode());
      assertEquals("Germany", c.country().names().get("en"));
      assertEquals("DE", c.registeredCountry().isoCode());
      assertEquals("EU", c.continent().code());
      assertEquals("Europe", c.continent().names().get("en"));
      assertEquals(52.52, c.location().latitude());
      assertEquals(13.405, c.location().longitude());
      assertEquals(20, c.location().accuracyRadius());
      assertEquals(Optional.of("Berlin"), city(r, "1.2.3.0"));
      assertEquals(Optional.of("Berlin"), city(r, "1.2.3.255"));
      assertEquals(Optional.empty(), city(r, "1.2.2.255"));
      assertEquals(Optional.empty(), city(r, "1.2.4.0"));
    }
  }

  @Test
  void metadataCarriesTypeDescriptionEpochLanguagesAndShape() throws Exception {
    MmdbWriter w =
        new MmdbWriter(
            "Test-Country", 6, Map.of("en", "banmap test", "de", "banmap Test"),
            List.of("en", "de"), 1_234_567_890L);
    w.insert(ip("8.8.8.0"), 24, GeoIpRecords.country("US", "United States"));
    try (DatabaseReader r = reader(w)) {
      var m = r.metadata();
      assertEquals("Test-Country", m.databaseType());
      assertEquals(Map.of("en", "banmap test", "de", "banmap Test"), m.description());
      assertEquals(BigInteger.valueOf(1_234_567_890L), m.buildEpoch());
      assertEquals(List.of("en", "de"), m.languages());
      assertEquals(6, m.ipVersion());
      assertEquals(2, m.binaryFormatMajorVersion());
      assertEquals(0, m.binaryFormatMinorVersion());
      assertEquals(24, m.recordSize());
      CountryResponse c = r.country(ip("8.8.8.8"));
      assertEquals("US", c.country().isoCode());
      assertEquals("NA", c.continent().code());
    }
  }

  @Test
  void ipv6TreeAnswersIpv4MappedAnd6to4Lookups() throws Exception {
    MmdbWriter w = cityWriter(6);
    w.insert(ip("1.2.3.0"), 24, BERLIN);
    w.insert(ip("2a00:1450::"), 32, PARIS);
    try (DatabaseReader r = reader(w)) {
      assertEquals(Optional.of("Berlin"), city(r, "1.2.3.4"));
      assertEquals(Optional.of("Berlin"), city(r, "::1.2.3.4"));
      byte[] mapped = HexFormat.of().parseHex("00000000000000000000ffff01020304");
      InetAddress mappedV6 = Inet6Address.getByAddress(null, mapped, -1);
      assertTrue(mappedV6 instanceof Inet6Address, "must stay an IPv6 address for this test");
      assertEquals("Berlin", r.tryCity(mappedV6).orElseThrow().city().names().get("en"));
      assertEquals(Optional.of("Berlin"), city(r, "2002:0102:0304::1"));
      assertEquals(Optional.empty(), city(r, "2002:0102:0404::1"));
      assertEquals(Optional.empty(), city(r, "1.2.4.0"));
      assertEquals(Optional.of("Paris"), city(r, "2a00:1450::"));
      assertEquals(Optional.of("Paris"), city(r, "2a00:1450:ffff:ffff:ffff:ffff:ffff:ffff"));
      assertEquals(Optional.empty(), city(r, "2a00:1451::"));
      assertEquals(Optional.empty(), city(r, "2a00:144f:ffff:ffff:ffff:ffff:ffff:ffff"));
    }
  }

  @Test
  void aliasesLeaveCallerDataInPlaceAndDoNotShareNodesWithLaterInserts() throws Exception {
    MmdbWriter w = cityWriter(6);
    w.insert(ip("1.2.3.0"), 24, BERLIN);
    w.insert(ip("2002::"), 16, TOKYO);
    w.toBytes();
    // After one write, an insert under 2002::/16 must not leak into the IPv4 data.
    w.insert(ip("2002:0102:0300::"), 40, PARIS);
    try (DatabaseReader r = reader(w)) {
      assertEquals(Optional.of("Paris"), city(r, "2002:0102:0304::1"));
      assertEquals(Optional.of("Tokyo"), city(r, "2002:0909:0909::1"));
      assertEquals(Optional.of("Berlin"), city(r, "1.2.3.4"));
    }
  }

  @Test
  void laterInsertsOverrideTheirRangeOnly() throws Exception {
    MmdbWriter w = cityWriter(4);
    w.insert(ip("10.0.0.0"), 8, BERLIN);
    w.insert(ip("10.1.0.0"), 16, PARIS);
    w.insert(ip("10.1.2.3"), 32, TOKYO);
    try (DatabaseReader r = reader(w)) {
      assertEquals(Optional.of("Berlin"), city(r, "10.0.0.0"));
      assertEquals(Optional.of("Berlin"), city(r, "10.0.255.255"));
      assertEquals(Optional.of("Paris"), city(r, "10.1.0.0"));
      assertEquals(Optional.of("Paris"), city(r, "10.1.2.2"));
      assertEquals(Optional.of("Tokyo"), city(r, "10.1.2.3"));
      assertEquals(Optional.of("Paris"), city(r, "10.1.2.4"));
      assertEquals(Optional.of("Paris"), city(r, "10.1.255.255"));
      assertEquals(Optional.of("Berlin"), city(r, "10.2.0.0"));
      assertEquals(Optional.of("Berlin"), city(r, "10.255.255.255"));
      assertEquals(Optional.empty(), city(r, "11.0.0.0"));
      assertEquals(Optional.empty(), city(r, "9.255.255.255"));
    }
    w.insert(ip("10.0.0.0"), 8, TOKYO);
    try (DatabaseReader r = reader(w)) {
      assertEquals(Optional.of("Tokyo"), city(r, "10.1.0.0"));
      assertEquals(Optional.of("Tokyo"), city(r, "10.0.0.1"));
    }
  }

  @Test
  void wholeAddressSpaceAndHostRoutes() throws Exception {
    MmdbWriter w = cityWriter(4);
    w.insert(ip("0.0.0.0"), 0, BERLIN);
    w.insert(ip("255.255.255.255"), 32, PARIS);
    try (DatabaseReader r = reader(w)) {
      assertEquals(Optional.of("Berlin"), city(r, "0.0.0.0"));
      assertEquals(Optional.of("Berlin"), city(r, "255.255.255.254"));
      assertEquals(Optional.of("Paris"), city(r, "255.255.255.255"));
    }
  }

  @Test
  void identicalRecordsAreWrittenOnce() {
    MmdbWriter one = cityWriter(4);
    one.insert(ip4(0), 24, BERLIN);
    MmdbWriter many = cityWriter(4);
    for (int i = 0; i < 1000; i++) {
      many.insert(ip4(i << 8), 24, GeoIpRecords.city("DE", "Germany", "Berlin", 52.52, 13.405, 20));
    }
    int recordBytes = one.toBytes().length;
    int manyBytes = many.toBytes().length;
    // Nodes grow with the networks; the data section must not grow with them.
    assertTrue(manyBytes < recordBytes + 1100 * 6, "many=" + manyBytes + " one=" + recordBytes);
  }

  @Test
  void manyNetworksWithLargeDataUse28BitRecordsAndLongPointers() throws Exception {
    MmdbWriter w = cityWriter(6);
    int n = 6_000;
    for (int i = 0; i < n; i++) {
      // Each "region" string appears twice, first late in the file, so pointers to it need 2 or
      // 3 bytes; the padding pushes the data section past 2^24 bytes so 24-bit records no longer fit
      // (few large records: the same bytes as many small ones for a fraction of the inserts).
      Map<String, Object> record =
          Map.of(
              "city", Map.of("names", Map.of("en", "City " + i)),
              "country", Map.of("iso_code", "DE", "names", Map.of("en", "Germany")),
              "location",
                  Map.of(
                      "latitude", (i % 180) - 89.5,
                      "longitude", (i % 360) - 179.5,
                      "accuracy_radius", new Uint16(i % 1000)),
              "subdivisions", List.of(Map.of("iso_code", "R" + (i / 2))),
              "padding", "x".repeat(2_900) + i);
      w.insert(ip4(0x0A000000 + (i << 8)), 24, record);
    }
    byte[] bytes = w.toBytes();
    assertTrue(bytes.length > (1 << 24), "data must exceed 24-bit range, got " + bytes.length);
    try (DatabaseReader r = new DatabaseReader.Builder(new ByteArrayInputStream(bytes)).build()) {
      assertEquals(28, r.metadata().recordSize());
      for (int i : new int[] {0, 1, 2047, 2048, 3_001, n - 1}) {
        InetAddress first = ip4(0x0A000000 + (i << 8));
        CityResponse c = r.city(first);
        assertEquals("City " + i, c.city().names().get("en"));
        assertEquals("R" + (i / 2), c.subdivisions().get(0).isoCode());
        assertEquals((i % 180) - 89.5, c.location().latitude());
        assertEquals((i % 360) - 179.5, c.location().longitude());
        assertEquals(i % 1000, c.location().accuracyRadius());
      }
      assertTrue(r.tryCity(ip4(0x0A000000 + (n << 8))).isEmpty());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {24, 28, 32})
  void everyRecordSizeReadsBack(int recordSize) throws Exception {
    MmdbWriter w = cityWriter(6).forceRecordSize(recordSize);
    for (int i = 0; i < 3000; i++) {
      w.insert(ip4(0x50000000 + i * 4096), 20, GeoIpRecords.city("FR", "France", "C" + i, 1, 2, 3));
    }
    w.insert(ip("2a00::"), 12, PARIS);
    try (DatabaseReader r = reader(w)) {
      assertEquals(recordSize, r.metadata().recordSize());
      assertEquals(Optional.of("C0"), city(r, "80.0.0.0"));
      assertEquals(Optional.of("C2999"), city(r, ip4(0x50000000 + 2999 * 4096 + 4095).getHostAddress()));
      assertEquals(Optional.empty(), city(r, ip4(0x50000000 + 3000 * 4096).getHostAddress()));
      assertEquals(Optional.of("Paris"), city(r, "2a0f:ffff::1"));
    }
  }

  @Test
  void recordSizeIsTheSmallestThatFits() {
    assertEquals(24, MmdbWriter.recordSizeFor((1L << 24) - 1));
    assertEquals(28, MmdbWriter.recordSizeFor(1L << 24));
    assertEquals(28, MmdbWriter.recordSizeFor((1L << 28) - 1));
    assertEquals(32, MmdbWriter.recordSizeFor(1L << 28));
    assertThrows(IllegalStateException.class, () -> MmdbWriter.recordSizeFor(1L << 32));
  }

  /** Byte-level checks of each type's encoding against the format specification. */
  @Test
  void integerAndOtherTypesUseTheirSpecifiedEncodings() {
    assertEncodes(new Uint16(300), "a2012c");
    assertEncodes(new Uint16(0), "a0");
    assertEncodes(new Uint32(4_000_000_000L), "c4ee6b2800");
    assertEncodes(7, "010107"); // Integer -> int32: extended type 8, 1 byte
    assertEncodes(new Int32(-2), "0401fffffffe");
    assertEncodes(5L, "010205"); // Long -> uint64
    assertEncodes(new Uint64(new BigInteger("18446744073709551615")), "0802ffffffffffffffff");
    assertEncodes(new Uint128(BigInteger.ONE.shiftLeft(127)), "1003" + "80" + "00".repeat(15));
    assertEncodes(BigInteger.valueOf(258), "02030102");
    assertEncodes(true, "0107");
    assertEncodes(false, "0007");
    assertEncodes(1.5f, "04083fc00000");
    assertEncodes(1.5d, "683ff8000000000000");
    assertEncodes(List.of("ab"), "0104" + "426162");
    assertEncodes("x".repeat(29), "5d00" + "78".repeat(29));
  }

  static void assertEncodes(Object value, String hex) {
    MmdbWriter w = new MmdbWriter("T", 4, Map.of(), List.of(), 0);
    w.insert(ip4(0), 32, Map.of("v", value));
    byte[] file = w.toBytes();
    // 32 nodes of 6 bytes, 16 separator bytes, then the record: map of 1 pair, key "v".
    int data = 32 * 6 + 16;
    byte[] expected = HexFormat.of().parseHex("e141" + "76" + hex);
    byte[] actual = java.util.Arrays.copyOfRange(file, data, data + expected.length);
    assertArrayEquals(expected, actual, () -> value + " encoded as " + HexFormat.of().formatHex(actual));
  }

  @Test
  void rejectsWhatTheFormatCannotHold() {
    MmdbWriter v4 = cityWriter(4);
    var e = assertThrows(IllegalArgumentException.class, () -> v4.insert(ip("2001:db8::"), 32, BERLIN));
    assertTrue(e.getMessage().contains("ipVersion 6"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> v4.insert(ip("1.2.3.4"), 33, BERLIN));
    assertTrue(e.getMessage().contains("0..32"), e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class,
        () -> v4.insert(ip("1.2.3.4"), 32, Map.of("a", Map.of("b", new Object()))));
    assertTrue(e.getMessage().contains("record.a.b"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> v4.insert(ip("1.2.3.4"), 32, Map.of("n", -1L)));
    assertTrue(e.getMessage().contains("uint64"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Uint16(70_000));
    assertThrows(IllegalArgumentException.class, () -> new Uint32(-1));
  }

  @Test
  void writeReplacesTheTargetAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("test.mmdb");
    Files.writeString(target, "old");
    MmdbWriter w = cityWriter(4);
    w.insert(ip("1.2.3.0"), 24, BERLIN);
    w.write(target);
    assertArrayEquals(w.toBytes(), Files.readAllBytes(target));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
    try (DatabaseReader r = new DatabaseReader.Builder(target.toFile()).build()) {
      assertEquals("Berlin", r.city(ip("1.2.3.4")).city().names().get("en"));
    }
    assertFalse(Files.exists(dir.resolve("test.mmdb.tmp")));
  }

  static InetAddress ip4(int address) {
    try {
      return InetAddress.getByAddress(
          new byte[] {
            (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
          });
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
