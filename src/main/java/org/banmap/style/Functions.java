package org.banmap.style;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.banmap.map.Feature;
import org.banmap.style.Expression.FunctionCall;
import org.banmap.style.Expression.Literal;

/**
 * The filter functions a style may call, by case-insensitive name. {@link #call} checks the
 * argument count, prepares the body once (Interpolate's stops become arrays of numbers or colours)
 * and folds calls of pure functions on constants into a {@link Literal}.
 */
public final class Functions {
  private Functions() {}

  /** A function's arity, purity (pure: same arguments give the same value) and body factory. */
  private record Def(int minArgs, int maxArgs, boolean pure, Prepare prepare) {}

  /** Builds the body once from the (possibly constant) arguments. */
  @FunctionalInterface
  private interface Prepare {
    FunctionCall.Body prepare(List<Expression> args);
  }

  private static final Map<String, Def> DEFS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  private static void pure(String name, int min, int max, FunctionCall.Body body) {
    DEFS.put(name, new Def(min, max, true, args -> body));
  }

  private static void impure(String name, int min, int max, FunctionCall.Body body) {
    DEFS.put(name, new Def(min, max, false, args -> body));
  }

  private static void prepared(String name, int min, int max, Prepare prepare) {
    DEFS.put(name, new Def(min, max, true, prepare));
  }

  private interface Num1 {
    double apply(double a);
  }

  private interface Num2 {
    double apply(double a, double b);
  }

  private static void math1(String name, Num1 f) {
    pure(name, 1, 1, (a, ft, env) -> nanToNull(f.apply(a.get(0).asDouble(ft, env))));
  }

  private static void math2(String name, Num2 f) {
    pure(name, 2, 2, (a, ft, env) -> nanToNull(f.apply(a.get(0).asDouble(ft, env), a.get(1).asDouble(ft, env))));
  }

  private static Object nanToNull(double d) {
    return Double.isNaN(d) ? null : d;
  }

