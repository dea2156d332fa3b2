package org.banmap.style;

/** Where something sits in a style file, for messages: {@code file:line:col} (1-based). */
public record Location(String file, int line, int col) {
  /** For model parts built in code rather than read from a file. */
  public static final Location NONE = new Location("<code>", 0, 0);

  @Override
  public String toString() {
    return file + ":" + line + ":" + col;
  }
}
