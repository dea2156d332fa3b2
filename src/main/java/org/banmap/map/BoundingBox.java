package org.banmap.map;

import java.util.Locale;

/** A lon/lat rectangle in degrees, west to east and south to north. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
  public static final BoundingBox WORLD = new BoundingBox(-180, -90, 180, 90);

  public BoundingBox {
    if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90)) {
      throw new IllegalArgumentException(
          "bbox must lie within -180,-90,180,90, got " + format(minLon, minLat, maxLon, maxLat));
    }
    if (!(minLon < maxLon && minLat < maxLat)) {
      throw new IllegalArgumentException(
          "bbox needs minLon < maxLon and minLat < maxLat, got "
              + format(minLon, minLat, maxLon, maxLat));
    }
  }

  /** Parses {@code minLon,minLat,maxLon,maxLat}. */
  public static BoundingBox parse(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "expected minLon,minLat,maxLon,maxLat (e.g. -25,34,45,72 for Europe), got '" + text + "'");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + parts[i].trim() + "' in bbox is not a number");
      }
    }
    return new BoundingBox(v[0], v[1], v[2], v[3]);
  }

  public double width() {
    return maxLon - minLon;
  }

  public double height() {
    return maxLat - minLat;
  }

  public boolean contains(double lon, double lat) {
    return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
  }

  @Override
  public String toString() {
    return format(minLon, minLat, maxLon, maxLat);
  }

  private static String format(double a, double b, double c, double d) {
    return String.format(Locale.ROOT, "%s,%s,%s,%s", num(a), num(b), num(c), num(d));
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
