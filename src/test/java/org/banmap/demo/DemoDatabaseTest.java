package org.banmap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.model.CityResponse;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.banmap.demo.DemoLog.LoggedBan;
import org.banmap.demo.DemoPlaces.City;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed demo database, read with MaxMind's own reader, places every demo ban in its city. */
class DemoDatabaseTest {
  static DatabaseReader reader;

  @BeforeAll
  static void open() throws Exception {
    byte[] db = DemoDataGeneratorTest.resource(DemoDataGenerator.DATABASE_FILE);
    reader = new DatabaseReader.Builder(new ByteArrayInputStream(db)).build();
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
  }

  @Test
  void metadataSaysSynthetic() {
    assertEquals("banmap-Demo-City", reader.metadata().databaseType());
    assertEquals(DemoDataGenerator.DATABASE_DESCRIPTION, reader.metadata().description().get("en"));
    assertEquals(6, reader.metadata().ipVersion());
  }

  @Test
  void everyBanResolvesToItsCity() throws Exception {
    Set<InetAddress> ips = new LinkedHashSet<>();
    DemoLog.bans(DemoLog.generated()).stream().map(LoggedBan::ip).forEach(ips::add);
    int resolved = 0;
    int unresolved = 0;
    for (InetAddress ip : ips) {
      Optional<City> expected = DemoPlaces.cityOf(ip);
      Optional<CityResponse> found = reader.tryCity(ip);
      if (expected.isEmpty()) {
        boolean deliberate =
            ip.isSiteLocalAddress() || (ip.getAddress()[0] & 0xFF) == DemoPlaces.UNRESOLVED_OCTET;
        assertTrue(deliberate, ip + " is in no demo city and not one of the deliberate misses");
        assertTrue(found.isEmpty(), ip + " should not be in the database");
        unresolved++;
        continue;
      }
      City city = expected.get();
      assertTrue(found.isPresent(), ip + " (" + city.name() + ") is not in the database");
      CityResponse r = found.get();
      assertEquals(city.name(), r.city().name(), ip.toString());
      assertEquals(city.countryIso(), r.country().isoCode(), ip.toString());
      assertEquals(city.lat(), r.location().latitude(), 1e-9, ip.toString());
      assertEquals(city.lon(), r.location().longitude(), 1e-9, ip.toString());
      assertEquals(city.accuracyKm(), r.location().accuracyRadius(), ip.toString());
      resolved++;
    }
    assertTrue(resolved > 3000 && unresolved > 10, resolved + " resolved, " + unresolved + " not");
  }

  @Test
  void everyCityNetworkResolvesAtBothEnds() throws Exception {
    for (City city : DemoPlaces.allCities()) {
      byte[] last = city.v4Network().getAddress();
      last[2] |= 0x0F;
      last[3] = (byte) 0xFF;
      for (InetAddress ip : new InetAddress[] {city.v4Network(), InetAddress.getByAddress(last)}) {
        assertEquals(city.name(), reader.tryCity(ip).orElseThrow(() -> new AssertionError(ip)).city().name());
      }
      if (city.v6Network() != null) {
        assertEquals(city.name(), reader.tryCity(city.v6Network()).orElseThrow().city().name());
      }
    }
  }

  @Test
  void nothingOutsideTheDemoNetworks() throws Exception {
    for (String ip : new String[] {"1.1.1.1", "8.8.8.8", "192.168.1.23", "2a0c:9a40:ffff::1", "2001:4860::8888"}) {
      assertTrue(reader.tryCity(InetAddress.getByName(ip)).isEmpty(), ip);
    }
  }
}
