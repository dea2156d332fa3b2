package org.banmap.style;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.banmap.style.Expression.Literal;

/**
 * Reads SLD 1.0.0 and SE 1.1.0 files into a {@link MapStyle}: leniently where GeoTools is lenient
 * (element and parameter names case-insensitive, any or no namespace prefix, unknown elements and
 * parameters warned and skipped so their default applies), strictly where a typo would silently
 * change the picture (malformed XML, bad colours and numbers, unknown functions and filter
 * operators). All issues land in the given {@link StyleIssues}; if this read added any error,
 * {@code read} throws {@link StyleException} listing them (warnings never throw).
 *
 * <p>Hostile input: files over {@link #MAX_BYTES} are refused before parsing, DOCTYPEs (and so DTD
 * entities, XXE and entity bombs) and nesting deeper than 200 elements are refused, and nothing is
 * fetched from the network.
 */
public final class SldReader {
  /** Larger files are refused unread: real styles are kilobytes. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  public MapStyle read(Path file, StyleIssues issues) {
    String source = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw fail(source, issues, new Location(source, 0, 0), "style file not found (check the path)");
    } catch (IOException e) {
      throw fail(source, issues, new Location(source, 0, 0), "cannot read the style file: " + e.getMessage());
    }
    if (size > MAX_BYTES) {
      throw fail(source, issues, new Location(source, 0, 0), "style file is " + size / (1024 * 1024)
          + " MB, over the " + MAX_BYTES / (1024 * 1024) + " MB limit; real SLD files are kilobytes,"
          + " so this is probably not a style");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw fail(source, issues, new Location(source, 0, 0), "cannot read the style file: " + e.getMessage());
    }
    Path dir = file.toAbsolutePath().getParent();
    ReadContext cx = new ReadContext(source, issues);
    XmlNode root;
    try {
      root = XmlNode.parse(bytes, source);
    } catch (XmlNode.Refused e) {
      throw fail(source, issues, e.at, e.getMessage());
    }
    return finish(cx, root, dir);
  }

  /** Reads a style held in memory; {@code baseDir} (may be null) anchors relative graphic links. */
  public MapStyle read(String xml, String sourceName, Path baseDir, StyleIssues issues) {
    // chars are 1..3 UTF-8 bytes: only count bytes when the length is near the limit
    if (xml.length() > MAX_BYTES / 3 && xml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw fail(sourceName, issues, new Location(sourceName, 0, 0), "style text is over the "
          + MAX_BYTES / (1024 * 1024) + " MB limit; real SLD files are kilobytes");
    }
    ReadContext cx = new ReadContext(sourceName, issues);
    XmlNode root;
    try {
      root = XmlNode.parse(xml, sourceName);
    } catch (XmlNode.Refused e) {
      throw fail(sourceName, issues, e.at, e.getMessage());
    }
    return finish(cx, root, baseDir);
  }

  private static StyleException fail(String source, StyleIssues issues, Location at, String message) {
    issues.error(at, message);
    return new StyleException(source, List.of(StyleIssue.at(at, StyleIssue.Severity.ERROR, message)));
  }

  private static MapStyle finish(ReadContext cx, XmlNode root, Path baseDir) {
    int errorsBefore = cx.issues.errors().size();
    MapStyle style = new Document(cx).read(root, baseDir);
    List<StyleIssue> errors = cx.issues.errors();
    if (errors.size() > errorsBefore) {
      throw new StyleException(cx.source, errors.subList(errorsBefore, errors.size()));
    }
    return style;
  }

  /** The walk over one document's element tree. */
  private static final class Document {
    private final ReadContext cx;
    private final ExpressionReader ex;
    private final List<FeatureTypeStyle> styles = new ArrayList<>();
    private String styleName;
    private String styleTitle;

    Document(ReadContext cx) {
      this.cx = cx;
      this.ex = new ExpressionReader(cx);
    }

    MapStyle read(XmlNode document, Path baseDir) {
      // A WMS GetMap request document carries its SLD inside.
      XmlNode root = document.is("GetMap") ? find(document, "StyledLayerDescriptor") : document;
      if (root == null) {
        root = document;
      }
      cx.se11 = "1.1.0".equals(root.attribute("version"));
      if (root.is("StyledLayerDescriptor")) {
        for (XmlNode c : root.children()) {
          if (c.is("NamedLayer") || c.is("UserLayer")) {
            layer(c);
          } else {
            cx.unknown(c, root, List.of("NamedLayer", "UserLayer"));
          }
        }
      } else if (root.is("NamedLayer") || root.is("UserLayer")) {
        layer(root);
      } else if (root.is("UserStyle")) {
        userStyle(root, null);
      } else if (root.is("FeatureTypeStyle")) {
        styles.add(featureTypeStyle(root, null, null));
      } else {
        cx.error(root.at(), "expected <StyledLayerDescriptor> as the root element but found <" + root.name() + ">");
      }
      if (styles.isEmpty() && cx.issues.errors().isEmpty()) {
        cx.warn(root.at(), "the style has no FeatureTypeStyle, so it paints nothing");
      }
      return new MapStyle(styleName, styleTitle, styles, cx.source, baseDir);
    }

    private static XmlNode find(XmlNode n, String name) {
      for (XmlNode c : n.children()) {
        XmlNode hit = c.is(name) ? c : find(c, name);
        if (hit != null) {
          return hit;
        }
      }
      return null;
    }

