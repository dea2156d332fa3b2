package org.banmap.style;

import java.util.List;

/**
 * A label font. {@code families} are tried in order (several {@code font-family} parameters are
 * allowed); default Serif, normal, normal, 10 px.
 */
public record Font(List<Expression> families, Expression style, Expression weight, Expression size) {
  public Font {
    families = List.copyOf(families);
  }
}
