package org.banmap.style;

/** An offset in pixels (or uom units). Its Y sign differs between graphics and labels, see notes. */
public record Displacement(Expression x, Expression y) {
  public static final Displacement NONE = of(0, 0);

  public static Displacement of(double x, double y) {
    return new Displacement(Expression.literal(x), Expression.literal(y));
  }
}
