package org.banmap.style;

import java.util.List;

/**
 * A style could not be read: its message lists every error as {@code file:line:col: error: ...}
 * (at most 20) and ends with what to do next. The CLI turns it into a {@code UserError}.
 */
public final class StyleException extends RuntimeException {
  private final transient List<StyleIssue> errors;

  public StyleException(String source, List<StyleIssue> errors) {
    super(message(source, errors));
    this.errors = List.copyOf(errors);
  }

  public List<StyleIssue> errors() {
    return errors;
  }

  private static String message(String source, List<StyleIssue> errors) {
    StringBuilder out = new StringBuilder();
    out.append("style ").append(source).append(" has ").append(errors.size())
        .append(errors.size() == 1 ? " error" : " errors").append(":");
    errors.stream().limit(20).forEach(e -> out.append("\n  ").append(e));
    if (errors.size() > 20) {
      out.append("\n  ... and ").append(errors.size() - 20).append(" more");
    }
    out.append("\n(fix the style file, or pick another with --style)");
    return out.toString();
  }
}
