package org.banmap.encode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.banmap.report.UserError;

/** What {@code -o} asks for, by its extension: {@code .mp4}, {@code .webm}, {@code .gif}, or a folder of PNGs. */
public enum OutputFormat {
  MP4("H.264 MP4"),
  WEBM("VP9 WebM"),
  GIF("animated GIF"),
  /** A path without extension (or an existing folder): one PNG per frame inside it. */
  PNG_FOLDER("folder of PNG frames");

  private final String label;

  OutputFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** @throws UserError for an extension we cannot write, naming the ones we can */
  public static OutputFormat of(Path output) {
    Path name = output.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (Files.isDirectory(output) || output.toString().endsWith("/") || (!file.isEmpty() && !file.contains("."))) {
      return PNG_FOLDER;
    }
    if (file.endsWith(".mp4")) {
      return MP4;
    }
    if (file.endsWith(".webm")) {
      return WEBM;
    }
    if (file.endsWith(".gif")) {
      return GIF;
    }
    throw new UserError("output " + output + ": cannot tell the format from '" + file
        + "' (name it .mp4, .webm or .gif, or give a folder name without extension for PNG frames)");
  }
}
