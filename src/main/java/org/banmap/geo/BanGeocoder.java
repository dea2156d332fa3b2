package org.banmap.geo;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.banmap.ingest.BanEvent;
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
  public record Result(List<LocatedBan> located, long privateOrReserved, long notInDatabase) {
    public Result {
      located = List.copyOf(located);
    }
  }

  /** What the lookup cache holds for an address that has no place. */
  private enum Miss {
    RESERVED,
    NOT_IN_DATABASE
  }

  /** Just the located bans; see {@link #geocode} for the counts. */
  public List<LocatedBan> locate(List<BanEvent> bans, GeoLocator locator, Problems problems) {
    return geocode(bans, locator, problems).located();
  }

  public Result geocode(List<BanEvent> bans, GeoLocator locator, Problems problems) {
    // Number the distinct addresses in first-seen order: each ban gets its address's number, and
    // each number the index of its first ban. IPv4 addresses are keyed by their bits in a
    // primitive table, so a million distinct addresses cost a few int arrays, not a million
    // InetAddress keys and map nodes for the garbage collector to copy.
    int[] addressOf = new int[bans.size()];
    int[] firstBan = new int[Math.max(16, bans.size())];
    Ipv4Numbers v4 = new Ipv4Numbers();
    Map<InetAddress, Integer> others = new HashMap<>();
    int distinct = 0;
    for (int i = 0; i < addressOf.length; i++) {
      BanEvent ban = bans.get(i);
      int number = ban.isIpv4() ? v4.numberOf(ban.ipv4Bits(), distinct) : others.computeIfAbsent(ban.ip(), k -> -1);
      if (number < 0) {
        others.put(ban.ip(), distinct);
        number = distinct;
      }
      if (number == distinct) {
        firstBan[distinct++] = i;
      }
      addressOf[i] = number;
    }
    Object[] found = lookUp(bans, firstBan, distinct, locator);
    // Many addresses share a place (one city, one network): keep one GeoPlace per place, so a
    // million bans from a few thousand cities hold a few thousand places, not a million.
    Map<GeoPlace, GeoPlace> shared = new HashMap<>();
    for (int i = 0; i < distinct; i++) {
      if (found[i] instanceof GeoPlace p) {
        found[i] = shared.computeIfAbsent(p, k -> k);
      }
    }

    List<LocatedBan> located = new ArrayList<>(bans.size());
    long reserved = 0;
    long missing = 0;
    for (int i = 0; i < addressOf.length; i++) {
      BanEvent ban = bans.get(i);
      Object place = found[addressOf[i]];
      if (place instanceof GeoPlace p) {
        located.add(new LocatedBan(ban, p));
      } else if (place == Miss.RESERVED) {
        reserved++;
        problems.add(PRIVATE_OR_RESERVED, ban.at(), ban.ip().getHostAddress());
      } else {
        missing++;
        problems.add(NOT_IN_DATABASE, ban.at(), ban.ip().getHostAddress());
      }
    }
    return new Result(located, reserved, missing);
  }

  /** The {@link GeoPlace} or {@link Miss} of each address number (looked up at its first ban). */
  private static Object[] lookUp(List<BanEvent> bans, int[] firstBan, int distinct, GeoLocator locator) {
    Object[] found = new Object[distinct];
    if (distinct < PARALLEL_THRESHOLD) {
      for (int i = 0; i < distinct; i++) {
        found[i] = lookUp(bans.get(firstBan[i]).ip(), locator);
      }
      return found;
    }
    // The MaxMind reader is thread-safe; a fresh set of addresses is dominated by tree walks and
    // record decoding, which spread well over cores.
    IntStream.range(0, distinct).parallel().forEach(i -> found[i] = lookUp(bans.get(firstBan[i]).ip(), locator));
    return found;
  }

  /** IPv4 bits to address numbers: open addressing over two int arrays. */
  private static final class Ipv4Numbers {
    private int[] keys = new int[1024];
    private int[] values = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** The number of {@code bits}, which becomes {@code next} if the address is new. */
    int numberOf(int bits, int next) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = mix(bits) & mask;
      while (used[i]) {
        if (keys[i] == bits) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      used[i] = true;
      keys[i] = bits;
      values[i] = next;
      size++;
      return next;
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new int[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldUsed[j]) {
          int i = mix(oldKeys[j]) & mask;
          while (used[i]) {
            i = (i + 1) & mask;
          }
          used[i] = true;
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }

    private static int mix(int x) {
      int h = x * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
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
    int v = ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF);
    for (int[] net : RESERVED_V4) {
      int mask = -1 << (32 - net[1]);
      if ((v & mask) == net[0]) {
        return true;
      }
    }
    return false;
  }
}
