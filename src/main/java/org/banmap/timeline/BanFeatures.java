package org.banmap.timeline;

import org.banmap.geo.AddressTable;
import org.banmap.geo.GeoPlace;
import org.banmap.geo.LocatedBans;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * What the styles read of a {@link Timeline}'s bans, derived from its columns: the running ban
 * count per address (the one per-ban value that needs a pass over history, an int array), and per
 * distinct place its point geometry and boxed coordinates (a few thousand places for millions of
 * bans, so a style reading {@code lon} or the geometry allocates nothing per ban). The rest
 * (address text, {@code rand}, time) is computed from the columns when a style asks for it. {@link
 * #at(long, long)} gives the flyweight {@link BanFeature} that frames move from ban to ban.
 */
public final class BanFeatures {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final Timeline timeline;
  private final LocatedBans bans;
  private final int[] counts;
  private final Point[] points;
  private final Double[] lons;
  private final Double[] lats;

  private BanFeatures(Timeline timeline) {
    this.timeline = timeline;
    this.bans = timeline.bans();
    int n = bans.size();
    this.counts = new int[n];
    int[] seen = new int[bans.addresses().size()];
    for (int i = 0; i < n; i++) {
      counts[i] = ++seen[bans.addressIndex(i)];
    }
    int places = bans.placeCount();
    this.points = new Point[places];
    this.lons = new Double[places];
    this.lats = new Double[places];
    for (int p = 0; p < places; p++) {
      GeoPlace place = bans.placeAt(p);
      points[p] = GEOMETRY.createPoint(new Coordinate(place.lon(), place.lat()));
      lons[p] = place.lon();
      lats[p] = place.lat();
    }
  }

  /** Derives the attributes of every ban of {@code timeline} (in time order, so counts run forward). */
  public static BanFeatures of(Timeline timeline) {
    return new BanFeatures(timeline);
  }

  public Timeline timeline() {
    return timeline;
  }

  public int size() {
    return counts.length;
  }

  /**
   * A fresh flyweight for one thread, showing the bans as they are at frame time {@code
   * frameMillis} with a fade window of {@code fadeMillis}; move it with {@link BanFeature#moveTo}.
   */
  public BanFeature at(long frameMillis, long fadeMillis) {
    return new BanFeature(this, frameMillis, fadeMillis);
  }

  /**
   * A number in [0, 1) fixed by the address and the ban's time: the same ban gets the same value
   * in every frame and every run, so a style can rotate or jitter it without flicker.
   */
  static double random(String ip, long epochMillis) {
    long h = FNV_OFFSET;
    for (int i = 0; i < ip.length(); i++) {
      h = (h ^ ip.charAt(i)) * FNV_PRIME;
    }
    return finish(h, epochMillis);
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** {@link #random(String, long)} of the address's text, without building the text for IPv4. */
  static double random(AddressTable addresses, int address, long epochMillis) {
    if (!addresses.isIpv4(address)) {
      return random(addresses.text(address), epochMillis);
    }
    int bits = addresses.ipv4Bits(address);
    long h = FNV_OFFSET;
    for (int shift = 24; shift >= 0; shift -= 8) {
      int octet = (bits >>> shift) & 0xFF;
      if (shift != 24) {
        h = (h ^ '.') * FNV_PRIME;
      }
      if (octet >= 100) {
        h = (h ^ ('0' + octet / 100)) * FNV_PRIME;
      }
      if (octet >= 10) {
        h = (h ^ ('0' + octet / 10 % 10)) * FNV_PRIME;
      }
      h = (h ^ ('0' + octet % 10)) * FNV_PRIME;
    }
    return finish(h, epochMillis);
  }

  /** Mixes in the time, then a splitmix64 finaliser spreads the bits. */
  private static double finish(long hash, long epochMillis) {
    long h = hash ^ epochMillis;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return (h >>> 11) * 0x1.0p-53;
  }

  LocatedBans bans() {
    return bans;
  }

  Point point(int index) {
    return points[bans.placeIndex(index)];
  }

  String ip(int index) {
    return bans.addresses().text(bans.addressIndex(index));
  }

  int count(int index) {
    return counts[index];
  }

  double random(int index) {
    return random(bans.addresses(), bans.addressIndex(index), bans.epochMillis(index));
  }

  Double lon(int index) {
    return lons[bans.placeIndex(index)];
  }

  Double lat(int index) {
    return lats[bans.placeIndex(index)];
  }
}
