package org.banmap.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScaleAndDefaultsTest {
  private static final String EQ = "<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>k</ogc:PropertyName>"
      + "<ogc:Literal>%s</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>";

  @Test
  void worldAt1280PixelsWide() {
    // 360° × 111,319.49 m/° = 40,075,016.7 m over 1280 px of 0.28 mm = 0.3584 m
    double expected = 360 * (6378137 * 2 * Math.PI / 360) / (1280 * 0.00028);
    assertEquals(expected, ScaleDenominator.ofDegrees(360, 1280), 1e-3);
    assertEquals(1.1181645e8, ScaleDenominator.ofDegrees(360, 1280), 1e2);
    assertEquals(1000, ScaleDenominator.ofMetres(1000 * 0.28, 1000), 1e-9);
    assertEquals(1 / 0.00028, ScaleDenominator.pixelsPerMetre(1), 1e-6);
  }

  @Test
  void ruleScaleRangeIsMinInclusiveMaxExclusive() {
    Rule r = Sld.rule("<MinScaleDenominator>1000</MinScaleDenominator><MaxScaleDenominator>5000</MaxScaleDenominator>");
    assertTrue(ScaleDenominator.inScale(r, 1000));
    assertTrue(ScaleDenominator.inScale(r, 999.9999995));
    assertFalse(ScaleDenominator.inScale(r, 999));
    assertTrue(ScaleDenominator.inScale(r, 4999.99));
    assertFalse(ScaleDenominator.inScale(r, 5000.01));
  }

  private static FeatureTypeStyle fts(String rules) {
    return Sld.read(rules, new StyleIssues()).featureTypeStyles().get(0);
  }

  @Test
  void elseRulesPaintOnlyWhatNoInScaleRuleMatched() {
    FeatureTypeStyle fts = fts("<Rule><Name>a</Name>" + String.format(EQ, "a") + "</Rule>"
        + "<Rule><Name>far</Name>" + String.format(EQ, "b") + "<MaxScaleDenominator>10</MaxScaleDenominator></Rule>"
        + "<Rule><Name>else</Name><ElseFilter/></Rule>");
    ActiveRules active = ScaleDenominator.activeRules(fts, 1e6);
    assertEquals(List.of("a"), names(active.matching(TestFeature.of(Map.of("k", "a")), StyleEnv.EMPTY)));
    // "far" is out of scale, so b falls to the else rule
    assertEquals(List.of("else"), names(active.matching(TestFeature.of(Map.of("k", "b")), StyleEnv.EMPTY)));
    assertEquals(List.of("far"), names(ScaleDenominator.activeRules(fts, 5).matching(TestFeature.of(Map.of("k", "b")), StyleEnv.EMPTY)));
  }

  @Test
  void ruleEvaluationFirstAndFtsScaleOptions() {
    FeatureTypeStyle fts = fts("<Rule><Name>one</Name></Rule><Rule><Name>two</Name></Rule>"
        + "<VendorOption name=\"ruleEvaluation\">first</VendorOption>"
        + "<VendorOption name=\"maxScaleDenominator\">100</VendorOption>");
    assertTrue(fts.firstRuleOnly());
    assertEquals(100, fts.rules().get(0).maxScaleDenominator());
    assertEquals(List.of("one"), names(ScaleDenominator.activeRules(fts, 50).matching(TestFeature.of(Map.of()), StyleEnv.EMPTY)));
    assertTrue(ScaleDenominator.activeRules(fts, 500).isEmpty());
  }

  @Test
  void legendOnlyRulesDoNotPaint() {
    FeatureTypeStyle fts = fts("<Rule><Name>x</Name><VendorOption name=\"inclusion\">legendOnly</VendorOption></Rule>");
    assertTrue(ScaleDenominator.activeRules(fts, 1).isEmpty());
  }

  private static List<String> names(List<Rule> rules) {
    return rules.stream().map(Rule::name).toList();
  }

  @Test
  void absentElementsStayAbsentAndEmptyOnesTakeDefaults() {
    PolygonSymbolizer none = (PolygonSymbolizer) Sld.rule("<PolygonSymbolizer><Stroke/></PolygonSymbolizer>").symbolizers().get(0);
    assertTrue(none.fill().isEmpty(), "a polygon without Fill paints no fill");
    Stroke s = none.stroke().orElseThrow();
    assertEquals(Color.BLACK, s.color().asColor(null, StyleEnv.EMPTY));
    assertEquals(1, s.width().asDouble(null, StyleEnv.EMPTY));
    assertEquals("miter", s.lineJoin().asString(null, StyleEnv.EMPTY));
    assertEquals("butt", s.lineCap().asString(null, StyleEnv.EMPTY));
    PolygonSymbolizer grey = (PolygonSymbolizer) Sld.rule("<PolygonSymbolizer><Fill/></PolygonSymbolizer>").symbolizers().get(0);
    assertEquals(new Color(0x808080), grey.fill().orElseThrow().color().asColor(null, StyleEnv.EMPTY));
    assertTrue(grey.stroke().isEmpty());

    PointSymbolizer p = (PointSymbolizer) Sld.rule("<PointSymbolizer><Graphic><Mark><Fill/></Mark></Graphic></PointSymbolizer>").symbolizers().get(0);
    assertTrue(p.graphic().size().isEmpty(), "size absent: painter uses StyleDefaults.MARK_SIZE (16)");
    GraphicSymbol.Mark m = (GraphicSymbol.Mark) p.graphic().symbols().get(0);
    assertEquals("square", m.wellKnownName().asString(null, StyleEnv.EMPTY));
    assertTrue(m.stroke().isEmpty());
    assertEquals(0.5, p.graphic().anchor().x().asDouble(null, StyleEnv.EMPTY));

    TextSymbolizer t = (TextSymbolizer) Sld.rule("<TextSymbolizer><Label>x</Label></TextSymbolizer>").symbolizers().get(0);
    LabelPlacement.PointPlacement pp = (LabelPlacement.PointPlacement) t.placement();
    assertEquals(0, pp.anchor().x().asDouble(null, StyleEnv.EMPTY));
    assertEquals(0.5, pp.anchor().y().asDouble(null, StyleEnv.EMPTY));
    assertTrue(t.halo().isEmpty());
    assertEquals("Serif", t.font().families().get(0).asString(null, StyleEnv.EMPTY));
  }

  @Test
  void se11AndDashesAndUom() {
    String xml = "<StyledLayerDescriptor version=\"1.1.0\" xmlns=\"http://www.opengis.net/sld\" xmlns:se=\"http://www.opengis.net/se\">"
        + "<NamedLayer><se:Name>L</se:Name><UserStyle><se:FeatureTypeStyle><se:Rule>"
        + "<se:LineSymbolizer uom=\"http://www.opengeospatial.org/se/units/metre\"><se:Stroke>"
        + "<se:SvgParameter name=\"stroke\">#00FF00</se:SvgParameter>"
        + "<se:SvgParameter name=\"STROKE-DASHARRAY\">5 2</se:SvgParameter></se:Stroke>"
        + "<VendorOption name=\"x\">1</VendorOption></se:LineSymbolizer>"
        + "</se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
    MapStyle style = new SldReader().read(xml, "se.sld", null, new StyleIssues());
    LineSymbolizer l = (LineSymbolizer) style.featureTypeStyles().get(0).rules().get(0).symbolizers().get(0);
    assertEquals(Uom.METRE, l.uom());
    assertEquals(Color.GREEN.darker().getAlpha(), l.stroke().orElseThrow().color().asColor(null, StyleEnv.EMPTY).getAlpha());
    assertEquals(new Color(0, 255, 0), l.stroke().orElseThrow().color().asColor(null, StyleEnv.EMPTY));
    float[] dashes = Values.toDashes(l.stroke().orElseThrow().dashArray().orElseThrow().evaluate(null, StyleEnv.EMPTY));
    assertEquals(2, dashes.length);
    assertEquals("1", l.options().string("x", null));
    assertEquals("L", style.featureTypeStyles().get(0).layerName());
  }
}
