package org.banmap.ingest;

import java.nio.file.Path;

/** Where a record came from: a file and its 1-based line number. Printed as {@code file:line}. */
public record SourceLine(Path file, long line) {
  public SourceLine {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
