package org.banmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.banmap.pipeline.BundledStyles;
import org.banmap.pipeline.RenderSettings;
import org.banmap.pipeline.StyleFiles;
import org.banmap.report.UserError;
import picocli.CommandLine.Option;

/** Which SLD styles draw the bans and the basemap, and where their graphics may come from. */
final class StyleOptions {
  @Option(
      names = "--style",
      paramLabel = "FILE.sld",
      description = "SLD style for the bans, or a bundled one: fade-red, rotated-dots, by-jail, pulse (default: ${DEFAULT-VALUE}).")
  String style = BundledStyles.DEFAULT_BAN_STYLE;

  @Option(
      names = "--basemap-style",
      paramLabel = "FILE.sld",
      description = "SLD style for the basemap layers ocean, countries and borders, or a bundled one: dark, light, toner (default: ${DEFAULT-VALUE}).")
  String basemapStyle = BundledStyles.DEFAULT_BASEMAP_STYLE;

  @Option(
      names = "--allow-resource-dir",
      paramLabel = "DIR",
      description = "Another folder the styles' graphics (ExternalGraphic) may be read from; by default only the style file's own folder tree (repeatable).")
  List<Path> allowResourceDirs = new ArrayList<>();

  /**
   * The styles part of the settings: files resolved, read and folders checked now, before any log
   * is read. {@code watching} (preview --watch) skips reading: a style may be broken until the
   * next save.
   */
  RenderSettings.Styles styles(boolean watching) {
    RenderSettings.Styles styles = new RenderSettings.Styles(banStyleFile(), basemapStyleFile(), allowedResourceDirs());
    if (!watching) {
      StyleFiles.check(styles.banStyle());
      StyleFiles.check(styles.basemapStyle());
    }
    return styles;
  }

  /** The ban style file: the path as given if it exists, else the bundled style of that name. */
  Path banStyleFile() {
    return resolve(style, BundledStyles.banStyle(style), "--style", BundledStyles.BAN_STYLES);
  }

  /** The basemap style file, resolved like {@link #banStyleFile()}. */
  Path basemapStyleFile() {
    return resolve(basemapStyle, BundledStyles.basemapStyle(basemapStyle), "--basemap-style", BundledStyles.BASEMAP_STYLES);
  }

  List<Path> allowedResourceDirs() {
    for (Path dir : allowResourceDirs) {
      if (!Files.isDirectory(dir)) {
        throw new UserError("--allow-resource-dir " + dir + " is not a folder");
      }
    }
    return List.copyOf(allowResourceDirs);
  }

  private static Path resolve(String given, Path bundled, String option, List<String> names) {
    Path file = Path.of(given);
    if (Files.isRegularFile(file)) {
      return file;
    }
    if (bundled != null) {
      return bundled;
    }
    if (Files.isDirectory(file)) {
      throw new UserError(option + " " + given + " is a folder; give an .sld file");
    }
    throw new UserError(option + " " + given + ": no such file, and no bundled style of that name (bundled: "
        + String.join(", ", names) + ")");
  }
}
