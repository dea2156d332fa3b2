package org.banmap.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.banmap.map.Feature;
import org.junit.jupiter.api.Test;

class ExpressionTest {
  private static final Feature F = TestFeature.of(Map.of("n", 5, "name", "Oslo", "kind", "b", "pop", 1234567.891));

  private static String lit(Object v) {
    return "<ogc:Literal>" + v + "</ogc:Literal>";
  }

  private static String prop(String name) {
    return "<ogc:PropertyName>" + name + "</ogc:PropertyName>";
  }

  private static String fn(String name, String... args) {
    return "<ogc:Function name=\"" + name + "\">" + String.join("", args) + "</ogc:Function>";
  }

  private static double num(String xml) {
    return Sld.expression(xml).asDouble(F, StyleEnv.EMPTY);
  }

  private static String text(String xml) {
    return Sld.label(xml).asString(F, StyleEnv.EMPTY);
  }

  @Test
  void arithmeticAndFolding() {
    assertEquals(8, num("<ogc:Add>" + prop("n") + lit(3) + "</ogc:Add>"));
    assertEquals(2, num("<ogc:Sub>" + prop("n") + lit(3) + "</ogc:Sub>"));
    assertEquals(15, num("<ogc:Mul>" + prop("n") + lit(3) + "</ogc:Mul>"));
    assertEquals(2.5, num("<ogc:Div>" + prop("n") + lit(2) + "</ogc:Div>"));
    Expression folded = Sld.expression("<ogc:Mul>" + lit(2) + fn("sqrt", lit(16)) + "</ogc:Mul>");
    assertEquals(new Expression.Literal(8.0), folded);
  }

  @Test
  void mathFunctions() {
    assertEquals(3, num(fn("min", prop("n"), lit(3))));
    assertEquals(5, num(fn("max", prop("n"), lit(3))));
    assertEquals(4, num(fn("abs", lit(-4))));
    assertEquals(3, num(fn("sqrt", lit(9))));
    assertEquals(25, num(fn("pow", prop("n"), lit(2))));
  }

  @Test
  void interpolateNumericClampsAndIsLinear() {
    String f = fn("Interpolate", prop("n"), lit(0), lit(10), lit(10), lit(20), lit("linear"), lit("numeric"));
    assertEquals(15, num(f));
    Expression e = Sld.expression(fn("Interpolate", prop("x"), lit(0), lit(10), lit(10), lit(20)));
    assertEquals(10, e.asDouble(TestFeature.of(Map.of("x", -5)), StyleEnv.EMPTY));
    assertEquals(20, e.asDouble(TestFeature.of(Map.of("x", 50)), StyleEnv.EMPTY));
  }

  @Test
  void interpolateColour() {
    Expression e = Sld.label(fn("Interpolate", prop("n"), lit(0), lit("#000000"), lit(10), lit("#ff0000"), lit("color")));
    assertEquals(new Color(128, 0, 0), e.asColor(F, StyleEnv.EMPTY));
    Expression auto = Sld.label(fn("Interpolate", prop("n"), lit(0), lit("#0000ff"), lit(5), lit("#00ff00")));
    assertEquals(new Color(0, 255, 0), auto.asColor(F, StyleEnv.EMPTY));
  }

  @Test
  void categorizeSucceedingAndPreceding() {
    String args = prop("n") + lit("low") + lit(5) + lit("mid") + lit(10) + lit("high");
    assertEquals("mid", text(fn("Categorize", args)));
    assertEquals("mid", text(fn("Categorize", args, lit("succeeding"))));
    assertEquals("low", text(fn("Categorize", args, lit("preceding"))));
    Expression e = Sld.label(fn("Categorize", prop("x"), lit("#ff0000"), lit(5), lit("#00ff00")));
    Object red = e.evaluate(TestFeature.of(Map.of("x", 1)), StyleEnv.EMPTY);
    assertEquals(Color.RED, red, "colour outputs are parsed once");
  }

