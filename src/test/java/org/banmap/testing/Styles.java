package org.banmap.testing;

import java.nio.file.Path;
import org.banmap.style.MapStyle;
import org.banmap.style.SldReader;
import org.banmap.style.StyleIssues;

/** Styles for renderer tests: the bundled defaults, and a plain ban dot whose opacity is 1 - age. */
public final class Styles {
  private Styles() {}

  /** The bundled default ban style, {@code styles/fade-red.sld}. */
  public static MapStyle fadeRed() {
    return new SldReader().read(Path.of("styles/fade-red.sld"), new StyleIssues());
  }

  /** The bundled dark basemap style, {@code basemaps/dark.sld} (ocean #0b1622, land #1e2b38). */
  public static MapStyle darkBasemap() {
    return new SldReader().read(Path.of("basemaps/dark.sld"), new StyleIssues());
  }

  /**
   * A {@code sizePx} circle of {@code rgb} (#rrggbb) with no glow, fading linearly: opacity
   * Interpolate(age, 0:1, 1:0).
   */
  public static MapStyle linearFade(String rgb, int sizePx) {
    String xml = "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\""
        + " xmlns:ogc=\"http://www.opengis.net/ogc\"><NamedLayer><Name>bans</Name><UserStyle><Name>linear</Name>"
        + "<FeatureTypeStyle><Rule><PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName><Fill>"
        + "<CssParameter name=\"fill\">" + rgb + "</CssParameter><CssParameter name=\"fill-opacity\">"
        + "<ogc:Function name=\"Interpolate\"><ogc:PropertyName>age</ogc:PropertyName>"
        + "<ogc:Literal>0</ogc:Literal><ogc:Literal>1</ogc:Literal><ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>"
        + "</ogc:Function></CssParameter></Fill></Mark><Size>" + sizePx + "</Size></Graphic></PointSymbolizer>"
        + "</Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
    return new SldReader().read(xml, "linear-fade.sld", null, new StyleIssues());
  }
}
