package org.banmap.style;

import java.awt.Color;
import java.util.List;
import org.banmap.map.Feature;

/**
 * A value that may depend on the feature or the frame: every SLD value that GeoTools lets be
 * data-driven is one. The reader folds constant sub-trees into {@link Literal}s and converts
 * literals to the type their place needs (colours to {@link Color}, numbers to {@link Double}), so
 * evaluating a constant costs a field read and never parses text.
 *
 * <p>{@code feature} may be null when evaluating something that only depends on the frame; property
 * names then answer null.
 */
public sealed interface Expression {
  Object evaluate(Feature feature, StyleEnv env);

  /** True when the value depends on neither feature nor frame (a {@link Literal}). */
  default boolean isConstant() {
    return false;
  }

  /** The value as a number; NaN when it is missing or not numeric. */
  default double asDouble(Feature feature, StyleEnv env) {
    return Values.toDouble(evaluate(feature, env));
  }

  /** The value as a colour; null when it is missing or not a colour. */
  default Color asColor(Feature feature, StyleEnv env) {
    return Values.toColor(evaluate(feature, env));
  }

  /** The value as text; null when missing. Whole doubles print without ".0" as GeoTools does. */
  default String asString(Feature feature, StyleEnv env) {
    return Values.toText(evaluate(feature, env));
  }

  /** The value as a boolean (true, "true", non-zero numbers). */
  default boolean asBoolean(Feature feature, StyleEnv env) {
    return Values.toBoolean(evaluate(feature, env));
  }

  static Literal literal(Object value) {
    return new Literal(value);
  }

  /** A constant: String, Double, Color, Boolean, float[] (a dash array) or a JTS Geometry. */
  record Literal(Object value) implements Expression {
    @Override
    public Object evaluate(Feature feature, StyleEnv env) {
      return value;
    }

    @Override
    public boolean isConstant() {
      return true;
    }
  }

  /** A feature attribute; the namespace prefix ({@code gml:name}) is already stripped. */
  record PropertyName(String name) implements Expression {
    @Override
    public Object evaluate(Feature feature, StyleEnv env) {
      return feature == null ? null : feature.attribute(name);
    }

    /** Asks the feature for a number first, so numeric attributes are not boxed per feature. */
    @Override
    public double asDouble(Feature feature, StyleEnv env) {
      if (feature == null) {
        return Double.NaN;
      }
      double v = feature.number(name);
      return Double.isNaN(v) ? Values.toDouble(feature.attribute(name)) : v;
    }
  }

  /** {@code ogc:Add}, {@code ogc:Sub}, {@code ogc:Mul}, {@code ogc:Div}; missing operands give null. */
  record Arithmetic(Operator operator, Expression left, Expression right) implements Expression {
    public enum Operator {
      ADD,
      SUB,
      MUL,
      DIV
    }

    @Override
    public Object evaluate(Feature feature, StyleEnv env) {
      double a = left.asDouble(feature, env);
      double b = right.asDouble(feature, env);
      return Double.isNaN(a) || Double.isNaN(b) ? null : (Object) apply(a, b);
    }

    /** Unboxed, the same value as {@link #evaluate} (NaN for null). */
    @Override
    public double asDouble(Feature feature, StyleEnv env) {
      double a = left.asDouble(feature, env);
      double b = right.asDouble(feature, env);
      return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : apply(a, b);
    }

    private double apply(double a, double b) {
      switch (operator) {
        case ADD:
          return a + b;
        case SUB:
          return a - b;
        case MUL:
          return a * b;
        default:
          return a / b;
      }
    }
  }

  /**
   * A function call such as {@code Interpolate} or {@code env}. {@code body} was prepared when the
   * style was read (e.g. Interpolate's stops are already numbers and colours).
   */
  record FunctionCall(String name, List<Expression> args, Location at, Body body)
      implements Expression {
    public FunctionCall {
      args = List.copyOf(args);
    }

    @Override
    public Object evaluate(Feature feature, StyleEnv env) {
      return body.apply(args, feature, env);
    }

    @Override
    public double asDouble(Feature feature, StyleEnv env) {
      return body instanceof NumericBody n ? n.number(feature, env) : Values.toDouble(evaluate(feature, env));
    }

    /** What a function does with its (unevaluated) arguments: lazy, so if_then_else is cheap. */
    @FunctionalInterface
    public interface Body {
      Object apply(List<Expression> args, Feature feature, StyleEnv env);
    }

    /**
     * A body whose value is always a number or null: it also answers as a primitive, so a numeric
     * function evaluated per feature boxes nothing.
     */
    public interface NumericBody extends Body {
      /** {@code Values.toDouble} of what {@link #apply} gives (NaN for null). */
      double number(Feature feature, StyleEnv env);
    }
  }

  /** Mixed content: text and expressions concatenated as text, e.g. a label "Pop: {pop}". */
  record Concat(List<Expression> parts) implements Expression {
    public Concat {
      parts = List.copyOf(parts);
    }

    @Override
    public Object evaluate(Feature feature, StyleEnv env) {
      StringBuilder out = new StringBuilder();
      for (Expression part : parts) {
        String s = part.asString(feature, env);
        if (s != null) {
          out.append(s);
        }
      }
      return out.toString();
    }
  }
}
