package org.banmap.render.style;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.banmap.map.Feature;
import org.banmap.style.AnchorPoint;
import org.banmap.style.Displacement;
import org.banmap.style.Expression;
import org.banmap.style.FeatureTypeStyle;
import org.banmap.style.Fill;
import org.banmap.style.Filter;
import org.banmap.style.Graphic;
import org.banmap.style.GraphicSymbol;
import org.banmap.style.LabelPlacement;
import org.banmap.style.LineSymbolizer;
import org.banmap.style.Location;
import org.banmap.style.MapStyle;
import org.banmap.style.PointSymbolizer;
import org.banmap.style.PolygonSymbolizer;
import org.banmap.style.Rule;
import org.banmap.style.Stroke;
import org.banmap.style.StyleDefaults;
import org.banmap.style.Symbolizer;
import org.banmap.style.TextSymbolizer;
import org.banmap.style.Uom;
import org.banmap.style.VendorOptions;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Style model objects built in code, with GeoTools' defaults, for painter tests. */
final class Sld {
  private Sld() {}

  static Expression lit(Object v) {
    return Expression.literal(v instanceof Integer i ? Double.valueOf(i) : v);
  }

  static Expression prop(String name) {
    return new Expression.PropertyName(name);
  }

  static Fill fill(int rgb, double opacity) {
    return new Fill(lit(new Color(rgb)), lit(opacity), Optional.empty());
  }

  static Fill graphicFill(Graphic g) {
    return new Fill(lit(StyleDefaults.FILL_COLOR), lit(1.0), Optional.of(g));
  }

  static Stroke stroke(int rgb, double width) {
    return stroke(rgb, width, 1, "miter", "butt", null);
  }

  static Stroke stroke(int rgb, double width, double opacity, String join, String cap, float[] dashes) {
    return new Stroke(lit(new Color(rgb)), lit(width), lit(opacity), lit(join), lit(cap),
        Optional.ofNullable(dashes).map(Sld::lit), lit(0.0), Optional.empty(), Optional.empty());
  }

  static Stroke graphicStroke(Graphic g) {
    Stroke s = StyleDefaults.stroke();
    return new Stroke(s.color(), s.width(), s.opacity(), s.lineJoin(), s.lineCap(), Optional.empty(),
        s.dashOffset(), Optional.of(g), Optional.empty());
  }

  static GraphicSymbol.Mark mark(String name, Fill fill, Stroke stroke) {
    return new GraphicSymbol.Mark(lit(name), Optional.ofNullable(fill), Optional.ofNullable(stroke), Location.NONE);
  }

  static GraphicSymbol.ExternalGraphic external(String href, String format) {
    return new GraphicSymbol.ExternalGraphic(lit(href), format, Location.NONE);
  }

  static Graphic graphic(double size, GraphicSymbol... symbols) {
    return graphic(size, 0, 0.5, 0.5, 0, 0, symbols);
  }

  static Graphic graphic(double size, double rotation, double ax, double ay, double dx, double dy,
      GraphicSymbol... symbols) {
    return new Graphic(Arrays.asList(symbols), Double.isNaN(size) ? Optional.empty() : Optional.of(lit(size)),
        lit(1.0), lit(rotation), AnchorPoint.of(ax, ay), Displacement.of(dx, dy));
  }

  static PointSymbolizer point(Graphic g) {
    return new PointSymbolizer(Optional.empty(), Uom.PIXEL, g, VendorOptions.NONE, Location.NONE);
  }

  static PointSymbolizer point(Graphic g, Map<String, String> options) {
    return new PointSymbolizer(Optional.empty(), Uom.PIXEL, g, new VendorOptions(options), Location.NONE);
  }

  static LineSymbolizer line(Stroke s) {
    return new LineSymbolizer(Optional.empty(), Uom.PIXEL, Optional.of(s), lit(0.0), VendorOptions.NONE, Location.NONE);
  }

  static PolygonSymbolizer polygon(Fill fill, Stroke stroke) {
    return new PolygonSymbolizer(Optional.empty(), Uom.PIXEL, Optional.ofNullable(fill), Optional.ofNullable(stroke),
        Displacement.NONE, lit(0.0), VendorOptions.NONE, Location.NONE);
  }

  static TextSymbolizer text(Expression label, double size, LabelPlacement placement, boolean halo, double priority) {
    org.banmap.style.Font font = new org.banmap.style.Font(List.of(lit("SansSerif")), lit("normal"), lit("bold"), lit(size));
    return new TextSymbolizer(Optional.empty(), Uom.PIXEL, Optional.of(label), font, placement,
        halo ? Optional.of(new org.banmap.style.Halo(lit(2.0), fill(0xffffff, 1))) : Optional.empty(),
        fill(0x202020, 1), lit(priority), Optional.empty(), VendorOptions.NONE, Location.NONE);
  }

  static LabelPlacement.PointPlacement pointPlacement(double ax, double ay, double dx, double dy) {
    return new LabelPlacement.PointPlacement(AnchorPoint.of(ax, ay), Displacement.of(dx, dy), lit(0.0));
  }

  static Rule rule(Filter filter, Symbolizer... symbolizers) {
    return new Rule(null, null, filter, false, 0, Double.POSITIVE_INFINITY, List.of(symbolizers), VendorOptions.NONE,
        Location.NONE);
  }

  static Rule elseRule(Symbolizer... symbolizers) {
    return new Rule(null, null, Filter.INCLUDE, true, 0, Double.POSITIVE_INFINITY, List.of(symbolizers),
        VendorOptions.NONE, Location.NONE);
  }

  static Rule rule(Symbolizer... symbolizers) {
    return rule(Filter.INCLUDE, symbolizers);
  }

  static Filter equal(String property, Object value) {
    return new Filter.Comparison(Filter.Comparison.Operator.EQUAL, prop(property), lit(value), true);
  }

  static FeatureTypeStyle fts(Map<String, String> options, Rule... rules) {
    return new FeatureTypeStyle(null, null, null, null, List.of(rules), new VendorOptions(options), 0,
        Double.POSITIVE_INFINITY, Location.NONE);
  }

  static FeatureTypeStyle fts(Rule... rules) {
    return fts(Map.of(), rules);
  }

  static MapStyle style(FeatureTypeStyle... fts) {
    return new MapStyle("test", null, List.of(fts), "<test>", null);
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** A feature with attributes given as name, value pairs. */
  static Feature feature(String wkt, Object... attributes) {
    Geometry g = wkt(wkt);
    return new Feature() {
      @Override
      public String id() {
        return wkt;
      }

      @Override
      public Geometry geometry() {
        return g;
      }

      @Override
      public Object attribute(String name) {
        for (int i = 0; i < attributes.length; i += 2) {
          if (attributes[i].equals(name)) {
            return attributes[i + 1];
          }
        }
        return null;
      }
    };
  }
}
