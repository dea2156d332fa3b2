package org.banmap.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.banmap.style.Expression.Literal;

/**
 * Reads one symbolizer element and its parts (Graphic, Fill, Stroke, Font, ...), applying the
 * defaults of {@link StyleDefaults} to absent parameters and keeping absent elements empty.
 */
final class SymbolizerReader {
  private final ReadContext cx;
  private final ExpressionReader ex;
  private final XmlNode node;
  private final Uom uom;
  private Optional<Expression> geometry = Optional.empty();
  private final Map<String, String> options = new LinkedHashMap<>();

  SymbolizerReader(ReadContext cx, ExpressionReader ex, XmlNode node) {
    this.cx = cx;
    this.ex = ex;
    this.node = node;
    this.uom = uom(node);
  }

  private Uom uom(XmlNode n) {
    String u = n.attribute("uom");
    if (u == null) {
      return Uom.PIXEL;
    }
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.endsWith("metre") || lower.endsWith("meter")) {
      return Uom.METRE;
    }
    if (lower.endsWith("foot")) {
      return Uom.FOOT;
    }
    if (!lower.endsWith("pixel")) {
      cx.warn(n.at(), "unknown uom '" + u + "'; expected .../metre, .../foot or .../pixel; using pixels");
    }
    return Uom.PIXEL;
  }

  /** Handles children common to all symbolizers; false when {@code c} is not one of them. */
  private boolean common(XmlNode c) {
    if (c.is("Geometry")) {
      geometry = Optional.ofNullable(ex.mixed(c));
      return true;
    }
    if (c.is("VendorOption")) {
      String name = c.attribute("name");
      if (name == null) {
        cx.warn(c.at(), "<VendorOption> without a name attribute; skipped");
      } else {
        options.put(name, c.text());
      }
      return true;
    }
    return c.is("Name") || c.is("Description") || c.is("Title") || c.is("Abstract");
  }

  private VendorOptions vendorOptions() {
    return new VendorOptions(options);
  }

  PointSymbolizer point() {
    Graphic graphic = null;
    for (XmlNode c : node.children()) {
      if (c.is("Graphic")) {
        graphic = graphic(c, false);
      } else if (!common(c)) {
        cx.unknown(c, node, List.of("Geometry", "Graphic", "VendorOption"));
      }
    }
    if (graphic == null) {
      graphic = defaultGraphic(node.at());
    }
    return new PointSymbolizer(geometry, uom, graphic, vendorOptions(), node.at());
  }

  LineSymbolizer line() {
    Optional<Stroke> stroke = Optional.empty();
    Expression offset = StyleDefaults.ZERO;
    for (XmlNode c : node.children()) {
      if (c.is("Stroke")) {
        stroke = Optional.of(stroke(c));
      } else if (c.is("PerpendicularOffset")) {
        offset = ex.number(c, "<PerpendicularOffset>", 0);
      } else if (!common(c)) {
        cx.unknown(c, node, List.of("Geometry", "Stroke", "PerpendicularOffset", "VendorOption"));
      }
    }
    return new LineSymbolizer(geometry, uom, stroke, offset, vendorOptions(), node.at());
  }

  PolygonSymbolizer polygon() {
    Optional<Fill> fill = Optional.empty();
    Optional<Stroke> stroke = Optional.empty();
    Displacement displacement = Displacement.NONE;
    Expression offset = StyleDefaults.ZERO;
    for (XmlNode c : node.children()) {
      if (c.is("Fill")) {
        fill = Optional.of(fill(c, StyleDefaults.FILL_COLOR));
      } else if (c.is("Stroke")) {
        stroke = Optional.of(stroke(c));
      } else if (c.is("Displacement")) {
        displacement = displacement(c);
      } else if (c.is("PerpendicularOffset")) {
        offset = ex.number(c, "<PerpendicularOffset>", 0);
      } else if (!common(c)) {
        cx.unknown(c, node, List.of("Geometry", "Fill", "Stroke", "Displacement", "PerpendicularOffset", "VendorOption"));
      }
    }
    return new PolygonSymbolizer(geometry, uom, fill, stroke, displacement, offset, vendorOptions(), node.at());
  }

  TextSymbolizer text() {
    Optional<Expression> label = Optional.empty();
    Font font = StyleDefaults.font();
    LabelPlacement placement = StyleDefaults.labelPlacement();
    Optional<Halo> halo = Optional.empty();
    Fill fill = StyleDefaults.labelFill();
    Expression priority = new Literal(StyleDefaults.LABEL_PRIORITY);
    Optional<Graphic> graphic = Optional.empty();
    for (XmlNode c : node.children()) {
      switch (c.key()) {
        case "label":
          label = Optional.ofNullable(ex.mixed(c));
          break;
        case "font":
          font = font(c);
          break;
        case "labelplacement":
          placement = placement(c);
          break;
        case "halo":
          halo = Optional.of(halo(c));
          break;
        case "fill":
          fill = fill(c, StyleDefaults.LABEL_COLOR);
          break;
        case "priority":
          priority = ex.number(c, "<Priority>", StyleDefaults.LABEL_PRIORITY);
          break;
        case "graphic":
          graphic = Optional.of(graphic(c, false));
          break;
        default:
          if (!common(c)) {
            cx.unknown(c, node, List.of("Geometry", "Label", "Font", "LabelPlacement", "Halo", "Fill",
                "Priority", "Graphic", "VendorOption"));
          }
      }
    }
    return new TextSymbolizer(geometry, uom, label, font, placement, halo, fill, priority, graphic,
        vendorOptions(), node.at());
  }

  private static final Set<String> RASTER_UNMODELLED = Set.of(
      "channelselection", "contrastenhancement", "shadedrelief", "imageoutline", "overlapbehavior");

  RasterSymbolizer raster() {
    Expression opacity = StyleDefaults.ONE;
    Optional<ColorMap> colorMap = Optional.empty();
    for (XmlNode c : node.children()) {
      if (c.is("Opacity")) {
        opacity = ex.number(c, "<Opacity>", 1);
      } else if (c.is("ColorMap")) {
        colorMap = Optional.of(colorMap(c));
      } else if (RASTER_UNMODELLED.contains(c.key())) {
        cx.warn(c.at(), "<" + c.name() + "> is not supported by banmap's raster painting; ignored");
      } else if (!common(c)) {
        cx.unknown(c, node, List.of("Geometry", "Opacity", "ColorMap", "ChannelSelection",
            "ContrastEnhancement", "ShadedRelief", "VendorOption"));
      }
    }
    return new RasterSymbolizer(geometry, uom, opacity, colorMap, vendorOptions(), node.at());
  }

  // ---- parts ----

  private Graphic defaultGraphic(Location at) {
    return new Graphic(List.of(StyleDefaults.mark(at)), Optional.empty(), StyleDefaults.ONE,
        StyleDefaults.ZERO, StyleDefaults.graphicAnchor(), Displacement.NONE);
  }

  /** A Graphic; {@code inFill} only changes nothing yet but documents GraphicFill callers. */
  Graphic graphic(XmlNode g, boolean inFill) {
    List<GraphicSymbol> symbols = new ArrayList<>();
    Optional<Expression> size = Optional.empty();
    Expression opacity = StyleDefaults.ONE;
    Expression rotation = StyleDefaults.ZERO;
    AnchorPoint anchor = StyleDefaults.graphicAnchor();
    Displacement displacement = Displacement.NONE;
    for (XmlNode c : g.children()) {
      switch (c.key()) {
        case "mark":
          symbols.add(mark(c));
          break;
        case "externalgraphic":
          GraphicSymbol eg = externalGraphic(c);
          if (eg != null) {
            symbols.add(eg);
          }
          break;
        case "size":
          Expression s = ex.mixed(c);
          if (s == null) {
            cx.warn(c.at(), "empty <Size>; the default size applies");
          } else {
            size = Optional.of(ex.number(s, c.at(), "<Size>", StyleDefaults.MARK_SIZE));
          }
          break;
        case "opacity":
          opacity = ex.number(c, "<Opacity>", 1);
          break;
        case "rotation":
          rotation = ex.number(c, "<Rotation>", 0);
          break;
        case "anchorpoint":
          anchor = anchor(c, StyleDefaults.GRAPHIC_ANCHOR_X, StyleDefaults.GRAPHIC_ANCHOR_Y);
          break;
        case "displacement":
          displacement = displacement(c);
          break;
        case "gap":
        case "initialgap":
          break; // SE 1.1 spacing: parsed but ignored, as GeoTools does
        default:
          cx.unknown(c, g, List.of("Mark", "ExternalGraphic", "Size", "Opacity", "Rotation",
              "AnchorPoint", "Displacement"));
      }
    }
    if (symbols.isEmpty() && !cx.se11) {
      symbols.add(StyleDefaults.mark(g.at()));
    }
    return new Graphic(symbols, size, opacity, rotation, anchor, displacement);
  }

  private GraphicSymbol.Mark mark(XmlNode m) {
    Expression wkn = new Literal(StyleDefaults.MARK_NAME);
    Optional<Fill> fill = Optional.empty();
    Optional<Stroke> stroke = Optional.empty();
    String fontHref = null;
    Expression markIndex = null;
    for (XmlNode c : m.children()) {
      switch (c.key()) {
        case "wellknownname":
          Expression e = ex.mixed(c);
          if (e != null) {
            wkn = e instanceof Literal ? ex.template(Values.toText(((Literal) e).value()).trim(), c.at()) : e;
          }
          break;
        case "fill":
          fill = Optional.of(fill(c, StyleDefaults.FILL_COLOR));
          break;
        case "stroke":
          stroke = Optional.of(stroke(c));
          break;
        case "onlineresource":
          fontHref = c.attribute("href");
          break;
        case "markindex":
          markIndex = ex.number(c, "<MarkIndex>", 0);
          break;
        case "format":
          break;
        case "inlinecontent":
          cx.warn(c.at(), "inline mark content is not supported; the mark is drawn as a square");
          break;
        default:
          cx.unknown(c, m, List.of("WellKnownName", "Fill", "Stroke", "OnlineResource", "MarkIndex"));
      }
    }
    if (fontHref != null && markIndex instanceof Literal) {
      // SE 1.1 font marks (QGIS): OnlineResource ttf://Font + MarkIndex is the ttf://Font#0xNN name.
      int index = (int) Values.toDouble(((Literal) markIndex).value());
      String font = fontHref.startsWith("ttf://") ? fontHref : "ttf://" + fontHref;
      wkn = new Literal(font + "#0x" + Integer.toHexString(index));
    }
    return new GraphicSymbol.Mark(wkn, fill, stroke, m.at());
  }

  private GraphicSymbol externalGraphic(XmlNode g) {
    String href = null;
    String format = "";
    Location at = g.at();
    for (XmlNode c : g.children()) {
      if (c.is("OnlineResource")) {
        href = c.attribute("href");
        at = c.at();
      } else if (c.is("Format")) {
        format = c.text();
      } else if (c.is("InlineContent")) {
        cx.warn(c.at(), "inline graphic content is not supported; the next alternative is used");
        return null;
      } else {
        cx.unknown(c, g, List.of("OnlineResource", "Format"));
      }
    }
    if (href == null || href.isBlank()) {
      cx.warn(g.at(), "<ExternalGraphic> without an <OnlineResource xlink:href=...>; skipped");
      return null;
    }
    String lower = href.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      cx.warn(at, "remote graphic not fetched: " + href.trim() + " (the next alternative or a grey square is drawn)");
    }
    return new GraphicSymbol.ExternalGraphic(ex.template(href.trim(), at), format, g.at());
  }

  private AnchorPoint anchor(XmlNode a, double dx, double dy) {
    Expression x = new Literal(dx);
    Expression y = new Literal(dy);
    for (XmlNode c : a.children()) {
      if (c.is("AnchorPointX")) {
        x = ex.number(c, "<AnchorPointX>", dx);
      } else if (c.is("AnchorPointY")) {
        y = ex.number(c, "<AnchorPointY>", dy);
      } else {
        cx.unknown(c, a, List.of("AnchorPointX", "AnchorPointY"));
      }
    }
    return new AnchorPoint(x, y);
  }

  private Displacement displacement(XmlNode d) {
    Expression x = StyleDefaults.ZERO;
    Expression y = StyleDefaults.ZERO;
    for (XmlNode c : d.children()) {
      if (c.is("DisplacementX")) {
        x = ex.number(c, "<DisplacementX>", 0);
      } else if (c.is("DisplacementY")) {
        y = ex.number(c, "<DisplacementY>", 0);
      } else {
        cx.unknown(c, d, List.of("DisplacementX", "DisplacementY"));
      }
    }
    return new Displacement(x, y);
  }

  private static final List<String> FILL_PARAMS = List.of("fill", "fill-opacity");
  private static final List<String> STROKE_PARAMS = List.of("stroke", "stroke-width", "stroke-opacity",
      "stroke-linejoin", "stroke-linecap", "stroke-dasharray", "stroke-dashoffset");
  private static final List<String> FONT_PARAMS = List.of("font-family", "font-style", "font-weight", "font-size");

  private static boolean isParameter(XmlNode c) {
    return c.is("CssParameter") || c.is("SvgParameter");
  }

  /** A parameter's name in lower case without a stray prefix ({@code sld:Stroke-width} occurs). */
  private String parameterName(XmlNode p, List<String> known, XmlNode parent) {
    String raw = p.attribute("name");
    if (raw == null) {
      cx.warn(p.at(), "<" + p.name() + "> without a name attribute; skipped");
      return null;
    }
    String name = raw.trim().toLowerCase(Locale.ROOT);
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(colon + 1);
    }
    if (!known.contains(name)) {
      String best = Names.closest(name, known);
      cx.warn(p.at(), "unknown parameter '" + raw + "' in <" + parent.name() + ">"
          + (best == null ? "" : " (did you mean '" + best + "'?)") + "; the default applies");
      return null;
    }
    return name;
  }

  Fill fill(XmlNode f, Color defaultColour) {
    Expression colour = new Literal(defaultColour);
    Expression opacity = StyleDefaults.ONE;
    Optional<Graphic> graphicFill = Optional.empty();
    for (XmlNode c : f.children()) {
      if (isParameter(c)) {
        String name = parameterName(c, FILL_PARAMS, f);
        if ("fill".equals(name)) {
          colour = ex.colour(ex.mixed(c), c.at(), "fill", defaultColour);
        } else if ("fill-opacity".equals(name)) {
          opacity = ex.number(c, "fill-opacity", 1);
        }
      } else if (c.is("GraphicFill")) {
        XmlNode g = c.child("Graphic");
        if (g == null) {
          cx.warn(c.at(), "<GraphicFill> without <Graphic>; ignored");
        } else {
          graphicFill = Optional.of(graphic(g, true));
        }
      } else {
        cx.unknown(c, f, List.of("CssParameter", "SvgParameter", "GraphicFill"));
      }
    }
    return new Fill(colour, opacity, graphicFill);
  }

  Stroke stroke(XmlNode s) {
    Stroke d = StyleDefaults.stroke();
    Expression colour = d.color();
    Expression width = d.width();
    Expression opacity = d.opacity();
    Expression join = d.lineJoin();
    Expression cap = d.lineCap();
    Optional<Expression> dashes = Optional.empty();
    Expression dashOffset = d.dashOffset();
    Optional<Graphic> graphicStroke = Optional.empty();
    Optional<Graphic> graphicFill = Optional.empty();
    for (XmlNode c : s.children()) {
      if (isParameter(c)) {
        String name = parameterName(c, STROKE_PARAMS, s);
        if (name == null) {
          continue;
        }
        switch (name) {
          case "stroke":
            colour = ex.colour(ex.mixed(c), c.at(), "stroke", StyleDefaults.STROKE_COLOR);
            break;
          case "stroke-width":
            width = ex.number(c, "stroke-width", StyleDefaults.STROKE_WIDTH);
            break;
          case "stroke-opacity":
            opacity = ex.number(c, "stroke-opacity", 1);
            break;
          case "stroke-linejoin":
            join = keyword(c, Set.of("miter", "round", "bevel", "mitre"), StyleDefaults.LINE_JOIN);
            break;
          case "stroke-linecap":
            cap = keyword(c, Set.of("butt", "round", "square"), StyleDefaults.LINE_CAP);
            break;
          case "stroke-dasharray":
            Expression e = ex.mixed(c);
            dashes = e == null ? Optional.empty() : Optional.ofNullable(ex.dashes(e, c.at()));
            break;
          default:
            dashOffset = ex.number(c, "stroke-dashoffset", 0);
        }
      } else if (c.is("GraphicStroke") || c.is("GraphicFill")) {
        XmlNode g = c.child("Graphic");
        if (g == null) {
          cx.warn(c.at(), "<" + c.name() + "> without <Graphic>; ignored");
        } else if (c.is("GraphicStroke")) {
          graphicStroke = Optional.of(graphic(g, false));
        } else {
          graphicFill = Optional.of(graphic(g, true));
        }
      } else {
        cx.unknown(c, s, List.of("CssParameter", "SvgParameter", "GraphicStroke", "GraphicFill"));
      }
    }
    return new Stroke(colour, width, opacity, join, cap, dashes, dashOffset, graphicStroke, graphicFill);
  }

  // A misspelt join/cap keyword is warned and defaulted, as GeoTools falls back silently.
  private Expression keyword(XmlNode c, Set<String> allowed, String fallback) {
    Expression e = ex.mixed(c);
    if (e == null) {
      return new Literal(fallback);
    }
    if (e instanceof Literal) {
      String v = Values.toText(((Literal) e).value()).trim().toLowerCase(Locale.ROOT);
      if (!allowed.contains(v)) {
        cx.warn(c.at(), "unknown " + c.attribute("name") + " '" + v + "'; expected one of "
            + String.join(", ", new java.util.TreeSet<>(allowed)) + "; using " + fallback);
        return new Literal(fallback);
      }
      return new Literal(v.equals("mitre") ? "miter" : v);
    }
    return e;
  }

  private Font font(XmlNode f) {
    Font d = StyleDefaults.font();
    List<Expression> families = new ArrayList<>();
    Expression style = d.style();
    Expression weight = d.weight();
    Expression size = d.size();
    for (XmlNode c : f.children()) {
      if (!isParameter(c)) {
        cx.unknown(c, f, List.of("CssParameter", "SvgParameter"));
        continue;
      }
      String name = parameterName(c, FONT_PARAMS, f);
      Expression e = name == null ? null : ex.mixed(c);
      if (e == null) {
        continue;
      }
      switch (name) {
        case "font-family":
          families.add(e);
          break;
        case "font-style":
          style = e;
          break;
        case "font-weight":
          weight = e;
          break;
        default:
          size = ex.number(e, c.at(), "font-size", StyleDefaults.FONT_SIZE);
      }
    }
    return new Font(families.isEmpty() ? d.families() : families, style, weight, size);
  }

  private Halo halo(XmlNode h) {
    Halo d = StyleDefaults.halo();
    Expression radius = d.radius();
    Fill fill = d.fill();
    for (XmlNode c : h.children()) {
      if (c.is("Radius")) {
        radius = ex.number(c, "<Radius>", StyleDefaults.HALO_RADIUS);
      } else if (c.is("Fill")) {
        fill = fill(c, StyleDefaults.HALO_COLOR);
      } else {
        cx.unknown(c, h, List.of("Radius", "Fill"));
      }
    }
    return new Halo(radius, fill);
  }

  private LabelPlacement placement(XmlNode p) {
    XmlNode point = p.child("PointPlacement");
    XmlNode line = p.child("LinePlacement");
    if (line != null) {
      Expression offset = StyleDefaults.ZERO;
      boolean repeated = false;
      boolean aligned = true;
      boolean generalize = false;
      for (XmlNode c : line.children()) {
        if (c.is("PerpendicularOffset")) {
          offset = ex.number(c, "<PerpendicularOffset>", 0);
        } else if (c.is("IsRepeated")) {
          repeated = c.text().equalsIgnoreCase("true");
        } else if (c.is("IsAligned")) {
          aligned = !c.text().equalsIgnoreCase("false");
        } else if (c.is("GeneralizeLine")) {
          generalize = c.text().equalsIgnoreCase("true");
        } else if (!c.is("Gap") && !c.is("InitialGap")) {
          cx.unknown(c, line, List.of("PerpendicularOffset", "IsRepeated", "IsAligned", "GeneralizeLine"));
        }
      }
      return new LabelPlacement.LinePlacement(offset, repeated, aligned, generalize);
    }
    LabelPlacement.PointPlacement d = StyleDefaults.labelPlacement();
    if (point == null) {
      return d;
    }
    AnchorPoint anchor = d.anchor();
    Displacement displacement = d.displacement();
    Expression rotation = d.rotation();
    for (XmlNode c : point.children()) {
      if (c.is("AnchorPoint")) {
        anchor = anchor(c, StyleDefaults.LABEL_ANCHOR_X, StyleDefaults.LABEL_ANCHOR_Y);
      } else if (c.is("Displacement")) {
        displacement = displacement(c);
      } else if (c.is("Rotation")) {
        rotation = ex.number(c, "<Rotation>", 0);
      } else {
        cx.unknown(c, point, List.of("AnchorPoint", "Displacement", "Rotation"));
      }
    }
    return new LabelPlacement.PointPlacement(anchor, displacement, rotation);
  }

  private ColorMap colorMap(XmlNode m) {
    String type = m.attribute("type");
    ColorMap.Type t = ColorMap.Type.RAMP;
    if (type != null) {
      switch (type.trim().toLowerCase(Locale.ROOT)) {
        case "intervals":
          t = ColorMap.Type.INTERVALS;
          break;
        case "values":
          t = ColorMap.Type.VALUES;
          break;
        case "ramp":
          break;
        default:
          cx.error(m.at(), "unknown ColorMap type '" + type + "'; expected ramp, intervals or values");
      }
    }
    boolean extended = "true".equalsIgnoreCase(m.attribute("extended"));
    List<ColorMap.Entry> entries = new ArrayList<>();
    for (XmlNode c : m.children()) {
      if (!c.is("ColorMapEntry")) {
        cx.unknown(c, m, List.of("ColorMapEntry"));
        continue;
      }
      String colour = c.attribute("color");
      Expression col = ex.colour(colour == null ? null : new Literal(colour), c.at(), "ColorMapEntry color", Color.BLACK);
      String op = c.attribute("opacity");
      Expression opacity = op == null ? StyleDefaults.ONE
          : ex.number(new Literal(op), c.at(), "ColorMapEntry opacity", 1);
      String q = c.attribute("quantity");
      Expression quantity = ex.number(q == null ? null : new Literal(q), c.at(), "ColorMapEntry quantity", 0);
      entries.add(new ColorMap.Entry(col, opacity, quantity, c.attribute("label")));
    }
    return new ColorMap(t, extended, entries);
  }
}
