package org.banmap.style;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns an ExternalGraphic href into a local file, never fetching anything. Only relative paths and
 * {@code file:} URLs resolve; the file must stay inside the style's folder tree (after {@code ..}
 * and symlinks) or inside one of {@code allowedDirs} ({@code --allow-resource-dir}). A
 * parametric-SVG query ({@code x.svg?fill=%23ff0000}) is split off into {@code svgParams}.
 */
public final class GraphicResolver {
  private final Path baseDir;
  private final List<Path> allowedDirs;

  public GraphicResolver(Path baseDir, List<Path> allowedDirs) {
    this.baseDir = baseDir;
    this.allowedDirs = List.copyOf(allowedDirs);
  }

  public static GraphicResolver forStyle(MapStyle style, List<Path> allowedDirs) {
    return new GraphicResolver(style.baseDir(), allowedDirs);
  }

  /** What became of an href: a file to load, or why there is none (the painter falls back). */
  public sealed interface Resolution {}

  /** A readable local file plus decoded parametric-SVG parameters (empty when none). */
  public record Resolved(Path path, Map<String, String> svgParams) implements Resolution {
    public Resolved {
      svgParams = Map.copyOf(svgParams);
    }
  }

  /** No file: remote, refused, absent or malformed; {@code reason} is a full sentence for messages. */
  public record Missing(String reason) implements Resolution {}

  public Resolution resolve(String href) {
    throw new UnsupportedOperationException("not yet");
  }
}
