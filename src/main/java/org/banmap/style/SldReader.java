package org.banmap.style;

import java.nio.file.Path;

/**
 * Reads SLD 1.0.0 and SE 1.1.0 files into a {@link MapStyle}: leniently where GeoTools is lenient
 * (names case-insensitive, unknown parameters warned and defaulted), strictly where a typo would
 * silently change the picture (bad colours and numbers, unknown functions and filter operators).
 * All issues land in the given {@link StyleIssues}; if any is an error, {@code read} throws
 * {@link StyleException} listing them.
 */
public final class SldReader {
  public MapStyle read(Path file, StyleIssues issues) {
    throw new UnsupportedOperationException("not yet");
  }

  public MapStyle read(String xml, String sourceName, Path baseDir, StyleIssues issues) {
    throw new UnsupportedOperationException("not yet");
  }
}
