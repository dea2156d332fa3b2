package org.banmap.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.banmap.encode.OutputFormat;
import org.banmap.report.UserError;

/**
 * What {@code -o} asks for, checked before any work: the format (by extension, see
 * {@link OutputFormat}) and that the path can be written.
 */
public record OutputTarget(Path path, OutputFormat format) {

  /**
   * Checks {@code output} before any work: a folder of PNG frames when typed with a trailing slash
   * ({@code typedAsFolder}) or when it is an existing empty folder; otherwise a file named by
   * extension. The parent folder must exist.
   */
  public static OutputTarget of(Path output, boolean typedAsFolder) {
    checkFolderOf(output, "output");
    if (Files.isDirectory(output)) {
      if (!isEmpty(output)) {
        throw new UserError("output " + output + " is a folder that is not empty; give a file name such as "
            + output.resolve("bans.mp4") + ", or a new or empty folder for PNG frames");
      }
      return new OutputTarget(output, OutputFormat.PNG_FOLDER);
    }
    if (typedAsFolder) {
      if (Files.exists(output)) {
        throw new UserError("output " + output + "/ is a file, not a folder (choose a new folder for PNG frames)");
      }
      return new OutputTarget(output, OutputFormat.PNG_FOLDER);
    }
    return new OutputTarget(output, OutputFormat.of(output));
  }

  /**
   * Checks that the folder {@code file} goes into exists and can be written, before any work, so
   * that a long render does not end in "permission denied"; {@code what} names the option.
   */
  public static void checkFolderOf(Path file, String what) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new UserError(what + " folder " + dir + " does not exist (create it first)");
    }
    if (!Files.isWritable(dir)) {
      throw new UserError(what + " folder " + dir + " is not writable (choose another folder or fix its permissions)");
    }
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UserError("cannot read output folder " + folder + ": " + e.getMessage());
    }
  }

  /** Bytes written: the file's size, or the sum over the folder's frames. */
  long size() throws IOException {
    if (format != OutputFormat.PNG_FOLDER) {
      return Files.size(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      long total = 0;
      for (Path f : (Iterable<Path>) files::iterator) {
        total += Files.size(f);
      }
      return total;
    }
  }
}
