package org.banmap.render.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.banmap.map.Feature;
import org.banmap.style.Expression;
import org.banmap.style.Stroke;
import org.banmap.style.StyleDefaults;
import org.banmap.style.StyleEnv;
import org.banmap.style.Values;

/** An SLD Stroke evaluated for one feature: the colour (alpha = stroke-opacity) and the Java2D stroke. */
record StrokePaint(Color color, BasicStroke stroke) {
  /**
   * Evaluates {@code s} with sizes (width, dashes, offset) multiplied by {@code unit} pixels per
   * style unit. Unparseable values fall back to the defaults.
   */
  static StrokePaint of(Stroke s, Feature f, StyleEnv env, double unit) {
    Color c = s.color().asColor(f, env);
    if (c == null) {
      c = StyleDefaults.STROKE_COLOR;
    }
    double opacity = number(s.opacity(), f, env, 1);
    double width = number(s.width(), f, env, StyleDefaults.STROKE_WIDTH) * unit;
    float[] dashes = s.dashArray().map(e -> Values.toDashes(e.evaluate(f, env))).orElse(null);
    if (dashes != null) {
      float[] scaled = new float[dashes.length];
      float sum = 0;
      for (int i = 0; i < dashes.length; i++) {
        scaled[i] = (float) (dashes[i] * unit);
        sum += scaled[i];
      }
      dashes = sum > 0 ? scaled : null;
    }
    float offset = (float) (number(s.dashOffset(), f, env, 0) * unit);
    BasicStroke stroke = new BasicStroke((float) Math.max(0, width), cap(s.lineCap().asString(f, env)),
        join(s.lineJoin().asString(f, env)), 10f, dashes, Math.max(0, offset));
    return new StrokePaint(withOpacity(c, opacity), stroke);
  }

  static double number(Expression e, Feature f, StyleEnv env, double fallback) {
    double v = e == null ? Double.NaN : e.asDouble(f, env);
    return Double.isNaN(v) ? fallback : v;
  }

  static Color withOpacity(Color c, double opacity) {
    int a = alpha(c, opacity);
    return a == c.getAlpha() ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
  }

  /** The alpha of {@link #withOpacity}{@code (c, opacity)}. */
  static int alpha(Color c, double opacity) {
    double o = Double.isNaN(opacity) ? 1 : Math.max(0, Math.min(1, opacity));
    return (int) Math.round(c.getAlpha() * o);
  }

  private static int cap(String v) {
    String s = v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
    return s.equals("round") ? BasicStroke.CAP_ROUND : s.equals("square") ? BasicStroke.CAP_SQUARE : BasicStroke.CAP_BUTT;
  }

  private static int join(String v) {
    String s = v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
    return s.equals("round") ? BasicStroke.JOIN_ROUND : s.equals("bevel") ? BasicStroke.JOIN_BEVEL : BasicStroke.JOIN_MITER;
  }
}
