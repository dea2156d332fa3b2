package org.banmap.style;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import org.banmap.map.Feature;
import org.locationtech.jts.geom.Geometry;

/**
 * Conversions between the loosely typed values of SLD (everything may arrive as text) and what a
 * painter needs. Conversions of constants happen once, when the style is read; these run per
 * feature only for data-driven values.
 */
public final class Values {
  private Values() {}

  /** A number, or NaN when missing or not numeric. */
  public static double toDouble(Object v) {
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof String) {
      return parseNumber((String) v);
    }
    if (v instanceof Boolean) {
      return ((Boolean) v) ? 1 : 0;
    }
    return Double.NaN;
  }

  /** Parses a decimal number (surrounding blanks allowed); NaN if it is not one. */
  public static double parseNumber(String s) {
    String t = s.trim();
    if (t.isEmpty() || !looksNumeric(t)) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  // Cheap pre-check so that words like "Infinity"/"NaN"/"1f" do not count as numbers.
  private static boolean looksNumeric(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }

  public static String toText(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return v.toString();
    }
    if (v instanceof float[]) {
      float[] dashes = (float[]) v;
      StringBuilder out = new StringBuilder();
      for (float f : dashes) {
        out.append(out.length() == 0 ? "" : " ").append(toText((double) f));
      }
      return out.toString();
    }
    if (v instanceof Color) {
      Color c = (Color) v;
      return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
    return v.toString();
  }

  public static boolean toBoolean(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue() != 0;
    }
    return v instanceof String && ((String) v).trim().equalsIgnoreCase("true");
  }

  /** A colour, or null when missing or unparseable. */
  public static Color toColor(Object v) {
    if (v instanceof Color) {
      return (Color) v;
    }
    if (v instanceof String) {
      return parseColor((String) v);
    }
    if (v instanceof Number) {
      return new Color(((Number) v).intValue() & 0xffffff);
    }
    return null;
  }

  private static final Map<String, Color> NAMED =
      Map.ofEntries(
          Map.entry("black", Color.BLACK),
          Map.entry("white", Color.WHITE),
          Map.entry("red", new Color(0xff0000)),
          Map.entry("green", new Color(0x008000)),
          Map.entry("lime", new Color(0x00ff00)),
          Map.entry("blue", new Color(0x0000ff)),
          Map.entry("yellow", new Color(0xffff00)),
          Map.entry("cyan", new Color(0x00ffff)),
          Map.entry("aqua", new Color(0x00ffff)),
          Map.entry("magenta", new Color(0xff00ff)),
          Map.entry("fuchsia", new Color(0xff00ff)),
          Map.entry("gray", new Color(0x808080)),
          Map.entry("grey", new Color(0x808080)),
          Map.entry("silver", new Color(0xc0c0c0)),
          Map.entry("maroon", new Color(0x800000)),
          Map.entry("olive", new Color(0x808000)),
          Map.entry("navy", new Color(0x000080)),
          Map.entry("purple", new Color(0x800080)),
          Map.entry("teal", new Color(0x008080)),
          Map.entry("orange", new Color(0xffa500)),
          Map.entry("brown", new Color(0xa52a2a)),
          Map.entry("pink", new Color(0xffc0cb)),
          Map.entry("transparent", new Color(0, 0, 0, 0)));

  /**
   * Parses {@code #RRGGBB}, {@code #RGB}, {@code 0xRRGGBB}, 8 hex digits ({@code #AARRGGBB} with
   * alpha when the high byte is non-zero, like GeoTools), {@code rgb(r,g,b)}, {@code rgba(...)}
   * and CSS basic names; null when it is none of those.
   */
  public static Color parseColor(String text) {
    String s = text.trim();
    String hex = null;
    if (s.startsWith("#")) {
      hex = s.substring(1);
    } else if (s.startsWith("0x") || s.startsWith("0X")) {
      hex = s.substring(2);
    }
    if (hex != null) {
      return parseHex(hex);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("rgb(") || lower.startsWith("rgba(")) {
      return parseRgb(lower);
    }
    return NAMED.get(lower);
  }

  private static Color parseHex(String hex) {
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        return null;
      }
    }
    if (hex.length() == 3) {
      int r = Character.digit(hex.charAt(0), 16) * 17;
      int g = Character.digit(hex.charAt(1), 16) * 17;
      int b = Character.digit(hex.charAt(2), 16) * 17;
      return new Color(r, g, b);
    }
    if (hex.length() == 6) {
      return new Color(Integer.parseInt(hex, 16));
    }
    if (hex.length() == 8) {
      long v = Long.parseLong(hex, 16);
      int alpha = (int) (v >>> 24);
      // GeoTools: a zero high byte means "no alpha given", not fully transparent.
      return alpha == 0 ? new Color((int) v & 0xffffff) : new Color((int) v, true);
    }
    return null;
  }

  private static Color parseRgb(String s) {
    int open = s.indexOf('(');
    int close = s.lastIndexOf(')');
    if (close < open) {
      return null;
    }
    String[] parts = s.substring(open + 1, close).split(",");
    if (parts.length < 3 || parts.length > 4) {
      return null;
    }
    try {
      int r = Integer.parseInt(parts[0].trim());
      int g = Integer.parseInt(parts[1].trim());
      int b = Integer.parseInt(parts[2].trim());
      int a = parts.length == 4 ? (int) Math.round(Double.parseDouble(parts[3].trim()) * 255) : 255;
      if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255 || a < 0 || a > 255) {
        return null;
      }
      return new Color(r, g, b, a);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A dash array: shared float[] for constants, parsed from "5 2" / "5,2" text otherwise. */
  public static float[] toDashes(Object v) {
    if (v instanceof float[]) {
      return (float[]) v;
    }
    if (v == null) {
      return null;
    }
    return parseDashes(toText(v));
  }

  /** Parses blank- or comma-separated non-negative numbers; null if any part is not a number. */
  public static float[] parseDashes(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return null;
    }
    String[] parts = t.split("[\\s,]+");
    float[] out = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      double d = parseNumber(parts[i]);
      if (Double.isNaN(d) || d < 0) {
        return null;
      }
      out[i] = (float) d;
    }
    return out;
  }

  /**
   * The geometry a symbolizer or BBOX works on: the expression's value when it is a geometry, else
   * the feature's default geometry (a {@code <PropertyName>the_geom</PropertyName>} names the
   * default geometry in most files, and our features keep geometry out of their attributes).
   */
  public static Geometry geometryOf(Expression geometry, Feature feature, StyleEnv env) {
    if (geometry != null) {
      Object v = geometry.evaluate(feature, env);
      if (v instanceof Geometry) {
        return (Geometry) v;
      }
    }
    return feature == null ? null : feature.geometry();
  }

  /** Equality as GeoTools filters see it: numerically when both sides are numbers. */
  public static boolean equal(Object a, Object b, boolean matchCase) {
    double x = toDouble(a);
    double y = toDouble(b);
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      return x == y;
    }
    String s = toText(a);
    String t = toText(b);
    return matchCase ? s.equals(t) : s.equalsIgnoreCase(t);
  }

  /** Ordering: numeric when both sides are numbers, else text (optionally ignoring case). */
  public static int compare(Object a, Object b, boolean matchCase) {
    double x = toDouble(a);
    double y = toDouble(b);
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      return Double.compare(x, y);
    }
    String s = toText(a);
    String t = toText(b);
    return matchCase ? s.compareTo(t) : s.compareToIgnoreCase(t);
  }
}