  @Test
  void recode() {
    String f = fn("Recode", prop("kind"), lit("a"), lit("Alpha"), lit("b"), lit("Beta"));
    assertEquals("Beta", text(f));
    assertNull(Sld.label(fn("Recode", prop("kind"), lit("z"), lit("Zed"))).evaluate(F, StyleEnv.EMPTY));
  }

  @Test
  void envWithDefaultAndScale() {
    Expression e = Sld.expression(fn("env", lit("size"), lit(7)));
    assertEquals(7, e.asDouble(F, StyleEnv.EMPTY));
    assertEquals(3, e.asDouble(F, StyleEnv.atScale(1e6).with("SIZE", 3)));
    Expression scale = Sld.expression(fn("env", lit("wms_scale_denominator")));
    assertEquals(1e6, scale.asDouble(F, StyleEnv.atScale(1e6)));
  }

  @Test
  void textFunctions() {
    assertEquals("1,234,567.89", text(fn("numberFormat", lit("#,##0.00"), prop("pop"))));
    assertEquals("1.234.567,9", text(fn("numberFormat", lit("#,##0.0"), prop("pop"), lit("de"))));
    assertEquals("Oslo!", text(fn("strConcat", prop("name"), lit("!"))));
    assertEquals("Oslo-5", text(fn("Concatenate", prop("name"), lit("-"), prop("n"))));
    assertEquals("big", text(fn("if_then_else", fn("greaterThan", prop("n"), lit(3)), lit("big"), lit("small"))));
    assertEquals("true", text(fn("equalTo", prop("kind"), lit("b"))));
  }

  @Test
  void mixedContentAndCdata() {
    assertEquals("Oslo (5)", text(prop("name") + " (" + prop("n") + ")"));
    assertEquals("  Oslo ", text("<![CDATA[  ]]>" + prop("name") + "<![CDATA[ ]]>"));
    assertInstanceOf(Expression.Concat.class, Sld.label("Name: " + prop("name")));
  }

  @Test
  void unknownFunctionAndBadArity() {
    StyleException e = assertThrows(StyleException.class, () -> Sld.expression(fn("frobnicate", lit(1))));
    assertTrue(e.getMessage().contains("test.sld:1:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown function 'frobnicate'"), e.getMessage());
    StyleException arity = assertThrows(StyleException.class, () -> Sld.expression(fn("sqrt", lit(1), lit(2))));
    assertTrue(arity.getMessage().contains("'sqrt' takes 1 arguments but was given 2"), arity.getMessage());
  }

  @Test
  void constantColoursAreParsedOnce() {
    Rule r = Sld.rule("<PolygonSymbolizer><Fill><CssParameter name=\"fill\">#f00</CssParameter></Fill></PolygonSymbolizer>");
    Expression colour = ((PolygonSymbolizer) r.symbolizers().get(0)).fill().orElseThrow().color();
    assertSame(colour.evaluate(F, StyleEnv.EMPTY), colour.evaluate(null, StyleEnv.EMPTY));
    assertEquals(Color.RED, colour.evaluate(null, StyleEnv.EMPTY));
  }

  @Test
  void colourSyntaxes() {
    assertEquals(new Color(0x11, 0x22, 0x33), Values.parseColor("#112233"));
    assertEquals(new Color(0xaa, 0xbb, 0xcc), Values.parseColor("#abc"));
    assertEquals(new Color(0x11, 0x22, 0x33), Values.parseColor("0x112233"));
    assertEquals(new Color(0x11, 0x22, 0x33, 0x80), Values.parseColor("#80112233"));
    assertEquals(new Color(0x11, 0x22, 0x33, 255), Values.parseColor("#00112233"), "zero high byte: no alpha");
    assertEquals(new Color(1, 2, 3), Values.parseColor("rgb(1, 2, 3)"));
    assertEquals(Color.RED, Values.parseColor(" Red "));
    for (String bad : List.of("redd", "#12345", "#ggg", "rgb(1,2)", "rgb(300,0,0)")) {
      assertNull(Values.parseColor(bad), bad);
    }
  }
}
