package org.banmap.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.banmap.style.Expression.Arithmetic;
import org.banmap.style.Expression.Concat;
import org.banmap.style.Expression.Literal;
import org.banmap.style.Expression.PropertyName;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads OGC expressions, mixed content and filters, and converts constant values to the type their
 * place needs. Bad constants (a colour "redd", a width "wide") are errors with a location; the
 * returned value is then a harmless default so reading can go on and report further errors.
 */
final class ExpressionReader {
  private final ReadContext cx;

  ExpressionReader(ReadContext cx) {
    this.cx = cx;
  }

  private static final Set<String> EXPRESSIONS =
      Set.of("literal", "propertyname", "valuereference", "function", "add", "sub", "mul", "div");

  static boolean isExpression(XmlNode n) {
    return EXPRESSIONS.contains(n.key());
  }

  /** One expression element. */
  Expression expression(XmlNode n) {
    switch (n.key()) {
      case "literal":
        return new Literal(literalText(n));
      case "propertyname":
      case "valuereference":
        return new PropertyName(stripPrefix(n.text()));
      case "add":
        return arithmetic(Arithmetic.Operator.ADD, n);
      case "sub":
        return arithmetic(Arithmetic.Operator.SUB, n);
      case "mul":
        return arithmetic(Arithmetic.Operator.MUL, n);
      case "div":
        return arithmetic(Arithmetic.Operator.DIV, n);
      case "function":
        return function(n);
      default:
        cx.error(n.at(), "unknown expression <" + n.name() + ">; expected one of <Literal>,"
            + " <PropertyName>, <Function>, <Add>, <Sub>, <Mul>, <Div>");
        return new Literal(null);
    }
  }

  private static String stripPrefix(String name) {
    int colon = name.indexOf(':');
    return colon >= 0 && name.indexOf('/') < 0 ? name.substring(colon + 1) : name;
  }

  // Literal keeps CDATA verbatim and trims ordinary text, like GeoTools.
  private static String literalText(XmlNode n) {
    StringBuilder out = new StringBuilder();
    boolean cdata = false;
    for (Object o : n.content()) {
      if (o instanceof XmlNode.Text) {
        out.append(((XmlNode.Text) o).text());
        cdata |= ((XmlNode.Text) o).cdata();
      }
    }
    return cdata ? out.toString() : out.toString().trim();
  }

  private Expression arithmetic(Arithmetic.Operator op, XmlNode n) {
    List<Expression> args = arguments(n);
    if (args.size() != 2) {
      cx.error(n.at(), "<" + n.name() + "> needs exactly two expressions but has " + args.size());
      return new Literal(null);
    }
    Expression e = new Arithmetic(op, args.get(0), args.get(1));
    return args.get(0).isConstant() && args.get(1).isConstant()
        ? new Literal(e.evaluate(null, StyleEnv.EMPTY))
        : e;
  }

  private Expression function(XmlNode n) {
    String name = n.attribute("name");
    if (name == null || name.isBlank()) {
      cx.error(n.at(), "<" + n.name() + "> has no name attribute; expected e.g. name=\"Interpolate\"");
      return new Literal(null);
    }
    try {
      return Functions.call(name.trim(), arguments(n), n.at());
    } catch (IllegalArgumentException e) {
      cx.error(n.at(), e.getMessage());
      return new Literal(null);
    }
  }

  private List<Expression> arguments(XmlNode n) {
    List<Expression> args = new ArrayList<>();
    for (XmlNode c : n.children()) {
      args.add(expression(c));
    }
    return args;
  }

  /**
   * Mixed content: text and expression elements concatenated ("Pop: " + PropertyName). Blank text
   * between elements is layout and dropped; CDATA is kept verbatim. Null when empty.
   */
  Expression mixed(XmlNode n) {
    List<Expression> parts = new ArrayList<>();
    List<Object> content = n.content();
    for (int i = 0; i < content.size(); i++) {
      Object o = content.get(i);
      if (o instanceof XmlNode) {
        XmlNode c = (XmlNode) o;
        if (isExpression(c)) {
          parts.add(expression(c));
        } else {
          cx.warn(c.at(), "unexpected element <" + c.name() + "> inside <" + n.name() + ">; skipped");
        }
        continue;
      }
      XmlNode.Text t = (XmlNode.Text) o;
      String s = t.text();
      if (!t.cdata()) {
        if (s.isBlank()) {
          continue;
        }
        if (i == 0 || onlyBlankBefore(content, i)) {
          s = s.stripLeading();
        }
        if (i == content.size() - 1 || onlyBlankAfter(content, i)) {
          s = s.stripTrailing();
        }
      }
      parts.add(new Literal(s));
    }
    return join(parts);
  }

