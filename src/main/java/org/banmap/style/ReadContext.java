package org.banmap.style;

import java.util.Collection;
import java.util.Set;

/** The state of reading one style: where issues go, and helpers for the common messages. */
final class ReadContext {
  final String source;
  final StyleIssues issues;
  /** True for SE 1.1 documents (version="1.1.0"), whose Graphic has no default mark. */
  boolean se11;

  ReadContext(String source, StyleIssues issues) {
    this.source = source;
    this.issues = issues;
  }

  void warn(Location at, String message) {
    issues.warn(at, message);
  }

  void error(Location at, String message) {
    issues.error(at, message);
  }

  /** Metadata that never changes the picture: skipped silently wherever it appears. */
  private static final Set<String> METADATA = Set.of(
      "name", "title", "abstract", "description", "legendgraphic", "featuretypename",
      "semantictypeidentifier", "isdefault", "layerfeatureconstraints", "featuretypeconstraint");

  /** Warns about an element that {@code parent} does not know, naming the closest known one. */
  void unknown(XmlNode child, XmlNode parent, Collection<String> known) {
    if (METADATA.contains(child.key())) {
      return;
    }
    String best = Names.closest(child.name(), known);
    warn(child.at(), "unknown element <" + child.name() + "> in <" + parent.name() + ">"
        + (best == null ? "" : " (did you mean <" + best + ">?)") + "; skipped");
  }
}