  static {
    impure("env", 1, 2, (a, ft, env) -> {
      Object v = env.value(a.get(0).asString(ft, env));
      return v != null || a.size() < 2 ? v : a.get(1).evaluate(ft, env);
    });
    math2("min", Math::min);
    math2("max", Math::max);
    math1("abs", Math::abs);
    math1("sqrt", Math::sqrt);
    math2("pow", Math::pow);
    math1("floor", Math::floor);
    math1("ceil", Math::ceil);
    math1("round", d -> (double) Math.round(d));
    math1("log", Math::log);
    math1("exp", Math::exp);
    math1("toDegrees", Math::toDegrees);
    math1("toRadians", Math::toRadians);
    pure("strConcat", 2, 2, (a, ft, env) -> text(a.get(0), ft, env) + text(a.get(1), ft, env));
    pure("Concatenate", 1, Integer.MAX_VALUE, (a, ft, env) -> {
      StringBuilder out = new StringBuilder();
      for (Expression e : a) {
        out.append(text(e, ft, env));
      }
      return out.toString();
    });
    pure("strLength", 1, 1, (a, ft, env) -> (double) text(a.get(0), ft, env).length());
    pure("strToUpperCase", 1, 1, (a, ft, env) -> text(a.get(0), ft, env).toUpperCase(Locale.ROOT));
    pure("strToLowerCase", 1, 1, (a, ft, env) -> text(a.get(0), ft, env).toLowerCase(Locale.ROOT));
    pure("strTrim", 1, 1, (a, ft, env) -> text(a.get(0), ft, env).trim());
    // GeoTools treats the pattern as a regex; literal replacement covers the real uses (no regex per feature).
    pure("strReplace", 4, 4, (a, ft, env) -> {
      String s = text(a.get(0), ft, env);
      String from = text(a.get(1), ft, env);
      String to = text(a.get(2), ft, env);
      if (from.isEmpty()) {
        return s;
      }
      if (a.get(3).asBoolean(ft, env)) {
        return s.replace(from, to);
      }
      int i = s.indexOf(from);
      return i < 0 ? s : s.substring(0, i) + to + s.substring(i + from.length());
    });
    pure("strSubstring", 3, 3, (a, ft, env) -> {
      String s = text(a.get(0), ft, env);
      int b = clamp((int) a.get(1).asDouble(ft, env), s.length());
      int e = clamp((int) a.get(2).asDouble(ft, env), s.length());
      return b <= e ? s.substring(b, e) : "";
    });
    pure("strStartsWith", 2, 2, (a, ft, env) -> text(a.get(0), ft, env).startsWith(text(a.get(1), ft, env)));
    pure("strEndsWith", 2, 2, (a, ft, env) -> text(a.get(0), ft, env).endsWith(text(a.get(1), ft, env)));
    pure("if_then_else", 3, 3, (a, ft, env) -> a.get(a.get(0).asBoolean(ft, env) ? 1 : 2).evaluate(ft, env));
    pure("equalTo", 2, 2, (a, ft, env) -> bothOr(a, ft, env) && Values.equal(a.get(0).evaluate(ft, env), a.get(1).evaluate(ft, env), true));
    pure("notEqualTo", 2, 2, (a, ft, env) -> bothOr(a, ft, env) && !Values.equal(a.get(0).evaluate(ft, env), a.get(1).evaluate(ft, env), true));
    pure("greaterThan", 2, 2, (a, ft, env) -> cmp(a, ft, env) == 1);
    pure("greaterEqualThan", 2, 2, (a, ft, env) -> cmp(a, ft, env) >= 0);
    pure("lessThan", 2, 2, (a, ft, env) -> cmp(a, ft, env) == -1);
    pure("lessEqualThan", 2, 2, (a, ft, env) -> { int c = cmp(a, ft, env); return c == -1 || c == 0; });
    pure("and", 2, 2, (a, ft, env) -> a.get(0).asBoolean(ft, env) && a.get(1).asBoolean(ft, env));
    pure("or", 2, 2, (a, ft, env) -> a.get(0).asBoolean(ft, env) || a.get(1).asBoolean(ft, env));
    pure("not", 1, 1, (a, ft, env) -> !a.get(0).asBoolean(ft, env));
    pure("isNull", 1, 1, (a, ft, env) -> a.get(0).evaluate(ft, env) == null);
    FunctionCall.Body in = (a, ft, env) -> {
      Object v = a.get(0).evaluate(ft, env);
      for (int i = 1; i < a.size(); i++) {
        Object w = a.get(i).evaluate(ft, env);
        if (v != null && w != null && Values.equal(v, w, true)) {
          return true;
        }
      }
      return false;
    };
    for (String name : List.of("in", "in2", "in3", "in4", "in5", "in6", "in7", "in8", "in9", "in10")) {
      pure(name, 2, Integer.MAX_VALUE, in);
    }
    pure("listMultiply", 2, 2, (a, ft, env) -> {
      double factor = a.get(0).asDouble(ft, env);
      float[] list = Values.toDashes(a.get(1).evaluate(ft, env));
      if (list == null) {
        return null;
      }
      float[] out = new float[list.length];
      for (int i = 0; i < list.length; i++) {
        out[i] = (float) (list[i] * factor);
      }
      return out;
    });
    prepared("numberFormat", 2, 3, Functions::numberFormat);
    prepared("Interpolate", 3, Integer.MAX_VALUE, Interpolation::prepare);
    prepared("Categorize", 1, Integer.MAX_VALUE, Interpolation::prepareCategorize);
    prepared("Recode", 1, Integer.MAX_VALUE, Interpolation::prepareRecode);
    pure("darken", 2, 3, (a, ft, env) -> Colors.lightness(a.get(0).asColor(ft, env), -amount(a.get(1), ft, env)));
    pure("lighten", 2, 3, (a, ft, env) -> Colors.lightness(a.get(0).asColor(ft, env), amount(a.get(1), ft, env)));
    pure("desaturate", 2, 3, (a, ft, env) -> Colors.saturation(a.get(0).asColor(ft, env), -amount(a.get(1), ft, env)));
    pure("saturate", 2, 3, (a, ft, env) -> Colors.saturation(a.get(0).asColor(ft, env), amount(a.get(1), ft, env)));
    impure("id", 0, 0, (a, ft, env) -> ft == null ? null : ft.id());
    impure("isCoverage", 0, 0, (a, ft, env) -> false);
    impure("property", 1, 1, (a, ft, env) -> ft == null ? null : ft.attribute(a.get(0).asString(ft, env)));
    GeometryFunctions.register();
  }

