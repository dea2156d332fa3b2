package org.banmap.render.style;

import static org.banmap.render.style.Sld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.banmap.map.Feature;
import org.banmap.map.MapView;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import org.banmap.testing.Golden;
import org.junit.jupiter.api.Test;

/** Map units equal pixels here, with y up: map (x, y) is screen (x, height - y). */
class StylePainterTest {
  static BufferedImage render(MapStyle style, int w, int h, Feature... features) {
    BufferedImage img = Canvas.blank(w, h);
    Graphics2D g = Canvas.graphics(img);
    new StylePainter(GraphicLoader.none()).paint(g, MapView.ofMetres(0, 0, w, h, w, h), style, List.of(features),
        StyleEnv.EMPTY);
    g.dispose();
    return img;
  }

  private static int rgb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) & 0xffffff;
  }

  @Test
  void polygonFillsThenStrokesAndKeepsHoles() {
    MapStyle style = style(fts(rule(polygon(fill(0x2b83ba, 0.5), stroke(0x000000, 3)))));
    BufferedImage img = render(style, 120, 80,
        feature("POLYGON((10 10, 110 10, 110 70, 10 70, 10 10), (40 25, 80 25, 80 55, 40 55, 40 25))"),
        feature("POLYGON((90 40, 115 40, 115 75, 90 75, 90 40))"));
    assertEquals(0xffffff, rgb(img, 60, 40), "the hole stays background");
    assertTrue(Golden.channelDistance(0x95c1dd, rgb(img, 20, 40)) <= 1, "half-opacity fill over white");
    assertEquals(0x000000, rgb(img, 10, 40), "stroke on the outline");
    Golden.assertMatches("paint-polygon-holes", img);
  }

  @Test
  void lineDashesJoinsAndCaps() {
    MapStyle style = style(
        fts(rule(equal("k", "miter"), line(stroke(0x333333, 8, 1, "miter", "butt", null))),
            rule(equal("k", "round"), line(stroke(0xd7191c, 8, 0.6, "round", "round", null))),
            rule(equal("k", "dash"), line(stroke(0x2c7bb6, 4, 1, "bevel", "square", new float[] {12, 6})))));
    BufferedImage img = render(style, 180, 60,
        feature("LINESTRING(10 10, 30 50, 50 10)", "k", "miter"),
        feature("LINESTRING(70 10, 90 50, 110 10)", "k", "round"),
        feature("LINESTRING(130 10, 150 50, 170 10)", "k", "dash"));
    Golden.assertMatches("paint-line-dash-join-cap", img);
  }

  @Test
  void graphicFillHatchesWithShapeSlashAndTilesMarks() {
    MapStyle style = style(fts(
        rule(equal("k", "hatch"), polygon(graphicFill(graphic(8, mark("shape://slash", null, stroke(0x1a9641, 1.5)))),
            stroke(0, 1))),
        rule(equal("k", "dots"), polygon(graphicFill(graphic(10, mark("circle", fill(0xd7191c, 1), null))),
            stroke(0, 1)))));
    BufferedImage img = render(style, 160, 80,
        feature("POLYGON((10 10, 75 10, 75 70, 10 70, 10 10))", "k", "hatch"),
        feature("POLYGON((85 10, 150 10, 150 70, 85 70, 85 10))", "k", "dots"));
    Golden.assertMatches("paint-graphic-fill", img);
  }

  @Test
  void graphicStrokeRepeatsSymbolsTurnedAlongTheLine() {
    MapStyle style = style(fts(rule(
        line(stroke(0x999999, 1)),
        line(graphicStroke(graphic(10, mark("triangle", fill(0xd7191c, 1), stroke(0, 1))))))));
    BufferedImage img = render(style, 160, 60, feature("LINESTRING(10 10, 70 50, 150 30)"));
    Golden.assertMatches("paint-graphic-stroke", img);
  }

  @Test
  void featureTypeStylesCompositeInDocumentOrder() {
    MapStyle style = style(
        fts(rule(polygon(fill(0xff0000, 1), null))),
        fts(rule(polygon(fill(0x0000ff, 1), null))));
    BufferedImage img = render(style, 40, 40, feature("POLYGON((5 5, 35 5, 35 35, 5 35, 5 5))"));
    assertEquals(0x0000ff, rgb(img, 20, 20), "second FTS paints on top");
  }

  @Test
  void rulesPaintPerFeatureSoALaterFeatureCoversAnEarlierOnesCasing() {
    MapStyle style = style(fts(rule(line(stroke(0x000000, 10))), rule(line(stroke(0xffffff, 4)))));
    BufferedImage img = render(style, 60, 60,
        feature("LINESTRING(5 30, 55 30)"), feature("LINESTRING(30 5, 30 55)"));
    // The vertical road's black casing crosses the horizontal road's white centre line.
    assertEquals(0x000000, rgb(img, 27, 30));
  }

  @Test
  void elseRulePaintsOnlyFeaturesNoOtherRuleMatched() {
    MapStyle style = style(fts(
        rule(equal("kind", "a"), polygon(fill(0xff0000, 1), null)),
        elseRule(polygon(fill(0x00ff00, 1), null))));
    BufferedImage img = render(style, 60, 30,
        feature("POLYGON((5 5, 25 5, 25 25, 5 25, 5 5))", "kind", "a"),
        feature("POLYGON((35 5, 55 5, 55 25, 35 25, 35 5))", "kind", "b"));
    assertEquals(0xff0000, rgb(img, 15, 15));
    assertEquals(0x00ff00, rgb(img, 45, 15));
  }

  @Test
  void ruleEvaluationFirstStopsAtTheFirstMatchingRule() {
    MapStyle all = style(fts(rule(polygon(fill(0xff0000, 1), null)), rule(polygon(fill(0x0000ff, 1), null))));
    MapStyle first = style(fts(Map.of("ruleEvaluation", "first"),
        rule(polygon(fill(0xff0000, 1), null)), rule(polygon(fill(0x0000ff, 1), null))));
    Feature f = feature("POLYGON((5 5, 25 5, 25 25, 5 25, 5 5))");
    assertEquals(0x0000ff, rgb(render(all, 30, 30, f), 15, 15));
    assertEquals(0xff0000, rgb(render(first, 30, 30, f), 15, 15));
  }

  @Test
  void scaleLimitsDropRules() {
    MapStyle style = style(fts(new org.banmap.style.Rule(null, null, org.banmap.style.Filter.INCLUDE, false, 0, 10,
        List.of(polygon(fill(0xff0000, 1), null)), org.banmap.style.VendorOptions.NONE,
        org.banmap.style.Location.NONE)));
    // 30 m over 30 px is 1:3571, beyond the rule's 1:10.
    assertEquals(0xffffff, rgb(render(style, 30, 30, feature("POLYGON((5 5, 25 5, 25 25, 5 25, 5 5))")), 15, 15));
  }

  @Test
  void pointSymbolizersGoToCentroidsInteriorPointsAndEveryPart() {
    MapStyle style = style(fts(rule(point(graphic(6, mark("square", fill(0, 1), null))))));
    BufferedImage square = render(style, 60, 60, feature("POLYGON((10 10, 50 10, 50 50, 10 50, 10 10))"));
    assertEquals(new Rectangle(27, 27, 6, 6), Canvas.inked(square, 128));
    // A U shape whose centroid lies in the notch: the symbol moves to an interior point.
    BufferedImage u = render(style, 60, 60,
        feature("POLYGON((10 10, 50 10, 50 50, 40 50, 40 20, 20 20, 20 50, 10 50, 10 10))"));
    Rectangle box = Canvas.inked(u, 128);
    assertTrue(box.y + box.height > 40 || box.x < 20 || box.x > 40, "symbol must sit on the U, not in its notch: " + box);
    BufferedImage multi = render(style, 60, 60, feature("MULTIPOINT((10 10), (50 50))"));
    assertEquals(new Rectangle(7, 7, 46, 46), Canvas.inked(multi, 128));
  }

  @Test
  void unknownMarkDrawsNothingAndFailedExternalGraphicsFallBack() {
    Feature p = feature("POINT(20 20)");
    assertEquals(new Rectangle(), Canvas.inked(render(style(fts(rule(point(graphic(10,
        mark("no-such-mark", fill(0, 1), null)))))), 40, 40, p), 10));
    // Missing icon, no Mark: GeoTools' grey default square, 6 px.
    Rectangle fallback = Canvas.inked(render(style(fts(rule(point(graphic(Double.NaN,
        external("missing.png", "image/png")))))), 40, 40, p), 10);
    assertEquals(7, fallback.height, 1, "6 px square plus its 1 px outline");
    // fallbackOnDefaultMark=false: nothing.
    assertEquals(new Rectangle(), Canvas.inked(render(style(fts(rule(point(graphic(Double.NaN,
        external("missing.png", "image/png")), Map.of("fallbackOnDefaultMark", "false"))))), 40, 40, p), 10));
    // Missing icon then a Mark: the Mark, at its 16 px default.
    Rectangle mark = Canvas.inked(render(style(fts(rule(point(graphic(Double.NaN,
        external("missing.svg", "image/svg+xml"), mark("circle", fill(0, 1), null)))))), 40, 40, p), 100);
    assertEquals(16, mark.height, 1);
  }

  @Test
  void labelsPaintLastByPriorityWithoutOverlaps() {
    MapStyle style = style(fts(rule(equal("k", "low"), text(prop("name"), 14, pointPlacement(0.5, 0.5, 0, 0), false, 10)),
        rule(equal("k", "high"), text(prop("name"), 14, pointPlacement(0.5, 0.5, 0, 0), false, 500))),
        fts(rule(polygon(fill(0xeeeeee, 1), null))));
    BufferedImage img = render(style, 120, 40,
        feature("POINT(60 20)", "k", "low", "name", "WWWWWW"),
        feature("POINT(62 22)", "k", "high", "name", "IIIIII"),
        feature("POLYGON((0 0, 120 0, 120 40, 0 40, 0 0))"));
    Rectangle box = Canvas.inked(img, 60);
    assertTrue(box.width > 10 && box.width < 40, "only the narrow high-priority label is drawn: " + box);
  }

  @Test
  void labelDisplacementPlusYMovesTheLabelUp() {
    Feature f = feature("POINT(60 30)", "name", "Label");
    Rectangle base = Canvas.inked(render(style(fts(rule(text(prop("name"), 12, pointPlacement(0.5, 0.5, 0, 0), false,
        1000)))), 120, 60, f), 100);
    Rectangle moved = Canvas.inked(render(style(fts(rule(text(prop("name"), 12, pointPlacement(0.5, 0.5, 0, 10), false,
        1000)))), 120, 60, f), 100);
    assertEquals(-10, moved.y - base.y, 1);
    Rectangle left = Canvas.inked(render(style(fts(rule(text(prop("name"), 12, pointPlacement(0, 0.5, 0, 0), false,
        1000)))), 120, 60, f), 100);
    assertTrue(Math.abs(left.x - 60) <= 2, "anchor x 0 starts the label at the point: " + left);
  }

  @Test
  void goldenLabelHaloAndAnchors() {
    MapStyle style = style(
        fts(rule(polygon(fill(0x5e3c99, 1), null))),
        fts(rule(equal("k", "halo"), text(prop("name"), 13, pointPlacement(0, 0.5, 0, 0), true, 1000)),
            rule(equal("k", "plain"), text(prop("name"), 13, pointPlacement(1, 0, 0, 0), false, 1000)),
            rule(point(graphic(4, mark("circle", fill(0xffff00, 1), null))))));
    BufferedImage img = render(style, 200, 60,
        feature("POLYGON((0 0, 200 0, 200 60, 0 60, 0 0))"),
        feature("POINT(20 40)", "k", "halo", "name", "Halo"),
        feature("POINT(180 15)", "k", "plain", "name", "Anchor 1,0"));
    Golden.assertMatches("paint-label-halo-anchor", img);
  }

  @Test
  void colourOfTheHaloSurroundsTheGlyphs() {
    MapStyle style = style(fts(rule(polygon(fill(0x000000, 1), null))),
        fts(rule(equal("k", "t"), text(prop("name"), 16, pointPlacement(0.5, 0.5, 0, 0), true, 1000))));
    BufferedImage img = render(style, 100, 40, feature("POLYGON((0 0, 100 0, 100 40, 0 40, 0 0))"),
        feature("POINT(50 20)", "k", "t", "name", "HH"));
    long white = 0;
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 100; x++) {
        white += img.getRGB(x, y) == Color.WHITE.getRGB() ? 1 : 0;
      }
    }
    assertTrue(white > 20, "the white halo shows around dark text on black: " + white);
  }

  @Test
  void perpendicularOffsetMovesALineToItsLeft() {
    org.banmap.style.LineSymbolizer plain = line(stroke(0, 2));
    org.banmap.style.LineSymbolizer offset = new org.banmap.style.LineSymbolizer(java.util.Optional.empty(),
        org.banmap.style.Uom.PIXEL, plain.stroke(), lit(10.0), org.banmap.style.VendorOptions.NONE,
        org.banmap.style.Location.NONE);
    Feature eastwards = feature("LINESTRING(10 30, 90 30)");
    Rectangle base = Canvas.inked(render(style(fts(rule(plain))), 100, 60, eastwards), 100);
    Rectangle moved = Canvas.inked(render(style(fts(rule(offset))), 100, 60, eastwards), 100);
    assertEquals(-10, moved.y - base.y, "left of an eastward line is north, up on screen");
  }

  @Test
  void linePlacementTurnsTheLabelAlongTheLine() {
    org.banmap.style.LabelPlacement along = new org.banmap.style.LabelPlacement.LinePlacement(lit(0.0), false, true,
        false);
    Rectangle flat = Canvas.inked(render(style(fts(rule(text(prop("name"), 12, along, false, 1000)))), 120, 120,
        feature("LINESTRING(10 60, 110 60)", "name", "Along the road")), 100);
    Rectangle steep = Canvas.inked(render(style(fts(rule(text(prop("name"), 12, along, false, 1000)))), 120, 120,
        feature("LINESTRING(10 10, 110 110)", "name", "Along the road")), 100);
    assertTrue(flat.width > 3 * flat.height, "horizontal label on a horizontal line: " + flat);
    assertTrue(steep.height > 3 * flat.height, "diagonal label on a diagonal line: " + steep);
    assertEquals(60, flat.getCenterY(), 2, "centred on the line");
  }

  @Test
  void sortByPaintsFeaturesInAttributeOrder() {
    MapStyle style = style(fts(Map.of("sortBy", "z D"),
        rule(equal("c", "red"), polygon(fill(0xff0000, 1), null)),
        rule(equal("c", "blue"), polygon(fill(0x0000ff, 1), null))));
    Feature red = feature("POLYGON((5 5, 35 5, 35 35, 5 35, 5 5))", "c", "red", "z", 1.0);
    Feature blue = feature("POLYGON((5 5, 35 5, 35 35, 5 35, 5 5))", "c", "blue", "z", 2.0);
    // Descending z: blue (z 2) first, red (z 1) on top, whatever the data order.
    assertEquals(0xff0000, rgb(render(style, 40, 40, red, blue), 20, 20));
    assertEquals(0xff0000, rgb(render(style, 40, 40, blue, red), 20, 20));
  }

  @Test
  void dashArrayCutsAGraphicStroke() {
    org.banmap.style.Stroke dashed = graphicStroke(graphic(10, mark("square", fill(0, 1), null)));
    dashed = new org.banmap.style.Stroke(dashed.color(), dashed.width(), dashed.opacity(), dashed.lineJoin(),
        dashed.lineCap(), java.util.Optional.of(lit(new float[] {20, 20})), dashed.dashOffset(), dashed.graphicStroke(),
        dashed.graphicFill());
    BufferedImage img = render(style(fts(rule(line(dashed)))), 100, 20, feature("LINESTRING(0 10, 100 10)"));
    // Squares at 5, 15 | gap 20..40 | 45, 55 | gap 60..80 | 85, 95.
    assertEquals(0x000000, rgb(img, 15, 10));
    assertEquals(0xffffff, rgb(img, 30, 10));
    assertEquals(0x000000, rgb(img, 50, 10));
    assertEquals(0xffffff, rgb(img, 70, 10));
  }
}
