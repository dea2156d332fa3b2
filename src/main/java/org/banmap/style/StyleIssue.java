package org.banmap.style;

/** One warning or error found while reading a style, printed as {@code file:line:col: severity: message}. */
public record StyleIssue(String file, int line, int col, Severity severity, String message) {
  public enum Severity {
    WARNING,
    ERROR;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static StyleIssue at(Location at, Severity severity, String message) {
    return new StyleIssue(at.file(), at.line(), at.col(), severity, message);
  }

  public Location location() {
    return new Location(file, line, col);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + col + ": " + severity + ": " + message;
  }
}
