package org.banmap.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.banmap.report.UserError;

/** The checks a PNG output path gets before any work is done (the writing: {@link org.banmap.encode.PngWriter}). */
public final class PngFile {
  private PngFile() {}

  /** Checks that {@code output} can be a PNG before any work is done. */
  public static void check(Path output) {
    String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".png")) {
      throw new UserError("output " + output + ": a single frame is written as PNG (name the file e.g. frame.png)");
    }
    OutputTarget.checkFolderOf(output, "output");
    if (Files.isDirectory(output)) {
      throw new UserError("output " + output + " is a folder; give a file name such as " + output.resolve("frame.png"));
    }
  }
}
