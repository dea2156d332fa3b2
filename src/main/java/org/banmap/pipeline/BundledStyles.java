package org.banmap.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The styles shipped inside the jar ({@code styles/}, {@code basemaps/*.sld}). The SLD reader works
 * on files, and a style's graphics ({@code dots.svg}) resolve relative to its folder, so the
 * bundled files are copied once per process into a private temporary folder and used from there.
 */
public final class BundledStyles {
  public static final List<String> BAN_STYLES = List.of("fade-red", "rotated-dots", "by-jail", "pulse");
  public static final List<String> BASEMAP_STYLES = List.of("dark", "light", "toner");
  public static final String DEFAULT_BAN_STYLE = "fade-red";
  public static final String DEFAULT_BASEMAP_STYLE = "dark";
  private static final List<String> BAN_RESOURCES = List.of("dots.svg");

  private static Path root;

  private BundledStyles() {}

  /** The bundled ban style called {@code name} (with or without {@code .sld}), or null. */
  public static Path banStyle(String name) {
    String n = bare(name);
    return BAN_STYLES.contains(n) ? root().resolve("styles").resolve(n + ".sld") : null;
  }

  /** The bundled basemap style called {@code name} (with or without {@code .sld}), or null. */
  public static Path basemapStyle(String name) {
    String n = bare(name);
    return BASEMAP_STYLES.contains(n) ? root().resolve("basemaps").resolve(n + ".sld") : null;
  }

  /** The folder the bundled styles were copied to (one {@code styles/} and one {@code basemaps/}). */
  static synchronized Path root() {
    if (root == null) {
      try {
        Path dir = Files.createTempDirectory("banmap-styles");
        for (String n : BAN_STYLES) {
          copy("styles/" + n + ".sld", dir);
        }
        for (String n : BAN_RESOURCES) {
          copy("styles/" + n, dir);
        }
        for (String n : BASEMAP_STYLES) {
          copy("basemaps/" + n + ".sld", dir);
        }
        dir.toFile().deleteOnExit();
        root = dir;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot unpack the bundled styles", e);
      }
    }
    return root;
  }

  private static void copy(String resource, Path dir) throws IOException {
    Path target = dir.resolve(resource);
    Files.createDirectories(target.getParent());
    target.getParent().toFile().deleteOnExit();
    try (InputStream in = BundledStyles.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IOException("bundled style file " + resource + " is missing from the jar (a build problem)");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    target.toFile().deleteOnExit();
  }

  private static String bare(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".sld") ? n.substring(0, n.length() - 4) : n;
  }
}
