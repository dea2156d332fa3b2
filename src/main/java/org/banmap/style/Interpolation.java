package org.banmap.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.banmap.map.Feature;
import org.banmap.style.Expression.FunctionCall;

/**
 * The lookup functions {@code Interpolate}, {@code Categorize} and {@code Recode}. Their stop tables
 * are almost always constant, so they are turned into arrays once: thresholds into doubles and
 * colour-looking outputs into {@link Color}s, and a feature costs a search and no parsing.
 */
final class Interpolation {
  private Interpolation() {}

  /** {@code Interpolate(lookup, d1, v1, ..., dn, vn [, mode] [, method])}, linear only. */
  static FunctionCall.Body prepare(List<Expression> allArgs) {
    List<Expression> args = new ArrayList<>(allArgs);
    String method = null;
    while (args.size() > 3 && args.get(args.size() - 1).isConstant() && (args.size() - 1) % 2 == 1) {
      String opt = String.valueOf(args.get(args.size() - 1).evaluate(null, StyleEnv.EMPTY)).toLowerCase(Locale.ROOT);
      if (opt.equals("color") || opt.equals("numeric")) {
        method = opt;
      } else if (opt.equals("cosine") || opt.equals("cubic")) {
        throw new IllegalArgumentException("Interpolate mode '" + opt + "' is not supported (use 'linear')");
      } else if (!opt.equals("linear")) {
        break;
      }
      args.remove(args.size() - 1);
    }
    if ((args.size() - 1) % 2 != 0 || args.size() < 3) {
      throw new IllegalArgumentException(
          "Interpolate needs a lookup value and pairs of (data value, output value), but got "
              + (args.size() - 1) + " arguments after the lookup value");
    }
    int n = (args.size() - 1) / 2;
    Expression lookup = args.get(0);
    List<Expression> data = new ArrayList<>();
    List<Expression> outputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      data.add(args.get(1 + 2 * i));
      outputs.add(args.get(2 + 2 * i));
    }
    boolean colour = method != null ? method.equals("color") : allColours(outputs);
    if (!allConstant(data) || !allConstant(outputs)) {
      return (a, ft, env) -> interpolate(lookup.asDouble(ft, env), doubles(data, ft, env), outputs, colour, ft, env);
    }
    double[] stops = doubles(data, null, StyleEnv.EMPTY);
    if (colour) {
      Color[] colours = new Color[n];
      for (int i = 0; i < n; i++) {
        colours[i] = outputs.get(i).asColor(null, StyleEnv.EMPTY);
        if (colours[i] == null) {
          throw new IllegalArgumentException("Interpolate colour output "
              + Values.toText(outputs.get(i).evaluate(null, StyleEnv.EMPTY)) + " is not a colour like #ff0000");
        }
      }
      return (a, ft, env) -> colourAt(lookup.asDouble(ft, env), stops, colours);
    }
    double[] values = doubles(outputs, null, StyleEnv.EMPTY);
    return new NumericStops(lookup, stops, values);
  }

  /** A numeric Interpolate with constant stops: evaluated per feature, so it also answers unboxed. */
  private record NumericStops(Expression lookup, double[] stops, double[] values) implements FunctionCall.NumericBody {
    @Override
    public Object apply(List<Expression> args, Feature ft, StyleEnv env) {
      return numberAt(lookup.asDouble(ft, env), stops, values);
    }

    @Override
    public double number(Feature ft, StyleEnv env) {
      double x = lookup.asDouble(ft, env);
      return Double.isNaN(x) ? Double.NaN : numberAtPrimitive(x, stops, values);
    }
  }

  private static Object interpolate(
      double x, double[] stops, List<Expression> outputs, boolean colour, Feature ft, StyleEnv env) {
    if (colour) {
      Color[] colours = new Color[outputs.size()];
      for (int i = 0; i < colours.length; i++) {
        colours[i] = outputs.get(i).asColor(ft, env);
        if (colours[i] == null) {
          return null;
        }
      }
      return colourAt(x, stops, colours);
    }
    return numberAt(x, stops, doubles(outputs, ft, env));
  }

  /** Index i of the segment [stops[i], stops[i+1]) holding x, -1 below, n-1 at or above the last. */
  private static int segment(double x, double[] stops) {
    int i = -1;
    while (i + 1 < stops.length && stops[i + 1] <= x) {
      i++;
    }
    return i;
  }

  private static Object numberAt(double x, double[] stops, double[] values) {
    if (Double.isNaN(x)) {
      return null;
    }
    return numberAtPrimitive(x, stops, values);
  }

  private static double numberAtPrimitive(double x, double[] stops, double[] values) {
    int i = segment(x, stops);
    if (i < 0) {
      return values[0];
    }
    if (i >= stops.length - 1) {
      return values[stops.length - 1];
    }
    double t = (x - stops[i]) / (stops[i + 1] - stops[i]);
    return values[i] + (values[i + 1] - values[i]) * t;
  }

  private static Object colourAt(double x, double[] stops, Color[] colours) {
    if (Double.isNaN(x)) {
      return null;
    }
    int i = segment(x, stops);
    if (i < 0) {
      return colours[0];
    }
    if (i >= stops.length - 1) {
      return colours[stops.length - 1];
    }
    double t = (x - stops[i]) / (stops[i + 1] - stops[i]);
    return Colors.mix(colours[i], colours[i + 1], t);
  }

  /**
   * {@code Categorize(lookup, v0, t1, v1, ..., tn, vn [, succeeding|preceding])}: values below t1
   * get v0. With {@code succeeding} (the default) a value equal to a threshold belongs to the
   * interval above it; with {@code preceding}, to the one below.
   */
  static FunctionCall.Body prepareCategorize(List<Expression> allArgs) {
    List<Expression> args = new ArrayList<>(allArgs);
    boolean preceding = false;
    if (args.size() % 2 == 1 && args.size() > 2 && args.get(args.size() - 1).isConstant()) {
      String opt = String.valueOf(args.get(args.size() - 1).evaluate(null, StyleEnv.EMPTY));
      if (opt.equalsIgnoreCase("preceding") || opt.equalsIgnoreCase("succeeding")) {
        preceding = opt.equalsIgnoreCase("preceding");
        args.remove(args.size() - 1);
      }
    }
    if (args.size() < 2 || args.size() % 2 != 0) {
      throw new IllegalArgumentException(
          "Categorize needs a lookup value, a first output value, then pairs of (threshold, output value)");
    }
    Expression lookup = args.get(0);
    int n = (args.size() - 2) / 2;
    Object[] outputs = new Object[n + 1];
    Expression[] outputExprs = new Expression[n + 1];
    Object[] thresholds = new Object[n];
    Expression[] thresholdExprs = new Expression[n];
    outputExprs[0] = args.get(1);
    for (int i = 0; i < n; i++) {
      thresholdExprs[i] = args.get(2 + 2 * i);
      outputExprs[i + 1] = args.get(3 + 2 * i);
    }
    for (int i = 0; i <= n; i++) {
      outputs[i] = outputExprs[i].isConstant() ? constantOutput(outputExprs[i]) : null;
    }
    for (int i = 0; i < n; i++) {
      thresholds[i] = thresholdExprs[i].isConstant() ? numberIfNumeric(thresholdExprs[i].evaluate(null, StyleEnv.EMPTY)) : null;
    }
    boolean before = preceding;
    return (a, ft, env) -> {
      Object x = lookup.evaluate(ft, env);
      if (x == null) {
        return null;
      }
      int k = 0;
      for (int i = 0; i < thresholds.length; i++) {
        Object t = thresholdExprs[i].isConstant() ? thresholds[i] : thresholdExprs[i].evaluate(ft, env);
        if (t == null) {
          break;
        }
        int c = Values.compare(x, t, true);
        if (c > 0 || (c == 0 && !before)) {
          k = i + 1;
        } else {
          break;
        }
      }
      return outputExprs[k].isConstant() ? outputs[k] : outputExprs[k].evaluate(ft, env);
    };
  }

  /** {@code Recode(lookup, k1, v1, ..., kn, vn)}: the value of the first equal key, else null. */
  static FunctionCall.Body prepareRecode(List<Expression> args) {
    if (args.size() % 2 != 1) {
      throw new IllegalArgumentException("Recode needs a lookup value and pairs of (key, output value)");
    }
    int n = (args.size() - 1) / 2;
    Object[] outputs = new Object[n];
    for (int i = 0; i < n; i++) {
      Expression out = args.get(2 + 2 * i);
      outputs[i] = out.isConstant() ? constantOutput(out) : null;
    }
    return (a, ft, env) -> {
      Object v = a.get(0).evaluate(ft, env);
      if (v == null) {
        return null;
      }
      for (int i = 0; i < n; i++) {
        Object key = a.get(1 + 2 * i).evaluate(ft, env);
        if (key != null && Values.equal(v, key, true)) {
          Expression out = a.get(2 + 2 * i);
          return out.isConstant() ? outputs[i] : out.evaluate(ft, env);
        }
      }
      return null;
    };
  }

  // Colour-looking constant text becomes a Color now, so asColor on the result does not parse.
  private static Object constantOutput(Expression e) {
    Object v = e.evaluate(null, StyleEnv.EMPTY);
    if (v instanceof String && Double.isNaN(Values.parseNumber((String) v))) {
      Color c = Values.parseColor((String) v);
      if (c != null && ((String) v).trim().startsWith("#")) {
        return c;
      }
    }
    return v;
  }

  private static Object numberIfNumeric(Object v) {
    double d = Values.toDouble(v);
    return Double.isNaN(d) ? v : (Object) d;
  }

  private static boolean allConstant(List<Expression> list) {
    return list.stream().allMatch(Expression::isConstant);
  }

  private static boolean allColours(List<Expression> outputs) {
    for (Expression e : outputs) {
      if (!e.isConstant()) {
        return false;
      }
      Object v = e.evaluate(null, StyleEnv.EMPTY);
      if (!(v instanceof Color) && !(v instanceof String && Double.isNaN(Values.parseNumber((String) v)) && Values.parseColor((String) v) != null)) {
        return false;
      }
    }
    return true;
  }

  private static double[] doubles(List<Expression> list, Feature ft, StyleEnv env) {
    double[] out = new double[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i).asDouble(ft, env);
    }
    return out;
  }
}
