package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The one place banmap writes PNG files (stills, previews, posters, frame folders), through ImageIO. */
public final class PngWriter {
  private PngWriter() {}

  /**
   * Writes {@code image} to {@code target} all at once or not at all: into a hidden temp sibling
   * that is renamed over the target when complete (see {@link AtomicOutputFile}).
   *
   * @throws org.banmap.report.UserError if the target folder is missing or not writable
   */
  public static void writeAtomically(BufferedImage image, Path target) throws IOException {
    AtomicOutputFile output = AtomicOutputFile.file(target);
    try {
      write(image, output.temp());
      output.commit();
    } finally {
      output.discard();
    }
  }

  /** Writes {@code image} to {@code file} directly; for files inside a temp folder committed as a whole. */
  static void write(BufferedImage image, Path file) throws IOException {
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IllegalStateException("This Java runtime has no PNG writer (javax.imageio)");
    }
  }
}
