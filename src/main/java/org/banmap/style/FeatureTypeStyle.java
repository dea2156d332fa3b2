package org.banmap.style;

import java.util.List;

/**
 * One FeatureTypeStyle: paints into its own buffer, composited over the previous FTS. Its
 * {@code minScaleDenominator}/{@code maxScaleDenominator} vendor options have already been applied
 * to rules without their own limits, and are also kept here ({@code 0}/{@code +Infinity} if unset).
 *
 * @param layerName the enclosing NamedLayer/UserLayer name; may be null
 * @param styleName the enclosing UserStyle name; may be null
 * @param name the FTS's own name; may be null
 * @param options e.g. {@code ruleEvaluation=first}, {@code sortBy}, {@code composite}
 */
public record FeatureTypeStyle(
    String layerName,
    String styleName,
    String name,
    String title,
    List<Rule> rules,
    VendorOptions options,
    double minScaleDenominator,
    double maxScaleDenominator,
    Location at) {
  public FeatureTypeStyle {
    rules = List.copyOf(rules);
  }

  /** {@code ruleEvaluation=first}: only the first matching rule paints a feature. */
  public boolean firstRuleOnly() {
    return options.string("ruleEvaluation", "all").equalsIgnoreCase("first");
  }
}
