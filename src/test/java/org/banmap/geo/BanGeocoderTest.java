package org.banmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.banmap.ingest.BanEvent;
import org.banmap.ingest.SourceLine;
import org.banmap.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BanGeocoderTest {
  static final GeoPlace BERLIN = new GeoPlace(13.4, 52.5, "DE", "Germany", "Berlin", 20);

  /** Knows 8.8.0.0/16 and 2a00::/16 as Berlin; counts every lookup per address. */
  static final class FakeLocator implements GeoLocator {
    final Map<InetAddress, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public Optional<GeoPlace> locate(InetAddress ip) {
      calls.computeIfAbsent(ip, k -> new AtomicInteger()).incrementAndGet();
      byte[] b = ip.getAddress();
      boolean known = b.length == 4 ? (b[0] == 8 && b[1] == 8) : (b[0] == 0x2a && b[1] == 0);
      return known ? Optional.of(BERLIN) : Optional.empty();
    }

    @Override
    public String attribution() {
      return "fake";
    }
  }

  static BanEvent ban(String ip, long line) throws Exception {
    return new BanEvent(
        Instant.ofEpochSecond(line), InetAddress.getByName(ip), "sshd",
        new SourceLine(Path.of("fail2ban.log"), line));
  }

  @Test
  void countsPrivateAndUnknownWithFileLineExamplesAndKeepsOrder() throws Exception {
    List<BanEvent> bans =
        List.of(
            ban("8.8.8.8", 1), ban("192.168.1.5", 2), ban("1.1.1.1", 3), ban("8.8.4.4", 4),
            ban("8.8.8.8", 5), ban("10.0.0.1", 6), ban("1.1.1.1", 7), ban("2a00:1450::1", 8),
            ban("fe80::1", 9), ban("127.0.0.1", 10));
    Problems problems = new Problems();
    FakeLocator locator = new FakeLocator();
    BanGeocoder.Result r = new BanGeocoder().geocode(bans, locator, problems);

    // ban(ip, n) is at second n: the times say which bans were kept, in input order.
    LocatedBans located = r.located();
    assertEquals(4, located.size());
    assertEquals(List.of(1000L, 4000L, 5000L, 8000L),
        List.of(located.epochMillis(0), located.epochMillis(1), located.epochMillis(2), located.epochMillis(3)));
    assertEquals(List.of("8.8.8.8", "8.8.4.4", "8.8.8.8", "2a00:1450:0:0:0:0:0:1"),
        List.of(located.ip(0).getHostAddress(), located.ip(1).getHostAddress(), located.ip(2).getHostAddress(),
            located.ip(3).getHostAddress()));
    assertEquals(BERLIN, located.place(0));
    assertEquals(1, located.placeCount(), "one Berlin for all bans");
    assertEquals(8, located.addresses().size(), "every distinct address once, 8.8.8.8 for two bans");
    assertEquals(located.addressIndex(0), located.addressIndex(2));
    assertEquals("sshd", located.jail(3));
    assertEquals(4, r.privateOrReserved());
    assertEquals(2, r.notInDatabase());
    assertEquals(4, problems.count(BanGeocoder.PRIVATE_OR_RESERVED));
    assertEquals(2, problems.count(BanGeocoder.NOT_IN_DATABASE));
    assertEquals(
        List.of("fail2ban.log:2: 192.168.1.5", "fail2ban.log:6: 10.0.0.1", "fail2ban.log:9: fe80:0:0:0:0:0:0:1"),
        problems.examples(BanGeocoder.PRIVATE_OR_RESERVED));
    assertEquals(
        List.of("fail2ban.log:3: 1.1.1.1", "fail2ban.log:7: 1.1.1.1"),
        problems.examples(BanGeocoder.NOT_IN_DATABASE));
    // Each distinct public address is asked once; private ones never reach the database.
    assertEquals(4, locator.calls.size());
    assertTrue(locator.calls.values().stream().allMatch(c -> c.get() == 1));
    assertEquals(4, new BanGeocoder().locate(bans, new FakeLocator(), new Problems()).size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.1.2.3", "10.255.0.1", "100.64.0.1", "100.127.255.255", "127.0.0.1", "169.254.1.1",
        "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.168.0.1", "198.18.0.1",
        "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250",
        "240.0.0.1", "255.255.255.255", "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1",
        "febf::1", "ff02::1", "2001:db8::1", "2001:db8:ffff::1", "::ffff:10.0.0.1", "::192.168.0.1"
      })
  void privateAndReservedAddresses(String ip) throws Exception {
    assertTrue(BanGeocoder.isPrivateOrReserved(InetAddress.getByName(ip)), ip);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
        "172.15.255.255", "172.32.0.0", "192.0.1.1", "192.0.3.1", "192.169.0.1", "198.17.255.255",
        "198.20.0.0", "198.51.101.1", "203.0.114.1", "223.255.255.255", "2a00:1450::1",
        "2001:db9::1", "2001:4860::8888", "fec0::1", "::ffff:8.8.8.8", "64:ff9b::808:808"
      })
  void publicAddresses(String ip) throws Exception {
    assertEquals(false, BanGeocoder.isPrivateOrReserved(InetAddress.getByName(ip)), ip);
  }

  @Test
  void manyDistinctAddressesAreLookedUpOnceEachInParallel() throws Exception {
    List<BanEvent> bans = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      bans.add(ban("8.8." + (i / 256 % 256) + "." + (i % 256), i + 1));
      bans.add(ban("1.2." + (i / 256 % 256) + "." + (i % 256), i + 1));
    }
    FakeLocator locator = new FakeLocator();
    BanGeocoder.Result r = new BanGeocoder().geocode(bans, locator, new Problems());
    assertEquals(20_000, r.located().size());
    assertEquals(20_000, r.notInDatabase());
    assertEquals(40_000, locator.calls.size());
    assertTrue(locator.calls.values().stream().allMatch(c -> c.get() == 1));
  }

  /** Repeated addresses are looked up once each and shared by their bans (speed: `banmap benchmark`). */
  @Test
  void repeatedAddressesShareOneLookupAndOneAddressNumber() throws Exception {
    List<BanEvent> bans = new ArrayList<>();
    List<BanEvent> distinct = List.of(ban("8.8.8.8", 1), ban("8.8.4.4", 2), ban("1.1.1.1", 3), ban("10.0.0.1", 4));
    for (int i = 0; i < 100_000; i++) {
      bans.add(distinct.get(i % distinct.size()));
    }
    FakeLocator locator = new FakeLocator();
    BanGeocoder.Result r = new BanGeocoder().geocode(bans, locator, new Problems());
    assertEquals(50_000, r.located().size());
    assertEquals(25_000, r.notInDatabase());
    assertEquals(25_000, r.privateOrReserved());
    assertEquals(3, locator.calls.size(), "10.0.0.1 never reaches the database");
    assertTrue(locator.calls.values().stream().allMatch(c -> c.get() == 1));
    assertEquals(4, r.located().addresses().size());
    for (int i = 0; i < r.located().size(); i++) {
      assertEquals(i % 2 == 0 ? "8.8.8.8" : "8.8.4.4", r.located().addresses().text(r.located().addressIndex(i)));
    }
  }
}
