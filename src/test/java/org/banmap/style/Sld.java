package org.banmap.style;

/** Wraps SLD fragments into whole documents for tests. */
final class Sld {
  private Sld() {}

  static final String OGC = "xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\"";

  static MapStyle read(String rules, StyleIssues issues) {
    String xml = "<StyledLayerDescriptor version=\"1.0.0\" " + OGC + "><NamedLayer><Name>L</Name>"
        + "<UserStyle><Name>S</Name><FeatureTypeStyle>" + rules + "</FeatureTypeStyle></UserStyle>"
        + "</NamedLayer></StyledLayerDescriptor>";
    return new SldReader().read(xml, "test.sld", null, issues);
  }

  static Rule rule(String rule) {
    return read("<Rule>" + rule + "</Rule>", new StyleIssues()).featureTypeStyles().get(0).rules().get(0);
  }

  static Filter filter(String ops) {
    return rule("<ogc:Filter>" + ops + "</ogc:Filter>").filter();
  }

  /** An expression read as a point Size (so numbers are required where constant). */
  static Expression expression(String xml) {
    String rule = "<PointSymbolizer><Graphic><Mark/><Rotation>" + xml + "</Rotation></Graphic></PointSymbolizer>";
    return ((PointSymbolizer) rule(rule).symbolizers().get(0)).graphic().rotation();
  }

  /** An expression read as a label (mixed content, no typing). */
  static Expression label(String xml) {
    String rule = "<TextSymbolizer><Label>" + xml + "</Label></TextSymbolizer>";
    return ((TextSymbolizer) rule(rule).symbolizers().get(0)).label().orElseThrow();
  }
}
