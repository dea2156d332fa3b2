package org.banmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.banmap.report.UserError;

/** What {@code -o} asks for, by its extension: an MP4, a GIF, or a folder of PNG frames. */
record OutputTarget(Path path, Kind kind) {
  enum Kind {
    MP4("H.264 MP4 (jcodec)"),
    GIF("animated GIF"),
    PNG_FOLDER("PNG frames");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  /**
   * Checks {@code output} before any work: a folder of PNG frames when typed with a trailing slash
   * ({@code typedAsFolder}) or when it is an existing empty folder; otherwise a file named by
   * extension. The parent folder must exist.
   */
  static OutputTarget of(Path output, boolean typedAsFolder) {
    Path dir = output.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UserError("output folder " + dir + " does not exist (create it first)");
    }
    if (Files.isDirectory(output)) {
      if (!isEmpty(output)) {
        throw new UserError("output " + output + " is a folder that is not empty; give a file name such as "
            + output.resolve("bans.mp4") + ", or a new or empty folder for PNG frames");
      }
      return new OutputTarget(output, Kind.PNG_FOLDER);
    }
    if (typedAsFolder) {
      if (Files.exists(output)) {
        throw new UserError("output " + output + "/ is a file, not a folder (choose a new folder for PNG frames)");
      }
      return new OutputTarget(output, Kind.PNG_FOLDER);
    }
    String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".mp4")) {
      return new OutputTarget(output, Kind.MP4);
    }
    if (name.endsWith(".gif")) {
      return new OutputTarget(output, Kind.GIF);
    }
    throw new UserError("output " + output + ": use .mp4, .gif, or a folder name ending in / for PNG frames"
        + " (e.g. bans.mp4, bans.gif, frames/)");
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
    if (kind != Kind.PNG_FOLDER) {
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
