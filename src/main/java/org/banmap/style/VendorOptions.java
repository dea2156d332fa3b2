package org.banmap.style;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GeoServer {@code <VendorOption name="...">value</VendorOption>} of one element, in document order.
 * Lookups ignore case ({@code followLine} and {@code followline} both occur in the wild). A value
 * that does not parse as the requested type answers the default, so a typo here never breaks a map.
 */
public record VendorOptions(Map<String, String> values) {
  public static final VendorOptions NONE = new VendorOptions(Map.of());

  public VendorOptions {
    Map<String, String> lower = new LinkedHashMap<>();
    values.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v.trim()));
    values = java.util.Collections.unmodifiableMap(lower);
  }

  // Lookup names are constants in the code: each is lower-cased once, not per lookup (per point).
  private static final Map<String, String> LOOKUP_KEYS = new ConcurrentHashMap<>();

  private static String key(String name) {
    String k = LOOKUP_KEYS.get(name);
    if (k == null) {
      k = name.toLowerCase(Locale.ROOT);
      if (LOOKUP_KEYS.size() < 1024) {
        LOOKUP_KEYS.put(name, k);
      }
    }
    return k;
  }

  public boolean has(String name) {
    return values.containsKey(key(name));
  }

  public String string(String name, String fallback) {
    String v = values.get(key(name));
    return v == null ? fallback : v;
  }

  public boolean bool(String name, boolean fallback) {
    String v = values.get(key(name));
    if (v == null) {
      return fallback;
    }
    if (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")) {
      return true;
    }
    if (v.equalsIgnoreCase("false") || v.equals("0") || v.equalsIgnoreCase("no")) {
      return false;
    }
    return fallback;
  }

  public double number(String name, double fallback) {
    String v = values.get(key(name));
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** {@code inclusion}: whether an element paints on the map (GeoServer's default {@code normal}). */
  public Inclusion inclusion() {
    String v = string("inclusion", "normal");
    if (v.equalsIgnoreCase("legendOnly")) {
      return Inclusion.LEGEND_ONLY;
    }
    if (v.equalsIgnoreCase("mapOnly")) {
      return Inclusion.MAP_ONLY;
    }
    return Inclusion.NORMAL;
  }

  public enum Inclusion {
    NORMAL,
    LEGEND_ONLY,
    MAP_ONLY;

    /** Whether something with this inclusion appears on a map (as opposed to only in a legend). */
    public boolean onMap() {
      return this != LEGEND_ONLY;
    }
  }
}
