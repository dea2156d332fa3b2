package org.banmap.report;

/**
 * A problem the user can fix (missing file, corrupt database, bad style): the message says what,
 * where and what to do next. The CLI prints it as {@code banmap: <message>} and exits with 1,
 * without a stack trace unless {@code --stacktrace} is given.
 */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
