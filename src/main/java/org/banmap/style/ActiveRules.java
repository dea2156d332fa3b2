package org.banmap.style;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.banmap.map.Feature;

/**
 * The in-scale rules of one FeatureTypeStyle, ready to match features. Else-rules apply to a
 * feature only when no normal rule matched it (a normal rule without a filter always matches);
 * with {@code firstOnly} ({@code ruleEvaluation=first}) only the first matching rule applies.
 */
public record ActiveRules(List<Rule> normal, List<Rule> elseRules, boolean firstOnly) {
  public ActiveRules {
    normal = List.copyOf(normal);
    elseRules = List.copyOf(elseRules);
  }

  public boolean isEmpty() {
    return normal.isEmpty() && elseRules.isEmpty();
  }

  /** Calls {@code action} for each rule that paints {@code feature}, in document order; no allocation. */
  public void forEachMatching(Feature feature, StyleEnv env, Consumer<Rule> action) {
    boolean matched = false;
    // Indexed: this runs per feature, and an iterator is an allocation the JIT does not always remove.
    for (int i = 0; i < normal.size(); i++) {
      Rule rule = normal.get(i);
      if (rule.filter().matches(feature, env)) {
        action.accept(rule);
        matched = true;
        if (firstOnly) {
          return;
        }
      }
    }
    if (matched) {
      return;
    }
    for (int i = 0; i < elseRules.size(); i++) {
      Rule rule = elseRules.get(i);
      if (rule.filter().matches(feature, env)) {
        action.accept(rule);
        if (firstOnly) {
          return;
        }
      }
    }
  }

  /** The rules that paint {@code feature}, in document order (allocates; see forEachMatching). */
  public List<Rule> matching(Feature feature, StyleEnv env) {
    List<Rule> out = new ArrayList<>(2);
    forEachMatching(feature, env, out::add);
    return out;
  }
}
