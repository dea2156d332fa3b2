package org.banmap.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.banmap.map.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterTest {
  private static final Map<String, Object> ATTRS = new HashMap<>(Map.of(
      "n", 10, "s", "Road", "t", "9", "name", "a_b*c"));
  private static final Feature F = TestFeature.of("LINESTRING (0 0, 2 2)", ATTRS);

  private static boolean matches(String ops) {
    return Sld.filter(ops).matches(F, StyleEnv.EMPTY);
  }

  private static String cmp(String op, String prop, String literal, String extra) {
    return "<ogc:" + op + extra + "><ogc:PropertyName>" + prop + "</ogc:PropertyName><ogc:Literal>"
        + literal + "</ogc:Literal></ogc:" + op + ">";
  }

  @ParameterizedTest
  @CsvSource({
    "PropertyIsEqualTo, n, 10, true",
    "PropertyIsEqualTo, n, 10.0, true",
    "PropertyIsEqualTo, n, 11, false",
    "PropertyIsNotEqualTo, n, 11, true",
    "PropertyIsLessThan, n, 9.5, false",
    "PropertyIsLessThan, n, 100, true",
    "PropertyIsLessThanOrEqualTo, n, 10, true",
    "PropertyIsGreaterThan, n, 9, true",
    "PropertyIsGreaterThanOrEqualTo, n, 10, true",
    "PropertyIsGreaterThanOrEqualTo, n, 10.5, false",
    // both sides numbers: 9 < 10 numerically although "9" > "10" as text
    "PropertyIsLessThan, t, 10, true",
    "PropertyIsEqualTo, s, Road, true",
    "PropertyIsEqualTo, s, road, false",
    "PropertyIsGreaterThan, s, Apple, true",
    "PropertyIsEqualTo, missing, 1, false",
    "PropertyIsNotEqualTo, missing, 1, false",
  })
  void comparisons(String op, String prop, String literal, boolean expected) {
    assertEquals(expected, matches(cmp(op, prop, literal, "")));
  }

  @Test
  void matchCaseFalseIgnoresCase() {
    assertTrue(matches(cmp("PropertyIsEqualTo", "s", "ROAD", " matchCase=\"false\"")));
    assertFalse(matches(cmp("PropertyIsEqualTo", "s", "ROAD", " matchCase=\"true\"")));
  }

  @Test
  void between() {
    String f = "<ogc:PropertyIsBetween><ogc:PropertyName>n</ogc:PropertyName>"
        + "<ogc:LowerBoundary><ogc:Literal>%s</ogc:Literal></ogc:LowerBoundary>"
        + "<ogc:UpperBoundary><ogc:Literal>%s</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>";
    assertTrue(matches(String.format(f, "10", "20")));
    assertTrue(matches(String.format(f, "0", "10")));
    assertFalse(matches(String.format(f, "11", "20")));
  }

  private static boolean like(String pattern, String attrs) {
    return matches("<ogc:PropertyIsLike " + attrs + "><ogc:PropertyName>name</ogc:PropertyName><ogc:Literal>"
        + pattern + "</ogc:Literal></ogc:PropertyIsLike>");
  }

  @Test
  void likeWithWildcardsAndEscapes() {
    String chars = "wildCard=\"*\" singleChar=\"#\" escape=\"!\"";
    assertTrue(like("a*", chars));
    assertTrue(like("a#b*", chars));
    assertFalse(like("b*", chars));
    assertTrue(like("a_b!*c", chars)); // escaped star is a literal star
    assertFalse(like("a_b!*", chars));
    assertTrue(like("A_B*", chars + " matchCase=\"false\""));
    assertFalse(like("A_B*", chars));
    assertTrue(like("a_b*c", "wildCard=\"%\" singleChar=\"_\" escapeChar=\"\\\""), "regex chars are literal");
  }

  @Test
  void nullAndLogic() {
    assertTrue(matches("<ogc:PropertyIsNull><ogc:PropertyName>missing</ogc:PropertyName></ogc:PropertyIsNull>"));
    assertFalse(matches("<ogc:PropertyIsNull><ogc:PropertyName>n</ogc:PropertyName></ogc:PropertyIsNull>"));
    String yes = cmp("PropertyIsEqualTo", "n", "10", "");
    String no = cmp("PropertyIsEqualTo", "n", "11", "");
    assertTrue(matches("<ogc:And>" + yes + yes + "</ogc:And>"));
    assertFalse(matches("<ogc:And>" + yes + no + "</ogc:And>"));
    assertTrue(matches("<ogc:Or>" + no + yes + "</ogc:Or>"));
    assertFalse(matches("<ogc:Or>" + no + no + "</ogc:Or>"));
    assertTrue(matches("<ogc:Not>" + no + "</ogc:Not>"));
  }

  @Test
  void bboxTestsTheGeometryEnvelope() {
    String box = "<ogc:BBOX><ogc:PropertyName>the_geom</ogc:PropertyName><gml:Envelope xmlns:gml=\"http://www.opengis.net/gml\">"
        + "<gml:lowerCorner>%s</gml:lowerCorner><gml:upperCorner>%s</gml:upperCorner></gml:Envelope></ogc:BBOX>";
    assertTrue(matches(String.format(box, "1 1", "5 5")));
    assertFalse(matches(String.format(box, "3 3", "5 5")));
    String gmlBox = "<ogc:BBOX><gml:Box xmlns:gml=\"http://www.opengis.net/gml\"><gml:coordinates>-1,-1 0.5,0.5</gml:coordinates></gml:Box></ogc:BBOX>";
    assertTrue(matches(gmlBox));
  }

  @Test
  void featureIdsAndNoFilter() {
    assertTrue(matches("<ogc:FeatureId fid=\"f1\"/><ogc:FeatureId fid=\"f2\"/>"));
    assertFalse(matches("<ogc:FeatureId fid=\"f2\"/>"));
    assertEquals(Filter.INCLUDE, Sld.rule("<LineSymbolizer/>").filter());
  }
}
