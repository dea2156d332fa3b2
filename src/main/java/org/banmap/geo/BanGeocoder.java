package org.banmap.geo;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.banmap.ingest.BanEvent;
import org.banmap.ingest.BanList;
import org.banmap.report.Problems;

/**
 * Attaches a place to each ban. Every distinct address is looked up once; bans whose address is
 * private or reserved, or not in the database, are counted in {@link Problems} and dropped.
 */
public final class BanGeocoder {
  public static final String PRIVATE_OR_RESERVED = "private_or_reserved_address";
  public static final String NOT_IN_DATABASE = "ip_not_in_database";

  /** Below this many distinct addresses, threads cost more than they save. */
  private static final int PARALLEL_THRESHOLD = 5_000;

  /** The located bans, in input order, and how many bans were dropped and why. */
  public record Result(LocatedBans located, long privateOrReserved, long notInDatabase) {}

  /** What the lookup holds for an address that has no place. */
  private enum Miss {
    RESERVED,
    NOT_IN_DATABASE
  }

  /** Place numbers of addresses that have none (place numbers are never negative). */
  private static final int RESERVED = -1;
  private static final int MISSING = -2;

  /** Just the located bans; see {@link #geocode} for the counts. */
  public LocatedBans locate(List<BanEvent> bans, GeoLocator locator, Problems problems) {
    return geocode(bans, locator, problems).located();
  }

  /**
   * Locates {@code bans} into columns. The events are only read: a caller that drops its last
   * reference to them afterwards keeps just the columns (about 20 bytes a ban).
   */
  public Result geocode(List<BanEvent> events, GeoLocator locator, Problems problems) {
    // Read the columns the ingest stage stores bans in (other lists are copied into columns).
    BanList bans = BanList.of(events);
    // Number the distinct addresses in first-seen order; each ban gets its address's number.
    AddressTable addresses = new AddressTable();
    int[] addressOf = new int[bans.size()];
    for (int i = 0; i < addressOf.length; i++) {
      addressOf[i] = bans.isIpv4(i) ? addresses.number(bans.ipv4Bits(i)) : addresses.number(bans.otherAddress(i));
    }
    int distinct = addresses.size();
    // The lookup index is no longer needed: drop it before the columns are allocated.
    addresses.freeze();
    Object[] found = lookUpAll(addresses, distinct, locator);

    // Number the places: many addresses share one (a city, a network), so the place table stays
    // a few thousand entries for millions of bans. Addresses of one network share one GeoPlace
    // object: look that up by identity before hashing it.
    List<GeoPlace> places = new ArrayList<>();
    Map<GeoPlace, Integer> byIdentity = new IdentityHashMap<>();
    Map<GeoPlace, Integer> byValue = new HashMap<>();
    int[] placeOf = new int[distinct];
    for (int a = 0; a < distinct; a++) {
      placeOf[a] = found[a] instanceof GeoPlace p
          ? byIdentity.computeIfAbsent(p, k -> byValue.computeIfAbsent(k, v -> {
            places.add(v);
            return places.size() - 1;
          }))
          : found[a] == Miss.RESERVED ? RESERVED : MISSING;
    }
    found = null;
    int located = 0;
    for (int number : addressOf) {
      located += placeOf[number] >= 0 ? 1 : 0;
    }
    LocatedBans.Builder builder = new LocatedBans.Builder(located, addresses, places);

    long reserved = 0;
    long missing = 0;
    String lastJail = null;
    int lastJailNumber = -1;
    for (int i = 0; i < addressOf.length; i++) {
      int place = placeOf[addressOf[i]];
      if (place >= 0) {
        String jail = bans.jail(i);
        if (jail != lastJail) {
          lastJailNumber = builder.jail(jail);
          lastJail = jail;
        }
        builder.add(bans.epochMilli(i), addressOf[i], place, lastJailNumber);
      } else if (place == RESERVED) {
        reserved++;
        problems.add(PRIVATE_OR_RESERVED, bans.at(i), addresses.text(addressOf[i]));
      } else {
        missing++;
        problems.add(NOT_IN_DATABASE, bans.at(i), addresses.text(addressOf[i]));
      }
    }
    return new Result(builder.build(), reserved, missing);
  }

