package org.banmap.render.style;

import static org.banmap.render.style.Sld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.banmap.map.Feature;
import org.banmap.map.MapView;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import org.banmap.testing.Golden;
import org.junit.jupiter.api.Test;

class PointStamperTest {
  private static final int BG = 0x30404a;

  private static List<PointStyleInstance> styles() {
    return List.of(
        new PointStyleInstance(new MarkSymbol(MarkShape.named("circle").orElseThrow(), 9,
            new Color(255, 69, 46, 200), new Color(255, 255, 255, 255), new BasicStroke(1)), SymbolPlacement.CENTRED),
        new PointStyleInstance(new MarkSymbol(MarkShape.named("triangle").orElseThrow(), 14,
            new Color(0xfdae61), Color.BLACK, new BasicStroke(1.5f)), new SymbolPlacement(0.5, 0, 3, 4, 30)),
        new PointStyleInstance(new MarkSymbol(MarkShape.named("star").orElseThrow(), 18,
            new Color(255, 255, 0, 128), null, null), new SymbolPlacement(0, 1, 0, 0, 45)),
        new PointStyleInstance(new MarkSymbol(MarkShape.named("shape://times").orElseThrow(), 12,
            null, new Color(0x80ffff), new BasicStroke(2)), SymbolPlacement.CENTRED));
  }

  @Test
  void stampingMatchesJava2dWithinTolerance() {
    BufferedImage slow = Canvas.blank(240, 60, BG);
    BufferedImage fast = Canvas.blank(240, 60, BG);
    Graphics2D g = Canvas.graphics(slow);
    PointStamper stamper = new PointStamper();
    List<PointStyleInstance> styles = styles();
    for (int i = 0; i < styles.size(); i++) {
      // Positions on quarter pixels (the stamper's phase grid) and rotations on 5° steps.
      double x = 30 + 60 * i + 0.25 * i;
      double y = 30.75 - 0.25 * i;
      styles.get(i).paint(g, x, y);
      stamper.stamp(Canvas.pixels(fast), 240, 60, x, y, styles.get(i));
    }
    g.dispose();
    int worst = 0;
    long total = 0;
    for (int y = 0; y < 60; y++) {
      for (int x = 0; x < 240; x++) {
        int d = Golden.channelDistance(slow.getRGB(x, y), fast.getRGB(x, y));
        worst = Math.max(worst, d);
        total += d;
      }
    }
    assertTrue(worst <= 6, "worst channel difference " + worst);
    assertTrue(total / (240.0 * 60) < 1.0, "mean channel difference " + total / (240.0 * 60));
    Golden.assertMatches("paint-stamped", fast);
  }

  @Test
  void opacityIsFactoredOutSoFadingPointsShareOneSprite() {
    PointStamper stamper = new PointStamper();
    int[] px = new int[32 * 32];
    for (int i = 1; i <= 10; i++) {
      MarkSymbol m = new MarkSymbol(MarkShape.named("circle").orElseThrow(), 8,
          new Color(255, 0, 0, 25 * i), null, null);
      stamper.stamp(px, 32, 32, 16.1, 16.1, new PointStyleInstance(m, SymbolPlacement.CENTRED));
    }
    assertEquals(1, stamper.spriteCount());
  }

  @Test
  void blendingRoundsToNearestWithoutDarkening() {
    // A 50% white symbol over black twice: 128, then 191/192, never truncated down.
    PointStamper stamper = new PointStamper();
    int[] px = new int[40 * 40];
    PointStyleInstance half = new PointStyleInstance(new MarkSymbol(MarkShape.named("square").orElseThrow(), 20,
        new Color(255, 255, 255, 128), null, null), SymbolPlacement.CENTRED);
    stamper.stamp(px, 40, 40, 20, 20, half);
    assertEquals(128, px[20 * 40 + 20] & 0xff);
    stamper.stamp(px, 40, 40, 20, 20, half);
    assertEquals(192, px[20 * 40 + 20] & 0xff, 1);
  }

  @Test
  void pointLayerFastPathMatchesTheJava2dPainter() {
    MapStyle style = style(fts(rule(point(graphic(10, mark("circle", fill(0xff452e, 0.8), stroke(0xffffff, 1)))))));
    List<Feature> features = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 40; i++) {
      features.add(feature(String.format(Locale.ROOT, "POINT(%.2f %.2f)", 10 + r.nextInt(300) + 0.5, 10 + r.nextInt(160) + 0.5)));
    }
    MapView view = MapView.ofMetres(0, 0, 320, 180, 320, 180);
    BufferedImage slow = Canvas.blank(320, 180, BG);
    Graphics2D g = Canvas.graphics(slow);
    StylePainter painter = new StylePainter(GraphicLoader.none());
    painter.paint(g, view, style, features, StyleEnv.EMPTY);
    g.dispose();
    BufferedImage fast = Canvas.blank(320, 180, BG);
    painter.paintPoints(fast, view, style, features, StyleEnv.EMPTY);
    int worst = 0;
    for (int y = 0; y < 180; y++) {
      for (int x = 0; x < 320; x++) {
        worst = Math.max(worst, Golden.channelDistance(slow.getRGB(x, y), fast.getRGB(x, y)));
      }
    }
    assertTrue(worst <= 3, "pixel-aligned points should match almost exactly; worst " + worst);
  }
}
