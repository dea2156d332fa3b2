package org.banmap.style;

import java.util.List;

/**
 * A rule: when in scale and its filter matches, all its symbolizers paint the feature in order.
 *
 * @param filter {@link Filter#INCLUDE} when the rule has no filter (it matches everything)
 * @param elseFilter true for {@code <ElseFilter/>}: paints only features no normal in-scale rule of
 *     the same FTS matched (see {@link ScaleDenominator#activeRules})
 * @param minScaleDenominator inclusive; 0 when unset
 * @param maxScaleDenominator exclusive; +Infinity when unset
 * @param options e.g. {@code inclusion}
 */
public record Rule(
    String name,
    String title,
    Filter filter,
    boolean elseFilter,
    double minScaleDenominator,
    double maxScaleDenominator,
    List<Symbolizer> symbolizers,
    VendorOptions options,
    Location at) {
  public Rule {
    symbolizers = List.copyOf(symbolizers);
  }

  /** Whether the rule paints on maps at all (vendor option {@code inclusion=legendOnly} does not). */
  public boolean onMap() {
    return options.inclusion().onMap();
  }
}