  /** The {@link GeoPlace} or {@link Miss} of each address number. */
  private static Object[] lookUpAll(AddressTable addresses, int distinct, GeoLocator locator) {
    Object[] found = new Object[distinct];
    if (distinct < PARALLEL_THRESHOLD) {
      for (int i = 0; i < distinct; i++) {
        found[i] = lookUp(addresses, i, locator);
      }
      return found;
    }
    // The MaxMind reader is thread-safe; a fresh set of addresses is dominated by tree walks and
    // record decoding, which spread well over cores.
    IntStream.range(0, distinct).parallel().forEach(i -> found[i] = lookUp(addresses, i, locator));
    return found;
  }

  private static Object lookUp(AddressTable addresses, int number, GeoLocator locator) {
    if (!addresses.isIpv4(number)) {
      return lookUp(addresses.address(number), locator);
    }
    int bits = addresses.ipv4Bits(number);
    if (isReservedIpv4(bits)) {
      return Miss.RESERVED;
    }
    Optional<GeoPlace> place = locator.locateIpv4(bits);
    return place.isPresent() ? place.get() : Miss.NOT_IN_DATABASE;
  }

  private static Object lookUp(InetAddress ip, GeoLocator locator) {
    if (isPrivateOrReserved(ip)) {
      return Miss.RESERVED;
    }
    Optional<GeoPlace> place = locator.locate(ip);
    return place.isPresent() ? place.get() : Miss.NOT_IN_DATABASE;
  }

  /**
   * Whether {@code ip} can never be located: private (RFC 1918, ULA), loopback, link-local,
   * carrier-grade NAT, "this network", multicast, reserved 240/4 and broadcast, documentation and
   * benchmarking ranges, {@code ::} and {@code ::1}.
   */
  static boolean isPrivateOrReserved(InetAddress ip) {
    byte[] b = ip.getAddress();
    if (ip instanceof Inet4Address) {
      return isReservedIpv4(b, 0);
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    if ((first & 0xFE) == 0xFC // fc00::/7 unique local
        || first == 0xFF // ff00::/8 multicast
        || (first == 0xFE && (second & 0xC0) == 0x80) // fe80::/10 link-local
        || (first == 0x20 && second == 0x01 && b[2] == 0x0D && (b[3] & 0xFF) == 0xB8)) {
      return true; // 2001:db8::/32 documentation
    }
    boolean zeroPrefix = true;
    for (int i = 0; i < 12 && zeroPrefix; i++) {
      zeroPrefix = b[i] == 0;
    }
    if (zeroPrefix) {
      // ::, ::1, and the deprecated IPv4-compatible ::a.b.c.d judged by their IPv4 part.
      int last = ((b[12] & 0xFF) << 24) | ((b[13] & 0xFF) << 16) | ((b[14] & 0xFF) << 8) | (b[15] & 0xFF);
      return last == 0 || last == 1 || isReservedIpv4(b, 12);
    }
    return false;
  }

  /** IPv4 networks as (address, prefix length) pairs. */
  private static final int[][] RESERVED_V4 = {
    {0x00000000, 8}, // 0/8 "this network"
    {0x0A000000, 8}, // 10/8 private
    {0x64400000, 10}, // 100.64/10 carrier-grade NAT
    {0x7F000000, 8}, // 127/8 loopback
    {0xA9FE0000, 16}, // 169.254/16 link-local
    {0xAC100000, 12}, // 172.16/12 private
    {0xC0000000, 24}, // 192.0.0/24 IETF protocol assignments
    {0xC0000200, 24}, // 192.0.2/24 documentation
    {0xC0A80000, 16}, // 192.168/16 private
    {0xC6120000, 15}, // 198.18/15 benchmarking
    {0xC6336400, 24}, // 198.51.100/24 documentation
    {0xCB007100, 24}, // 203.0.113/24 documentation
    {0xE0000000, 4}, // 224/4 multicast
    {0xF0000000, 4}, // 240/4 reserved, including 255.255.255.255
  };

  private static boolean isReservedIpv4(byte[] b, int at) {
    return isReservedIpv4(((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF));
  }

  private static boolean isReservedIpv4(int v) {
    for (int[] net : RESERVED_V4) {
      int mask = -1 << (32 - net[1]);
      if ((v & mask) == net[0]) {
        return true;
      }
    }
    return false;
  }
}
