package org.banmap.style;

import java.awt.Color;

/** Colour arithmetic for the darken/lighten/saturate/desaturate functions (HSL, as LESS does). */
final class Colors {
  private Colors() {}

  static Color lightness(Color c, double delta) {
    if (c == null) {
      return null;
    }
    float[] hsl = hsl(c);
    return rgb(hsl[0], hsl[1], clamp(hsl[2] + (float) delta), c.getAlpha());
  }

  static Color saturation(Color c, double delta) {
    if (c == null) {
      return null;
    }
    float[] hsl = hsl(c);
    return rgb(hsl[0], clamp(hsl[1] + (float) delta), hsl[2], c.getAlpha());
  }

  /** Linear interpolation of all four channels, t in [0, 1]. */
  static Color mix(Color a, Color b, double t) {
    return new Color(
        lerp(a.getRed(), b.getRed(), t),
        lerp(a.getGreen(), b.getGreen(), t),
        lerp(a.getBlue(), b.getBlue(), t),
        lerp(a.getAlpha(), b.getAlpha(), t));
  }

  private static int lerp(int x, int y, double t) {
    return (int) Math.round(x + (y - x) * t);
  }

  private static float clamp(float v) {
    return Math.max(0, Math.min(1, v));
  }

  private static float[] hsl(Color c) {
    float r = c.getRed() / 255f;
    float g = c.getGreen() / 255f;
    float b = c.getBlue() / 255f;
    float max = Math.max(r, Math.max(g, b));
    float min = Math.min(r, Math.min(g, b));
    float l = (max + min) / 2;
    float h = 0;
    float s = 0;
    if (max != min) {
      float d = max - min;
      s = l > 0.5f ? d / (2 - max - min) : d / (max + min);
      if (max == r) {
        h = (g - b) / d + (g < b ? 6 : 0);
      } else if (max == g) {
        h = (b - r) / d + 2;
      } else {
        h = (r - g) / d + 4;
      }
      h /= 6;
    }
    return new float[] {h, s, l};
  }

  private static Color rgb(float h, float s, float l, int alpha) {
    if (s == 0) {
      int v = Math.round(l * 255);
      return new Color(v, v, v, alpha);
    }
    float q = l < 0.5f ? l * (1 + s) : l + s - l * s;
    float p = 2 * l - q;
    return new Color(
        Math.round(hue(p, q, h + 1f / 3) * 255),
        Math.round(hue(p, q, h) * 255),
        Math.round(hue(p, q, h - 1f / 3) * 255),
        alpha);
  }

  private static float hue(float p, float q, float t) {
    if (t < 0) {
      t += 1;
    }
    if (t > 1) {
      t -= 1;
    }
    if (t < 1f / 6) {
      return p + (q - p) * 6 * t;
    }
    if (t < 1f / 2) {
      return q;
    }
    if (t < 2f / 3) {
      return p + (q - p) * (2f / 3 - t) * 6;
    }
    return p;
  }
}
