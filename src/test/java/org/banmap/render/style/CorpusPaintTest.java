package org.banmap.render.style;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.banmap.map.Feature;
import org.banmap.map.MapView;
import org.banmap.style.Expression;
import org.banmap.style.FeatureTypeStyle;
import org.banmap.style.Filter;
import org.banmap.style.MapStyle;
import org.banmap.style.RasterSymbolizer;
import org.banmap.style.Rule;
import org.banmap.style.SldReader;
import org.banmap.style.StyleEnv;
import org.banmap.style.StyleIssues;
import org.banmap.style.Symbolizer;
import org.banmap.style.Values;
import org.banmap.testing.Corpus;
import org.banmap.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real SLDs from the shared corpus painted against synthetic features: for every rule, a point, a
 * line and a polygon whose attributes are made up to satisfy the rule's filter. The view's scale
 * is chosen inside the first scale-limited rule's range. Nothing may throw, something must paint,
 * and styles without text get a golden.
 */
class CorpusPaintTest {
  private static final int W = 320;
  private static final int H = 180;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "pophatch, geoserver__geoserver__data__release__styles__pophatch.sld, true",
      "railroad, geotools__geotools__modules__extension__ysld__src__test__resources__org__geotools__ysld__sld__line__railroad.sld, true",
      "zroads, geotools__geotools__modules__library__render__src__test__resources__org__geotools__renderer__lite__test-data__zorder__zroads.sld, true",
      "mark-triangle, geotools__geotools__modules__library__render__src__test__resources__org__geotools__renderer__lite__test-data__markTriangle.sld, true",
      "two-rule-else, geotools__geotools__modules__library__render__src__test__resources__org__geotools__renderer__lite__test-data__fillSolidTwoRuleElse.sld, true",
      "line-double-dash, geotools__geotools__modules__library__render__src__test__resources__org__geotools__renderer__lite__test-data__lineDoubleDash.sld, true",
      "hatch-fill, geotools__geotools__modules__extension__ysld__src__test__resources__org__geotools__ysld__sld__poly__hatch-fill.sld, true",
      "graphic-anchor, geotools__geotools__modules__library__render__src__test__resources__org__geotools__renderer__lite__test-data__externalGraphicAnchor.sld, true",
      "line-uom, geotools__geotools__modules__library__render__src__test__resources__org__geotools__renderer__lite__test-data__LineStyleUom.sld, true",
      "imas-generic, IMASau__geoserver-config-imas__styles__default_generic.sld, true",
      "qgis-simple-marker, qgis__QGIS__tests__testdata__symbol_layer__QgsSimpleMarkerSymbolLayer.sld, true",
      "qgis-marker-line, qgis__QGIS__tests__testdata__symbol_layer__QgsMarkerLineSymbolLayer.sld, true",
      "rennes-risques, sigrennesmetropole__geoserver_sld__urba_docs_plui__plui_risques.sld, false",
      "populated-places, geoserver__geoserver__data__release__workspaces__ne__styles__populated_places.sld, false",
      "styled-label, geotools__geotools__modules__extension__ysld__src__test__resources__org__geotools__ysld__sld__point__styled-label.sld, false",
      "osm-waterways, geosolutions-it__osm-styles__workspaces__osm__styles__waterways.sld, false",
  })
  void paintsWithoutErrors(String name, String file, boolean golden) {
    Path sld = Corpus.dir("sld").resolve(file);
    MapStyle style = new SldReader().read(sld, new StyleIssues());
    double scale = scaleFor(style);
    double groundWidth = scale * W * 0.00028;
    MapView view = MapView.ofMetres(0, 0, groundWidth, groundWidth * H / W, W, H);
    List<Feature> features = features(style, view);
    BufferedImage img = Canvas.blank(W, H);
    Graphics2D g = Canvas.graphics(img);
    StylePainter painter = StylePainter.forStyle(style, List.of());
    painter.paint(g, view, style, features, StyleEnv.EMPTY);
    g.dispose();
    assertTrue(Canvas.inked(img, 8).width > 0, name + ": nothing painted for " + features.size() + " features at 1:"
        + Math.round(scale));
    if (golden) {
      Golden.assertMatches("paint-corpus-" + name, img);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "raster-colormap, geotools__geotools__modules__library__xml__src__test__resources__org__geotools__xml__styling__test-data__rasterSymbolizerColorMap.sld",
      "raster-dem, geoserver__geoserver__data__release__styles__dem.sld",
  })
  void rastersPaintThroughCorpusColorMaps(String name, String file) {
    MapStyle style = new SldReader().read(Corpus.dir("sld").resolve(file), new StyleIssues());
    RasterSymbolizer raster = null;
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      for (Rule r : fts.rules()) {
        for (Symbolizer s : r.symbolizers()) {
          if (s instanceof RasterSymbolizer rs && raster == null) {
            raster = rs;
          }
        }
      }
    }
    assertTrue(raster != null && raster.colorMap().isPresent(), name + " has a ColorMap");
    List<Double> q = raster.colorMap().get().entries().stream()
        .map(e -> e.quantity().asDouble(null, StyleEnv.EMPTY)).toList();
    double lo = q.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double hi = q.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    float[] v = new float[160 * 90];
    for (int r = 0; r < 90; r++) {
      for (int c = 0; c < 160; c++) {
        // A hill: low at the edges, the top quantity in the middle.
        double d = Math.hypot((c - 80) / 80.0, (r - 45) / 45.0);
        v[r * 160 + c] = (float) (lo + (hi - lo) * Math.max(0, 1 - d));
      }
    }
    BufferedImage img = Canvas.blank(W, H);
    Graphics2D g = Canvas.graphics(img);
    new StylePainter(GraphicLoader.none()).paintRaster(g, MapView.ofMetres(0, 0, 160, 90, W, H),
        new FloatGrid(160, 90, v, 0, 0, 160, 90, Float.NaN), raster, StyleEnv.EMPTY);
    g.dispose();
    Golden.assertMatches("paint-corpus-" + name, img);
  }

  /** Inside the first rule's scale range that has one, else 1:50,000. */
  private static double scaleFor(MapStyle style) {
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      for (Rule r : fts.rules()) {
        double min = r.minScaleDenominator();
        double max = r.maxScaleDenominator();
        if (min > 0 || Double.isFinite(max)) {
          double hi = Double.isFinite(max) ? max : Math.max(min * 4, 50_000);
          return min > 0 ? Math.sqrt(min * hi) : hi / 2;
        }
      }
    }
    return 50_000;
  }

  /** A point, a line and a polygon per rule, in a grid of cells, carrying attributes its filter wants. */
  private static List<Feature> features(MapStyle style, MapView view) {
    List<Map<String, Object>> wanted = new ArrayList<>();
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      for (Rule r : fts.rules()) {
        Map<String, Object> attrs = new HashMap<>();
        satisfy(r.filter(), attrs);
        wanted.add(attrs);
      }
    }
    List<Feature> out = new ArrayList<>();
    int cells = Math.max(1, wanted.size());
    int cols = (int) Math.ceil(Math.sqrt(cells * 16.0 / 9));
    int rows = (int) Math.ceil(cells / (double) cols);
    double cw = view.pixelSize() * W / cols;
    double ch = view.pixelSize() * H / rows;
    for (int i = 0; i < wanted.size(); i++) {
      double x0 = (i % cols) * cw;
      double y0 = (i / cols) * ch;
      Map<String, Object> a = wanted.get(i);
      out.add(Sld.feature(String.format(Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
          x0 + 0.1 * cw, y0 + 0.1 * ch, x0 + 0.6 * cw, y0 + 0.1 * ch, x0 + 0.6 * cw, y0 + 0.9 * ch,
          x0 + 0.1 * cw, y0 + 0.9 * ch, x0 + 0.1 * cw, y0 + 0.1 * ch), flatten(a)));
      out.add(Sld.feature(String.format(Locale.ROOT, "LINESTRING(%f %f, %f %f, %f %f)",
          x0 + 0.05 * cw, y0 + 0.2 * ch, x0 + 0.5 * cw, y0 + 0.8 * ch, x0 + 0.95 * cw, y0 + 0.3 * ch), flatten(a)));
      out.add(Sld.feature(String.format(Locale.ROOT, "POINT(%f %f)", x0 + 0.8 * cw, y0 + 0.6 * ch), flatten(a)));
    }
    return out;
  }

  private static Object[] flatten(Map<String, Object> attrs) {
    Map<String, Object> all = new HashMap<>(attrs);
    all.putIfAbsent("name", "Label");
    Object[] out = new Object[all.size() * 2];
    int i = 0;
    for (Map.Entry<String, Object> e : all.entrySet()) {
      out[i++] = e.getKey();
      out[i++] = e.getValue();
    }
    return out;
  }

  /** Best-effort attribute values that make {@code f} true. */
  private static void satisfy(Filter f, Map<String, Object> attrs) {
    if (f instanceof Filter.Comparison c) {
      Optional<String> prop = property(c.left()).or(() -> property(c.right()));
      Object value = (c.left() instanceof Expression.Literal l ? l : c.right()).evaluate(null, StyleEnv.EMPTY);
      double n = Values.toDouble(value);
      prop.ifPresent(p -> attrs.put(p, switch (c.operator()) {
        case LESS -> Double.isNaN(n) ? value : (Object) (n - 1);
        case GREATER -> Double.isNaN(n) ? value : (Object) (n + 1);
        case NOT_EQUAL -> Double.isNaN(n) ? "other" : (Object) (n + 1);
        default -> value;
      }));
    } else if (f instanceof Filter.Between b) {
      property(b.value()).ifPresent(p -> attrs.put(p, b.lower().evaluate(null, StyleEnv.EMPTY)));
    } else if (f instanceof Filter.Like l) {
      property(l.value()).ifPresent(p -> attrs.put(p, l.pattern().replace(String.valueOf(l.wildCard()), "")
          .replace(l.singleChar(), 'x')));
    } else if (f instanceof Filter.And a) {
      a.children().forEach(c -> satisfy(c, attrs));
    } else if (f instanceof Filter.Or o && !o.children().isEmpty()) {
      satisfy(o.children().get(0), attrs);
    }
  }

  private static Optional<String> property(Expression e) {
    return e instanceof Expression.PropertyName p ? Optional.of(p.name()) : Optional.empty();
  }
}
