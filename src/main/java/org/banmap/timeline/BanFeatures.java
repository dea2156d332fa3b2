package org.banmap.timeline;

import java.util.HashMap;
import java.util.Map;
import org.banmap.geo.GeoPlace;
import org.banmap.geo.LocatedBan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The per-ban attributes of a {@link Timeline} that do not depend on the frame, computed once:
 * the point geometry, the running ban count per address, a stable random number and the boxed
 * values styles read. {@link #at(long, long)} gives the flyweight {@link BanFeature} that frames
 * move from ban to ban without allocating.
 */
public final class BanFeatures {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final Timeline timeline;
  private final Point[] points;
  private final String[] ips;
  private final Integer[] counts;
  private final Double[] randoms;
  private final Double[] lons;
  private final Double[] lats;

  private BanFeatures(Timeline timeline) {
    int n = timeline.size();
    this.timeline = timeline;
    this.points = new Point[n];
    this.ips = new String[n];
    this.counts = new Integer[n];
    this.randoms = new Double[n];
    this.lons = new Double[n];
    this.lats = new Double[n];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      LocatedBan ban = timeline.ban(i);
      GeoPlace place = ban.place();
      String ip = ban.ban().ip().getHostAddress();
      ips[i] = ip;
      points[i] = GEOMETRY.createPoint(new Coordinate(place.lon(), place.lat()));
      counts[i] = seen.merge(ip, 1, Integer::sum);
      randoms[i] = random(ip, timeline.epochMillis(i));
      lons[i] = place.lon();
      lats[i] = place.lat();
    }
  }

  /** Precomputes the attributes of every ban of {@code timeline} (in time order, so counts run forward). */
  public static BanFeatures of(Timeline timeline) {
    return new BanFeatures(timeline);
  }

  public Timeline timeline() {
    return timeline;
  }

  public int size() {
    return points.length;
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
    long h = 0xcbf29ce484222325L; // FNV-1a, then a splitmix64 finaliser to spread the bits
    for (int i = 0; i < ip.length(); i++) {
      h = (h ^ ip.charAt(i)) * 0x100000001b3L;
    }
    h ^= epochMillis;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return (h >>> 11) * 0x1.0p-53;
  }

  Point point(int index) {
    return points[index];
  }

  String ip(int index) {
    return ips[index];
  }

  Integer count(int index) {
    return counts[index];
  }

  Double random(int index) {
    return randoms[index];
  }

  Double lon(int index) {
    return lons[index];
  }

  Double lat(int index) {
    return lats[index];
  }
}