  static void registerGeometry(String name, int min, int max, FunctionCall.Body body) {
    impure(name, min, max, body);
  }

  /** Whether a function of this name exists (case-insensitive). */
  public static boolean exists(String name) {
    return DEFS.containsKey(name);
  }

  /**
   * A call of {@code name} on {@code args}, folded to a literal when pure and constant.
   *
   * @throws IllegalArgumentException naming the function and what is wrong (unknown, arity)
   */
  public static Expression call(String name, List<Expression> args, Location at) {
    Def def = DEFS.get(name);
    if (def == null) {
      throw new IllegalArgumentException("unknown function '" + name + "'" + suggestion(name)
          + " (banmap supports " + String.join(", ", DEFS.keySet()) + ")");
    }
    if (args.size() < def.minArgs() || args.size() > def.maxArgs()) {
      String expected = def.minArgs() == def.maxArgs() ? String.valueOf(def.minArgs())
          : def.maxArgs() == Integer.MAX_VALUE ? "at least " + def.minArgs()
          : def.minArgs() + " to " + def.maxArgs();
      throw new IllegalArgumentException("function '" + name + "' takes " + expected
          + " arguments but was given " + args.size());
    }
    FunctionCall callExpr = new FunctionCall(name, args, at, def.prepare().prepare(args));
    if (def.pure() && args.stream().allMatch(Expression::isConstant)) {
      return new Literal(callExpr.evaluate(null, StyleEnv.EMPTY));
    }
    return callExpr;
  }

  private static String suggestion(String name) {
    String best = Names.closest(name, DEFS.keySet());
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  private static String text(Expression e, Feature ft, StyleEnv env) {
    String s = e.asString(ft, env);
    return s == null ? "" : s;
  }

  private static int clamp(int i, int length) {
    return Math.max(0, Math.min(i, length));
  }

  private static boolean bothOr(List<Expression> a, Feature ft, StyleEnv env) {
    return a.get(0).evaluate(ft, env) != null && a.get(1).evaluate(ft, env) != null;
  }

  /** -1, 0 or 1; MISSING when a side is null, which no comparison function accepts. */
  private static int cmp(List<Expression> a, Feature ft, StyleEnv env) {
    Object x = a.get(0).evaluate(ft, env);
    Object y = a.get(1).evaluate(ft, env);
    if (x == null || y == null) {
      return MISSING;
    }
    return Integer.signum(Values.compare(x, y, true));
  }

  private static final int MISSING = Integer.MIN_VALUE;

  // Colour functions take 0..1 or "20%".
  private static double amount(Expression e, Feature ft, StyleEnv env) {
    String s = e.asString(ft, env);
    if (s == null) {
      return 0;
    }
    s = s.trim();
    if (s.endsWith("%")) {
      return Values.parseNumber(s.substring(0, s.length() - 1)) / 100;
    }
    return Values.parseNumber(s);
  }

  private static FunctionCall.Body numberFormat(List<Expression> args) {
    if (args.get(0).isConstant() && (args.size() < 3 || args.get(2).isConstant())) {
      DecimalFormat format = decimalFormat(
          args.get(0).asString(null, StyleEnv.EMPTY),
          args.size() < 3 ? null : args.get(2).asString(null, StyleEnv.EMPTY));
      return (a, ft, env) -> format(format, a.get(1).asDouble(ft, env));
    }
    return (a, ft, env) -> format(
        decimalFormat(a.get(0).asString(ft, env), a.size() < 3 ? null : a.get(2).asString(ft, env)),
        a.get(1).asDouble(ft, env));
  }

  static DecimalFormat decimalFormat(String pattern, String locale) {
    Locale loc = locale == null ? Locale.ROOT : Locale.forLanguageTag(locale.replace('_', '-'));
    try {
      return new DecimalFormat(pattern == null ? "0" : pattern, DecimalFormatSymbols.getInstance(loc));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("numberFormat pattern '" + pattern + "' is not a Java DecimalFormat pattern like '#,##0.00'");
    }
  }

  private static String format(DecimalFormat format, double value) {
    if (Double.isNaN(value)) {
      return null;
    }
    synchronized (format) { // DecimalFormat is not thread-safe; painters may share a style
      return format.format(value);
    }
  }

}
