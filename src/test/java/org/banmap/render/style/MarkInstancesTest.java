package org.banmap.render.style;

import static org.banmap.render.style.Sld.feature;
import static org.banmap.render.style.Sld.fts;
import static org.banmap.render.style.Sld.graphic;
import static org.banmap.render.style.Sld.lit;
import static org.banmap.render.style.Sld.mark;
import static org.banmap.render.style.Sld.point;
import static org.banmap.render.style.Sld.prop;
import static org.banmap.render.style.Sld.rule;
import static org.banmap.render.style.Sld.style;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.banmap.map.Feature;
import org.banmap.map.MapView;
import org.banmap.style.Expression;
import org.banmap.style.Fill;
import org.banmap.style.Graphic;
import org.banmap.style.MapStyle;
import org.banmap.style.PointSymbolizer;
import org.banmap.style.StyleEnv;
import org.banmap.style.Stroke;
import org.junit.jupiter.api.Test;

/** The point fast path's per-thread table of feature-dependent Mark symbols. */
class MarkInstancesTest {
  private static final int BG = 0x30404a;

  /**
   * A dot whose fill and stroke opacity, size and rotation come from the feature, as the fading,
   * pulsing and rotated ban styles do.
   */
  private static PointSymbolizer fadingDot() {
    Fill fill = new Fill(lit(new Color(0xff452e)), prop("opacity"), Optional.empty());
    Stroke stroke = new Stroke(lit(new Color(0xffffff)), lit(1.0), prop("opacity"), lit("miter"), lit("butt"),
        Optional.empty(), lit(0.0), Optional.empty(), Optional.empty());
    Graphic g = graphic(6, mark("square", fill, stroke));
    return point(new Graphic(g.symbols(), Optional.of(prop("size")), g.opacity(), prop("rotation"), g.anchor(),
        g.displacement()));
  }

  @Test
  void equalValuesShareOneSymbolAndDifferentValuesDoNot() {
    PointSymbols points = new PointSymbols(GraphicLoader.none());
    MarkInstances table = points.marksOfThisThread();
    PointSymbolizer dot = fadingDot();
    StampablePoint a = points.stampable(dot, feature("POINT(1 1)", "opacity", 0.5, "size", 6.0, "rotation", 0.0), StyleEnv.EMPTY, 1,
        table);
    StampablePoint b = points.stampable(dot, feature("POINT(9 9)", "opacity", 0.5, "size", 6.0, "rotation", 0.0), StyleEnv.EMPTY, 1,
        table);
    StampablePoint c = points.stampable(dot, feature("POINT(1 1)", "opacity", 0.25, "size", 6.0, "rotation", 0.0), StyleEnv.EMPTY, 1,
        table);
    assertNotNull(a);
    assertSame(a, b);
    assertNotEquals(a.instance(), c.instance());
    // Built as the unkeyed path builds it.
    assertEquals(points.resolve(dot, feature("POINT(1 1)", "opacity", 0.25, "size", 6.0, "rotation", 0.0), StyleEnv.EMPTY, 1).get(),
        c.instance());
    assertNull(points.stampable(dot, feature("POINT(1 1)", "opacity", 0.5, "size", 0.0, "rotation", 0.0), StyleEnv.EMPTY, 1, table),
        "a zero size draws nothing");
  }

  @Test
  void fastPathPaintsExactlyAsStampingEachFeaturesOwnSymbol() {
    MapStyle style = style(fts(rule(fadingDot())));
    List<Feature> features = new ArrayList<>();
    Random r = new Random(11);
    for (int i = 0; i < 400; i++) {
      // Opacities on a fine grid, so many features share an alpha and some do not; sizes and
      // rotations that are stamped alike but differ, so the keyed symbols stand for others.
      features.add(feature(String.format(Locale.ROOT, "POINT(%.3f %.3f)", 5 + r.nextDouble() * 310,
          5 + r.nextDouble() * 170), "opacity", r.nextInt(1000) / 999.0, "size", 4 + r.nextDouble() * 3, "rotation", r.nextDouble() * 360));
    }
    MapView view = MapView.ofMetres(0, 0, 320, 180, 320, 180);
    BufferedImage fast = Canvas.blank(320, 180, BG);
    new StylePainter(GraphicLoader.none()).paintPoints(fast, view, style, features, StyleEnv.EMPTY);

    BufferedImage expected = Canvas.blank(320, 180, BG);
    PointSymbols points = new PointSymbols(GraphicLoader.none());
    PointStamper stamper = new PointStamper();
    PointSymbolizer dot = (PointSymbolizer) style.featureTypeStyles().get(0).rules().get(0).symbolizers().get(0);
    for (Feature f : features) {
      Optional<PointStyleInstance> symbol = points.resolve(dot, f, StyleEnv.EMPTY, 1);
      double x = f.geometry().getCoordinate().x;
      double y = f.geometry().getCoordinate().y;
      symbol.ifPresent(s -> stamper.stamp(Canvas.pixels(expected), 320, 180, view.screenX(x, y), view.screenY(x, y),
          s));
    }
    assertArrayEquals(Canvas.pixels(expected), Canvas.pixels(fast));
  }
}
