package org.banmap.render.style;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import org.banmap.map.MapView;
import org.banmap.style.ColorMap;
import org.banmap.style.RasterSymbolizer;
import org.banmap.style.StyleEnv;

/**
 * A RasterSymbolizer over a {@link FloatGrid}: each cell coloured through the ColorMap (ramp:
 * linear interpolation, clamped to the end colours; intervals: the first entry whose quantity is
 * above the value, none past the last; values: exact matches only), or a grey stretch from the
 * grid's minimum to maximum without one; then drawn with nearest-neighbour sampling at Opacity.
 */
final class RasterPainter {
  private RasterPainter() {}

  private record Stop(double quantity, int argb) {}

  static void paint(Graphics2D g, MapView view, FloatGrid grid, RasterSymbolizer sym, StyleEnv env) {
    BufferedImage image = new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_INT_ARGB);
    if (sym.colorMap().isPresent()) {
      ColorMap map = sym.colorMap().get();
      List<Stop> stops = map.entries().stream().map(e -> stop(e, env)).toList();
      for (int r = 0; r < grid.height(); r++) {
        for (int c = 0; c < grid.width(); c++) {
          float v = grid.value(c, r);
          image.setRGB(c, r, grid.isNoData(v) ? 0 : colour(map.type(), stops, v));
        }
      }
    } else {
      greyStretch(grid, image);
    }
    double opacity = StrokePaint.number(sym.opacity(), null, env, 1);
    Composite old = g.getComposite();
    Object oldInterpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, Math.min(1, opacity))));
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    double x0 = view.x(grid.minX());
    double y0 = view.y(grid.maxY());
    AffineTransform t = AffineTransform.getTranslateInstance(x0, y0);
    t.scale((view.x(grid.maxX()) - x0) / grid.width(), (view.y(grid.minY()) - y0) / grid.height());
    g.drawImage(image, t, null);
    g.setComposite(old);
    if (oldInterpolation != null) {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, oldInterpolation);
    }
  }

  private static Stop stop(ColorMap.Entry e, StyleEnv env) {
    Color c = e.color().asColor(null, env);
    Color withAlpha = StrokePaint.withOpacity(c == null ? Color.BLACK : c, StrokePaint.number(e.opacity(), null, env, 1));
    return new Stop(StrokePaint.number(e.quantity(), null, env, 0), withAlpha.getRGB());
  }

  static int colour(ColorMap.Type type, List<Stop> stops, double v) {
    if (stops.isEmpty()) {
      return 0;
    }
    switch (type) {
      case VALUES:
        for (Stop s : stops) {
          if (s.quantity == v) {
            return s.argb;
          }
        }
        return 0;
      case INTERVALS:
        for (Stop s : stops) {
          if (v < s.quantity) {
            return s.argb;
          }
        }
        return 0;
      default:
        if (v <= stops.get(0).quantity) {
          return stops.get(0).argb;
        }
        for (int i = 1; i < stops.size(); i++) {
          Stop a = stops.get(i - 1);
          Stop b = stops.get(i);
          if (v <= b.quantity) {
            double t = b.quantity > a.quantity ? (v - a.quantity) / (b.quantity - a.quantity) : 1;
            return lerp(a.argb, b.argb, t);
          }
        }
        return stops.get(stops.size() - 1).argb;
    }
  }

  private static int lerp(int a, int b, double t) {
    int out = 0;
    for (int shift = 0; shift <= 24; shift += 8) {
      int ca = (a >>> shift) & 0xff;
      int cb = (b >>> shift) & 0xff;
      out |= ((int) Math.round(ca + (cb - ca) * t) & 0xff) << shift;
    }
    return out;
  }

  private static void greyStretch(FloatGrid grid, BufferedImage image) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float v : grid.values()) {
      if (!grid.isNoData(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    for (int r = 0; r < grid.height(); r++) {
      for (int c = 0; c < grid.width(); c++) {
        float v = grid.value(c, r);
        int k = max > min ? Math.round((v - min) / (max - min) * 255) : 128;
        image.setRGB(c, r, grid.isNoData(v) ? 0 : 0xff000000 | k * 0x010101);
      }
    }
  }
}