  private static boolean onlyBlankBefore(List<Object> content, int i) {
    for (int j = 0; j < i; j++) {
      if (!(content.get(j) instanceof XmlNode.Text) || !((XmlNode.Text) content.get(j)).text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyBlankAfter(List<Object> content, int i) {
    for (int j = i + 1; j < content.size(); j++) {
      if (!(content.get(j) instanceof XmlNode.Text) || !((XmlNode.Text) content.get(j)).text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Expression join(List<Expression> parts) {
    if (parts.isEmpty()) {
      return null;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    if (parts.stream().allMatch(Expression::isConstant)) {
      return new Literal(new Concat(parts).evaluate(null, StyleEnv.EMPTY));
    }
    return new Concat(parts);
  }

  /** The element's value as a number, or {@code fallback} (warned) when it is empty. */
  Expression number(XmlNode n, String what, double fallback) {
    return number(mixed(n), n.at(), what, fallback);
  }

  Expression number(Expression e, Location at, String what, double fallback) {
    if (e == null) {
      cx.warn(at, "empty " + what + "; using the default " + Values.toText(fallback));
      return new Literal(fallback);
    }
    if (!(e instanceof Literal)) {
      return e;
    }
    Object v = ((Literal) e).value();
    if (v instanceof Double) {
      return e;
    }
    double d = Values.toDouble(v);
    if (Double.isNaN(d)) {
      cx.error(at, "expected a number for " + what + " but found '" + Values.toText(v) + "'");
      return new Literal(fallback);
    }
    return new Literal(d);
  }

  /** The element's value as a colour, or {@code fallback} (warned) when empty. */
  Expression colour(Expression e, Location at, String what, Color fallback) {
    if (e == null) {
      cx.warn(at, "empty " + what + "; using the default " + Values.toText(fallback));
      return new Literal(fallback);
    }
    if (!(e instanceof Literal)) {
      return e;
    }
    Object v = ((Literal) e).value();
    Color c = Values.toColor(v instanceof Double ? null : v);
    if (c == null) {
      cx.error(at, "expected a colour like #ff0000 for " + what + " but found '" + Values.toText(v) + "'");
      return new Literal(fallback);
    }
    return new Literal(c);
  }

  /** A dash array: constants parsed once into float[]. */
  Expression dashes(Expression e, Location at) {
    if (!(e instanceof Literal) || ((Literal) e).value() instanceof float[]) {
      return e;
    }
    String text = Values.toText(((Literal) e).value());
    float[] dashes = Values.parseDashes(text);
    if (dashes == null) {
      cx.error(at, "expected stroke-dasharray as numbers like '5 2' but found '" + text + "'");
      return null;
    }
    return new Literal(dashes);
  }

  /**
   * A link or mark name with GeoServer {@code ${...}} templates: {@code ${attr}} reads a feature
   * attribute; anything more complex is kept as text, with a warning.
   */
  Expression template(String text, Location at) {
    if (!text.contains("${")) {
      return new Literal(text);
    }
    List<Expression> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("${", i);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (open < 0 || close < 0) {
        parts.add(new Literal(text.substring(i)));
        break;
      }
      if (open > i) {
        parts.add(new Literal(text.substring(i, open)));
      }
      String inner = text.substring(open + 2, close).trim();
      if (inner.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
        parts.add(new PropertyName(inner));
      } else {
        cx.warn(at, "template ${" + inner + "} is not a plain attribute name; kept as text");
        parts.add(new Literal(text.substring(open, close + 1)));
      }
      i = close + 1;
    }
    return join(parts);
  }

  // ---- filters ----

  private static final Set<String> COMPARISONS = Set.of(
      "propertyisequalto", "propertyisnotequalto", "propertyislessthan",
      "propertyislessthanorequalto", "propertyisgreaterthan", "propertyisgreaterthanorequalto");
  private static final Set<String> SPATIAL = Set.of(
      "intersects", "within", "contains", "disjoint", "touches", "crosses", "overlaps", "equals",
      "dwithin", "beyond");
  private static final List<String> OPERATORS = List.of(
      "PropertyIsEqualTo", "PropertyIsNotEqualTo", "PropertyIsLessThan",
      "PropertyIsLessThanOrEqualTo", "PropertyIsGreaterThan", "PropertyIsGreaterThanOrEqualTo",
      "PropertyIsBetween", "PropertyIsLike", "PropertyIsNull", "PropertyIsNil", "And", "Or", "Not",
      "BBOX", "FeatureId", "GmlObjectId", "ResourceId", "Function");

  /** The content of an {@code <ogc:Filter>} element. */
  Filter filter(XmlNode filterElement) {
    List<XmlNode> ops = filterElement.children();
    if (ops.isEmpty()) {
      cx.warn(filterElement.at(), "empty <" + filterElement.name() + "> matches every feature");
      return Filter.INCLUDE;
    }
    if (ops.stream().allMatch(ExpressionReader::isId)) {
      Set<String> ids = new LinkedHashSet<>();
      for (XmlNode id : ops) {
        String v = id.attribute(id.is("featureid") ? "fid" : id.is("resourceid") ? "rid" : "id");
        if (v != null) {
          ids.add(v);
        }
      }
      return new Filter.FeatureIds(ids);
    }
    if (ops.size() > 1) {
      cx.warn(ops.get(1).at(), "<" + filterElement.name() + "> holds " + ops.size()
          + " operators; they are combined with And (wrap them in <And> to say so)");
      return new Filter.And(operators(ops));
    }
    return operator(ops.get(0));
  }

  private static boolean isId(XmlNode n) {
    return n.is("featureid") || n.is("gmlobjectid") || n.is("resourceid");
  }

  private List<Filter> operators(List<XmlNode> nodes) {
    List<Filter> out = new ArrayList<>();
    for (XmlNode n : nodes) {
      out.add(operator(n));
    }
    return out;
  }

  private Filter operator(XmlNode n) {
    String key = n.key();
    if (COMPARISONS.contains(key)) {
      return comparison(n);
    }
    switch (key) {
      case "and":
        return new Filter.And(operators(n.children()));
      case "or":
        return new Filter.Or(operators(n.children()));
      case "not":
        if (n.children().size() != 1) {
          cx.error(n.at(), "<Not> needs exactly one filter but has " + n.children().size());
          return Filter.EXCLUDE;
        }
        return new Filter.Not(operator(n.children().get(0)));
      case "propertyisnull":
      case "propertyisnil":
        List<Expression> args = arguments(n);
        if (args.size() != 1) {
          cx.error(n.at(), "<" + n.name() + "> needs one <PropertyName> but has " + args.size() + " expressions");
          return Filter.EXCLUDE;
        }
        return key.equals("propertyisnull") ? new Filter.IsNull(args.get(0)) : new Filter.IsNil(args.get(0));
      case "propertyisbetween":
        return between(n);
      case "propertyislike":
        return like(n);
      case "bbox":
        return bbox(n);
      case "function":
        return new Filter.ExpressionIsTrue(expression(n));
      case "featureid":
      case "gmlobjectid":
      case "resourceid":
        return filterOfIds(n);
      default:
        if (SPATIAL.contains(key)) {
          cx.error(n.at(), "spatial filter <" + n.name() + "> is not supported (only <BBOX>); "
              + "replace it with a BBOX or remove the rule's filter");
        } else {
          String best = Names.closest(n.name(), OPERATORS);
          cx.error(n.at(), "unknown filter operator <" + n.name() + ">"
              + (best == null ? "" : " (did you mean <" + best + ">?)"));
        }
        return Filter.EXCLUDE;
    }
  }

  private Filter filterOfIds(XmlNode n) {
    XmlNode wrapper = new XmlNode("Filter", "", java.util.Map.of(), List.of(n), n.at());
    return filter(wrapper);
  }

  private Filter comparison(XmlNode n) {
    List<Expression> args = arguments(n);
    if (args.size() != 2) {
      cx.error(n.at(), "<" + n.name() + "> needs two expressions (e.g. <PropertyName> and <Literal>) but has " + args.size());
      return Filter.EXCLUDE;
    }
    boolean matchCase = !"false".equalsIgnoreCase(String.valueOf(n.attribute("matchCase")).trim());
    Filter.Comparison.Operator op;
    switch (n.key()) {
      case "propertyisequalto":
        op = Filter.Comparison.Operator.EQUAL;
        break;
      case "propertyisnotequalto":
        op = Filter.Comparison.Operator.NOT_EQUAL;
        break;
      case "propertyislessthan":
        op = Filter.Comparison.Operator.LESS;
        break;
      case "propertyislessthanorequalto":
        op = Filter.Comparison.Operator.LESS_OR_EQUAL;
        break;
      case "propertyisgreaterthan":
        op = Filter.Comparison.Operator.GREATER;
        break;
      default:
        op = Filter.Comparison.Operator.GREATER_OR_EQUAL;
    }
    return new Filter.Comparison(op, args.get(0), args.get(1), matchCase);
  }

  private Filter between(XmlNode n) {
    Expression value = null;
    Expression lower = null;
    Expression upper = null;
    for (XmlNode c : n.children()) {
      if (c.is("lowerboundary")) {
        lower = mixed(c);
      } else if (c.is("upperboundary")) {
        upper = mixed(c);
      } else if (isExpression(c) && value == null) {
        value = expression(c);
      } else {
        cx.warn(c.at(), "unexpected <" + c.name() + "> in <PropertyIsBetween>; skipped");
      }
    }
    if (value == null || lower == null || upper == null) {
      cx.error(n.at(), "<PropertyIsBetween> needs an expression, <LowerBoundary> and <UpperBoundary>");
      return Filter.EXCLUDE;
    }
    return new Filter.Between(value, lower, upper);
  }

  private Filter like(XmlNode n) {
    List<XmlNode> kids = n.children();
    if (kids.size() != 2) {
      cx.error(n.at(), "<PropertyIsLike> needs a <PropertyName> and a <Literal> pattern but has " + kids.size() + " children");
      return Filter.EXCLUDE;
    }
    Expression value = expression(kids.get(0));
    String pattern = kids.get(1).text();
    char wild = oneChar(n, "wildCard", '*');
    char single = oneChar(n, "singleChar", '.');
    String esc = n.attribute("escape") != null ? "escape" : "escapeChar";
    char escape = oneChar(n, esc, '!');
    boolean matchCase = !"false".equalsIgnoreCase(String.valueOf(n.attribute("matchCase")).trim());
    return Filter.Like.of(value, pattern, wild, single, escape, matchCase);
  }

  private char oneChar(XmlNode n, String attribute, char fallback) {
    String v = n.attribute(attribute);
    if (v == null) {
      return fallback;
    }
    if (v.length() != 1) {
      cx.error(n.at(), "<PropertyIsLike> attribute " + attribute + " must be one character but is '" + v + "'");
      return fallback;
    }
    return v.charAt(0);
  }

  private Filter bbox(XmlNode n) {
    Expression geometry = null;
    Envelope box = null;
    for (XmlNode c : n.children()) {
      if (isExpression(c)) {
        geometry = expression(c);
      } else if (c.is("envelope")) {
        double[] lo = coords(c.child("lowerCorner"), c);
        double[] hi = coords(c.child("upperCorner"), c);
        if (lo != null && hi != null) {
          box = new Envelope(lo[0], hi[0], lo[1], hi[1]);
        }
      } else if (c.is("box")) {
        box = gmlBox(c);
      }
    }
    if (box == null) {
      cx.error(n.at(), "<BBOX> needs a <gml:Envelope> with lowerCorner/upperCorner or a <gml:Box>");
      return Filter.EXCLUDE;
    }
    return new Filter.BBox(geometry, box);
  }

  private double[] coords(XmlNode corner, XmlNode parent) {
    if (corner == null) {
      cx.error(parent.at(), "<" + parent.name() + "> needs <lowerCorner> and <upperCorner>");
      return null;
    }
    String[] parts = corner.text().trim().split("[\\s,]+");
    if (parts.length < 2) {
      cx.error(corner.at(), "expected two numbers 'x y' but found '" + corner.text() + "'");
      return null;
    }
    double x = Values.parseNumber(parts[0]);
    double y = Values.parseNumber(parts[1]);
    if (Double.isNaN(x) || Double.isNaN(y)) {
      cx.error(corner.at(), "expected two numbers 'x y' but found '" + corner.text() + "'");
      return null;
    }
    return new double[] {x, y};
  }

  private Envelope gmlBox(XmlNode box) {
    XmlNode coordinates = box.child("coordinates");
    List<double[]> points = new ArrayList<>();
    if (coordinates != null) {
      for (String pair : coordinates.text().trim().split("\\s+")) {
        XmlNode fake = new XmlNode("coordinates", "", java.util.Map.of(),
            List.of(new XmlNode.Text(pair.replace(',', ' '), false, coordinates.at())), coordinates.at());
        double[] p = coords(fake, box);
        if (p != null) {
          points.add(p);
        }
      }
    } else {
      for (XmlNode coord : box.children()) {
        if (coord.is("coord") && coord.child("X") != null && coord.child("Y") != null) {
          points.add(new double[] {
            Values.parseNumber(coord.child("X").text()), Values.parseNumber(coord.child("Y").text())
          });
        }
      }
    }
    if (points.size() != 2) {
      cx.error(box.at(), "<gml:Box> needs two corners but has " + points.size());
      return null;
    }
    return new Envelope(points.get(0)[0], points.get(1)[0], points.get(0)[1], points.get(1)[1]);
  }
}
