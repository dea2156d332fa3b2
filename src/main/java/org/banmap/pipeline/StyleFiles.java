package org.banmap.pipeline;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.banmap.report.UserError;
import org.banmap.style.MapStyle;
import org.banmap.style.SldReader;
import org.banmap.style.StyleException;
import org.banmap.style.StyleIssue;
import org.banmap.style.StyleIssues;

/** Reads the SLD files the commands were given; warnings go to stderr, errors become a {@link UserError}. */
public final class StyleFiles {
  private StyleFiles() {}

  /**
   * Reads {@code file} now only to fail early: a broken style is refused before any log is read,
   * not after minutes of ingest. Warnings are left for the real read to print.
   */
  public static void check(Path file) {
    read(file, new PrintWriter(PrintWriter.nullWriter()));
  }

  /** Reads {@code file}, printing its warnings to {@code err}. */
  public static MapStyle read(Path file, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      throw new UserError("style file not found: " + file);
    }
    StyleIssues issues = new StyleIssues();
    try {
      MapStyle style = new SldReader().read(file, issues);
      for (StyleIssue warning : issues.warnings()) {
        err.println("banmap: " + warning);
      }
      err.flush();
      return style;
    } catch (StyleException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
