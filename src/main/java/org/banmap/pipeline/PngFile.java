package org.banmap.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.banmap.encode.AtomicOutputFile;
import org.banmap.report.UserError;

/** Writes a PNG all at once or not at all: to a temporary sibling, then renamed over the target. */
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

  public static void write(BufferedImage image, Path output) throws IOException {
    AtomicOutputFile out = AtomicOutputFile.file(output);
    try {
      if (!ImageIO.write(image, "png", out.temp().toFile())) {
        throw new IOException("no PNG writer for this image type");
      }
      out.commit();
    } finally {
      out.discard();
    }
  }
}