    private void layer(XmlNode layer) {
      XmlNode nameNode = layer.child("Name");
      String layerName = nameNode == null ? null : nameNode.text();
      if (styleName == null) {
        styleName = layerName;
      }
      for (XmlNode c : layer.children()) {
        if (c.is("UserStyle")) {
          userStyle(c, layerName);
        } else if (c.is("NamedStyle")) {
          cx.warn(c.at(), "<NamedStyle> refers to a style on a server; banmap has none, so it is skipped");
        } else if (!c.is("RemoteOWS") && !c.is("InlineFeature") && !c.is("Service")) {
          cx.unknown(c, layer, List.of("Name", "UserStyle", "NamedStyle", "LayerFeatureConstraints"));
        }
      }
    }

    private void userStyle(XmlNode us, String layerName) {
      String name = text(us.child("Name"));
      if (styleTitle == null) {
        styleTitle = text(us.child("Title"));
        if (name != null) {
          styleName = name;
        }
      }
      for (XmlNode c : us.children()) {
        if (c.is("FeatureTypeStyle") || c.is("CoverageStyle")) {
          styles.add(featureTypeStyle(c, layerName, name));
        } else {
          cx.unknown(c, us, List.of("Name", "Title", "Abstract", "FeatureTypeStyle", "IsDefault"));
        }
      }
    }

    private static String text(XmlNode n) {
      return n == null ? null : n.text();
    }

    private FeatureTypeStyle featureTypeStyle(XmlNode fts, String layerName, String styleName) {
      List<XmlNode> ruleNodes = new ArrayList<>();
      Map<String, String> options = new LinkedHashMap<>();
      for (XmlNode c : fts.children()) {
        if (c.is("Rule")) {
          ruleNodes.add(c);
        } else if (c.is("VendorOption")) {
          vendorOption(c, options);
        } else if (c.is("Transformation")) {
          cx.warn(c.at(), "rendering transformations are not supported; the features are drawn untransformed");
        } else if (!c.is("FeatureTypeName") && !c.is("SemanticTypeIdentifier")) {
          cx.unknown(c, fts, List.of("Name", "Title", "Rule", "VendorOption", "FeatureTypeName"));
        }
      }
      VendorOptions vo = new VendorOptions(options);
      double min = vo.number("minScaleDenominator", 0);
      double max = vo.number("maxScaleDenominator", Double.POSITIVE_INFINITY);
      List<Rule> rules = new ArrayList<>();
      for (XmlNode r : ruleNodes) {
        rules.add(rule(r, min, max));
      }
      return new FeatureTypeStyle(layerName, styleName, text(fts.child("Name")), text(fts.child("Title")),
          rules, vo, min, max, fts.at());
    }

    private void vendorOption(XmlNode c, Map<String, String> options) {
      String name = c.attribute("name");
      if (name == null) {
        cx.warn(c.at(), "<VendorOption> without a name attribute; skipped");
        return;
      }
      options.put(name, c.text());
    }

    private static final List<String> RULE_CHILDREN = List.of(
        "Name", "Title", "Abstract", "Filter", "ElseFilter", "MinScaleDenominator", "MaxScaleDenominator",
        "PointSymbolizer", "LineSymbolizer", "PolygonSymbolizer", "TextSymbolizer", "RasterSymbolizer",
        "VendorOption", "LegendGraphic");

    private Rule rule(XmlNode r, double ftsMin, double ftsMax) {
      Filter filter = Filter.INCLUDE;
      boolean elseFilter = false;
      double min = ftsMin;
      double max = ftsMax;
      List<Symbolizer> symbolizers = new ArrayList<>();
      Map<String, String> options = new LinkedHashMap<>();
      String title = null;
      for (XmlNode c : r.children()) {
        switch (c.key()) {
          case "filter":
            filter = ex.filter(c);
            break;
          case "elsefilter":
            elseFilter = true;
            break;
          case "minscaledenominator":
            min = scale(c, 0);
            break;
          case "maxscaledenominator":
            max = scale(c, Double.POSITIVE_INFINITY);
            break;
          case "title":
            title = c.text();
            break;
          case "description":
            title = text(c.child("Title"));
            break;
          case "vendoroption":
            vendorOption(c, options);
            break;
          default:
            Symbolizer s = symbolizer(c);
            if (s != null) {
              symbolizers.add(s);
            } else {
              cx.unknown(c, r, RULE_CHILDREN);
            }
        }
      }
      return new Rule(text(r.child("Name")), title, filter, elseFilter, min, max, symbolizers,
          new VendorOptions(options), r.at());
    }

    private double scale(XmlNode c, double fallback) {
      Expression e = ex.number(c, "<" + c.name() + ">", fallback);
      return e instanceof Literal ? Values.toDouble(((Literal) e).value()) : fallback;
    }

    private Symbolizer symbolizer(XmlNode s) {
      switch (s.key()) {
        case "pointsymbolizer":
          return new SymbolizerReader(cx, ex, s).point();
        case "linesymbolizer":
          return new SymbolizerReader(cx, ex, s).line();
        case "polygonsymbolizer":
          return new SymbolizerReader(cx, ex, s).polygon();
        case "textsymbolizer":
          return new SymbolizerReader(cx, ex, s).text();
        case "rastersymbolizer":
          return new SymbolizerReader(cx, ex, s).raster();
        default:
          return null;
      }
    }
  }
}
