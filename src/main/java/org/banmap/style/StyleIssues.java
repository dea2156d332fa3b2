package org.banmap.style;

import java.util.ArrayList;
import java.util.List;
import org.banmap.style.StyleIssue.Severity;

/**
 * Collects the warnings and errors of reading one or more styles. Warnings are for things GeoTools
 * also tolerates (a misspelt parameter falls back to its default); errors are for input that would
 * silently change the picture, and make {@link SldReader} throw {@link StyleException}.
 */
public final class StyleIssues {
  private final List<StyleIssue> all = new ArrayList<>();

  public void warn(Location at, String message) {
    all.add(StyleIssue.at(at, Severity.WARNING, message));
  }

  public void error(Location at, String message) {
    all.add(StyleIssue.at(at, Severity.ERROR, message));
  }

  public List<StyleIssue> all() {
    return List.copyOf(all);
  }

  public List<StyleIssue> errors() {
    return all.stream().filter(i -> i.severity() == Severity.ERROR).toList();
  }

  public List<StyleIssue> warnings() {
    return all.stream().filter(i -> i.severity() == Severity.WARNING).toList();
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(i -> i.severity() == Severity.ERROR);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (StyleIssue issue : all) {
      out.append(issue).append('\n');
    }
    return out.toString();
  }
}
