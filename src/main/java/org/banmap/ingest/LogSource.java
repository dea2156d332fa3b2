package org.banmap.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One log to read, as given on the command line or picked from a folder.
 *
 * <p>A {@link Kind#FILE} can be opened again (its head is read once to order the files, then the
 * whole file); {@link Kind#STDIN} ({@code -}) and a {@link Kind#STREAM} (a FIFO, or {@code <(...)},
 * which the shell passes as {@code /dev/fd/N}) can be read only once and have no size.
 *
 * @param path the path as given ({@code -} for standard input); lines are reported against it
 * @param folder the folder argument it was picked from, or null when given directly
 */
public record LogSource(Path path, Kind kind, Path folder) {
  /** The argument that stands for standard input. */
  public static final String STDIN_ARGUMENT = "-";

  /** How the input can be read. */
  public enum Kind {
    FILE,
    STDIN,
    STREAM
  }

  /** Whether {@code path} is {@code -}, standard input. */
  public static boolean isStdin(Path path) {
    return path.toString().equals(STDIN_ARGUMENT);
  }

  /**
   * Whether {@code path} is read once as a stream: {@code -}, a FIFO, {@code /dev/fd/N} of a
   * process substitution, a character device. Such a path is neither an output nor a file that an
   * output could overwrite; checks on files (exists, size, collision with an output) skip it.
   */
  public static boolean isStream(Path path) {
    return isStdin(path) || (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path));
  }

  boolean rereadable() {
    return kind == Kind.FILE;
  }
}
