package org.banmap.style;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Frame-level values that styles read through {@code env(name)}: built once per frame, never per
 * feature. {@code wms_scale_denominator} and {@code scale} answer the current scale denominator
 * unless set explicitly. Names are case-insensitive, as in GeoServer.
 */
public record StyleEnv(double scaleDenominator, Map<String, Object> values) {
  public static final StyleEnv EMPTY = new StyleEnv(Double.NaN, Map.of());

  public StyleEnv {
    Map<String, Object> lower = new HashMap<>();
    values.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    values = Map.copyOf(lower);
  }

  public static StyleEnv atScale(double scaleDenominator) {
    return new StyleEnv(scaleDenominator, Map.of());
  }

  /** A copy with one more value, e.g. {@code env.with("frame_index", 12)}. */
  public StyleEnv with(String name, Object value) {
    Map<String, Object> copy = new HashMap<>(values);
    copy.put(name.toLowerCase(Locale.ROOT), value);
    return new StyleEnv(scaleDenominator, copy);
  }

  /** The value of {@code env(name)}, or null when unset (the caller applies the default). */
  public Object value(String name) {
    Object v = values.get(name.toLowerCase(Locale.ROOT));
    if (v == null && !Double.isNaN(scaleDenominator)) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.equals("wms_scale_denominator") || n.equals("scale")) {
        return scaleDenominator;
      }
    }
    return v;
  }
}
