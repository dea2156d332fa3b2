package org.banmap.style;

/** A y-up fraction of a symbol or label box: (0, 0) bottom-left, (1, 1) top-right. */
public record AnchorPoint(Expression x, Expression y) {
  public static AnchorPoint of(double x, double y) {
    return new AnchorPoint(Expression.literal(x), Expression.literal(y));
  }
}
