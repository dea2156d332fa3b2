package org.banmap.style;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.banmap.map.Feature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** An OGC filter deciding whether a rule applies to a feature. A rule without one matches all. */
public sealed interface Filter {
  boolean matches(Feature feature, StyleEnv env);

  Filter INCLUDE = new Include();
  Filter EXCLUDE = new Exclude();

  /** Matches everything: a rule without a filter. */
  record Include() implements Filter {
    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      return true;
    }
  }

  /** Matches nothing. */
  record Exclude() implements Filter {
    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      return false;
    }
  }

  /**
   * {@code PropertyIsEqualTo} ... {@code PropertyIsGreaterThanOrEqualTo}. Like GeoTools, both sides
   * compare as numbers when both parse as numbers, else as text ({@code matchCase} default true).
   * A missing (null) side never matches, not even NOT_EQUAL.
   */
  record Comparison(Operator operator, Expression left, Expression right, boolean matchCase)
      implements Filter {
    public enum Operator {
      EQUAL,
      NOT_EQUAL,
      LESS,
      LESS_OR_EQUAL,
      GREATER,
      GREATER_OR_EQUAL
    }

    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      Object a = left.evaluate(feature, env);
      Object b = right.evaluate(feature, env);
      if (a == null || b == null) {
        return false;
      }
      if (operator == Operator.EQUAL) {
        return Values.equal(a, b, matchCase);
      }
      if (operator == Operator.NOT_EQUAL) {
        return !Values.equal(a, b, matchCase);
      }
      int c = Values.compare(a, b, matchCase);
      switch (operator) {
        case LESS:
          return c < 0;
        case LESS_OR_EQUAL:
          return c <= 0;
        case GREATER:
          return c > 0;
        default:
          return c >= 0;
      }
    }
  }

  /** {@code PropertyIsBetween}: lower ≤ value ≤ upper, both inclusive. */
  record Between(Expression value, Expression lower, Expression upper) implements Filter {
    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      Object v = value.evaluate(feature, env);
      Object lo = lower.evaluate(feature, env);
      Object hi = upper.evaluate(feature, env);
      if (v == null || lo == null || hi == null) {
        return false;
      }
      return Values.compare(lo, v, true) <= 0 && Values.compare(v, hi, true) <= 0;
    }
  }

  /**
   * {@code PropertyIsLike}; {@code regex} is compiled once from the pattern by {@link #of}.
   */
  record Like(
      Expression value,
      String pattern,
      char wildCard,
      char singleChar,
      char escape,
      boolean matchCase,
      Pattern regex)
      implements Filter {
    public static Like of(
        Expression value, String pattern, char wildCard, char singleChar, char escape, boolean matchCase) {
      StringBuilder re = new StringBuilder();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == escape && i + 1 < pattern.length()) {
          re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
        } else if (c == wildCard) {
          re.append(".*");
        } else if (c == singleChar) {
          re.append('.');
        } else {
          re.append(Pattern.quote(String.valueOf(c)));
        }
      }
      int flags = Pattern.DOTALL | (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return new Like(value, pattern, wildCard, singleChar, escape, matchCase, Pattern.compile(re.toString(), flags));
    }

    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      String s = value.asString(feature, env);
      return s != null && regex.matcher(s).matches();
    }
  }

  /** {@code PropertyIsNull}: the value is missing or null. */
  record IsNull(Expression value) implements Filter {
    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      return value.evaluate(feature, env) == null;
    }
  }

  /** {@code PropertyIsNil} (FE 2.0); our features have no nil reasons, so it is null-ness. */
  record IsNil(Expression value) implements Filter {
    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      return value.evaluate(feature, env) == null;
    }
  }

  record And(List<Filter> children) implements Filter {
    public And {
      children = List.copyOf(children);
    }

    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      for (Filter f : children) {
        if (!f.matches(feature, env)) {
          return false;
        }
      }
      return true;
    }
  }

  record Or(List<Filter> children) implements Filter {
    public Or {
      children = List.copyOf(children);
    }

    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      for (Filter f : children) {
        if (f.matches(feature, env)) {
          return true;
        }
      }
      return false;
    }
  }

  record Not(Filter child) implements Filter {
    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      return !child.matches(feature, env);
    }
  }

  /**
   * {@code BBOX}: the geometry's envelope intersects the box (in map units). {@code geometry} is
   * the named property; when the feature has no such attribute its default geometry is used.
   */
  record BBox(Expression geometry, Envelope box) implements Filter {
    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      Geometry g = Values.geometryOf(geometry, feature, env);
      return g != null && !g.isEmpty() && box.intersects(g.getEnvelopeInternal());
    }
  }

  /** {@code FeatureId}/{@code GmlObjectId}/{@code ResourceId}: the feature's id is one of these. */
  record FeatureIds(Set<String> ids) implements Filter {
    public FeatureIds {
      ids = Set.copyOf(ids);
    }

    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      return feature != null && feature.id() != null && ids.contains(feature.id());
    }
  }

  /** A bare expression used as a filter, e.g. {@code <Function name="isValid">}: true-ish matches. */
  record ExpressionIsTrue(Expression expression) implements Filter {
    @Override
    public boolean matches(Feature feature, StyleEnv env) {
      return expression.asBoolean(feature, env);
    }
  }
}
