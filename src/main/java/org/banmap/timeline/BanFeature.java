package org.banmap.timeline;

import java.time.Instant;
import org.banmap.geo.GeoPlace;
import org.banmap.map.Feature;
import org.locationtech.jts.geom.Geometry;

/**
 * One located ban as a style {@link Feature} at one frame. A mutable flyweight: a frame renderer
 * keeps one per thread and {@link #moveTo moves} it from ban to ban, so drawing a frame allocates
 * no maps. Attributes:
 *
 * <ul>
 *   <li>{@code ip}, {@code jail}, {@code country_code}, {@code country}, {@code city}, {@code
 *       lat}, {@code lon}, {@code accuracy_km} (null when unknown), {@code time} (ISO-8601 UTC);
 *   <li>{@code age_s}: seconds since the ban at this frame; {@code age}: the same as a fraction
 *       of the fade window, 0 at the ban and 1 when it has faded out; {@code fade_s}: the window;
 *   <li>{@code count}: bans from this address so far, this one included;
 *   <li>{@code rand}: a number in [0, 1) that is stable per ban (for rotations and jitter).
 * </ul>
 *
 * Not thread-safe; use one instance per thread.
 */
public final class BanFeature implements Feature {
  /** The attribute names, for documentation, {@code style check} sample features and tests. */
  public static final String[] ATTRIBUTES = {
    "ip", "jail", "country_code", "country", "city", "lat", "lon", "accuracy_km", "time",
    "age_s", "age", "fade_s", "count", "rand"
  };

  private final BanFeatures bans;
  private long frameMillis;
  private final long fadeMillis;
  private final Double fadeSeconds;
  private int index = -1;

  BanFeature(BanFeatures bans, long frameMillis, long fadeMillis) {
    if (fadeMillis <= 0) {
      throw new IllegalArgumentException("fade must be positive, got " + fadeMillis + " ms");
    }
    this.bans = bans;
    this.frameMillis = frameMillis;
    this.fadeMillis = fadeMillis;
    this.fadeSeconds = fadeMillis / 1000.0;
  }

  /** Shows ban {@code index} of the timeline; returns this. */
  public BanFeature moveTo(int index) {
    this.index = index;
    return this;
  }

  /** Shows the bans as they are at {@code frameMillis} (epoch milliseconds); returns this. */
  public BanFeature atFrame(long frameMillis) {
    this.frameMillis = frameMillis;
    return this;
  }

  public int index() {
    return index;
  }

  /** Age as a fraction of the fade window (0 at the ban, 1 when faded out), unclamped. */
  public double age() {
    return ageMillis() / (double) fadeMillis;
  }

  private long ageMillis() {
    return frameMillis - bans.timeline().epochMillis(index);
  }

  @Override
  public String id() {
    return bans.ip(index) + "@" + Instant.ofEpochMilli(bans.timeline().epochMillis(index));
  }

  @Override
  public Geometry geometry() {
    return bans.point(index);
  }

  @Override
  public Object attribute(String name) {
    GeoPlace place = bans.bans().place(index);
    switch (name) {
      case "age":
      case "age_s":
      case "rand":
        return number(name);
      case "fade_s":
        return fadeSeconds;
      case "count":
        return bans.count(index);
      case "jail":
        return bans.bans().jail(index);
      case "ip":
        return bans.ip(index);
      case "country_code":
        return place.countryCode();
      case "country":
        return place.countryName();
      case "city":
        return place.city();
      case "lat":
        return bans.lat(index);
      case "lon":
        return bans.lon(index);
      case "accuracy_km":
        return place.accuracyKm();
      case "time":
        return Instant.ofEpochMilli(bans.timeline().epochMillis(index)).toString();
      default:
        return null;
    }
  }

  /** The numeric attributes without boxing: a frame reads {@code age} of every visible ban. */
  @Override
  public double number(String name) {
    switch (name) {
      case "age":
        return age();
      case "age_s":
        return ageMillis() / 1000.0;
      case "fade_s":
        return fadeSeconds;
      case "rand":
        return bans.random(index);
      case "count":
        return bans.count(index);
      case "lat":
        return bans.lat(index);
      case "lon":
        return bans.lon(index);
      default:
        return Feature.super.number(name);
    }
  }

  @Override
  public String toString() {
    return "ban " + (index < 0 ? "(none)" : id());
  }
}
