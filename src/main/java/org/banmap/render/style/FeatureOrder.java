package org.banmap.render.style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.banmap.map.Feature;
import org.banmap.style.Values;

/**
 * The FTS vendor option {@code sortBy}: {@code "attr1 A, attr2 D"} (or {@code "attr1,attr2 D"})
 * paints features in that attribute order, ascending by default; missing values sort first.
 * Without the option features paint in data order.
 */
final class FeatureOrder {
  private FeatureOrder() {}

  static Iterable<? extends Feature> sorted(Iterable<? extends Feature> features, String sortBy) {
    if (sortBy == null || sortBy.isBlank()) {
      return features;
    }
    Comparator<Feature> order = null;
    for (String part : sortBy.split(",")) {
      String[] words = part.trim().split("\\s+");
      if (words[0].isEmpty()) {
        continue;
      }
      String name = words[0];
      Comparator<Feature> c = (a, b) -> compare(a.attribute(name), b.attribute(name));
      if (words.length > 1 && words[1].equalsIgnoreCase("D")) {
        c = c.reversed();
      }
      order = order == null ? c : order.thenComparing(c);
    }
    if (order == null) {
      return features;
    }
    List<Feature> list = new ArrayList<>();
    features.forEach(list::add);
    list.sort(order);
    return list;
  }

  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return Values.compare(a, b, true);
  }
}
