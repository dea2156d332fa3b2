package org.banmap.style;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
      svgParams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(svgParams));
    }
  }

  /** No file: remote, refused, absent or malformed; {@code reason} is a full sentence for messages. */
  public record Missing(String reason) implements Resolution {}

  /**
   * Resolves an evaluated href (templates already expanded by the painter). Never touches the
   * network and never throws for bad links: every failure is a {@link Missing} with a reason.
   */
  public Resolution resolve(String href) {
    if (href == null || href.isBlank()) {
      return new Missing("empty graphic link");
    }
    String link = href.trim();
    if (link.contains("${")) {
      return new Missing("graphic link " + link + " still holds a ${...} template; evaluate it per feature first");
    }
    Map<String, String> params = Map.of();
    int query = link.indexOf('?');
    if (query >= 0) {
      params = queryParameters(link.substring(query + 1));
      link = link.substring(0, query);
    }
    String lower = link.toLowerCase(Locale.ROOT);
    String path;
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new Missing("remote graphic not fetched: " + href + " (banmap never downloads; save it"
          + " beside the style and link it relatively)");
    } else if (lower.startsWith("file:")) {
      try {
        path = Path.of(new URI(link.replace(" ", "%20"))).toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        path = decode(link.substring("file:".length()).replaceFirst("^//", ""));
      }
    } else if (SCHEME.matcher(link).find() && !DRIVE.matcher(link).find()) {
      return new Missing("graphic link scheme of " + href + " is not supported (only relative paths and file:)");
    } else {
      path = decode(link);
    }
    Path target;
    try {
      Path p = Path.of(path);
      if (p.isAbsolute()) {
        target = p.normalize();
      } else if (baseDir == null) {
        return new Missing("relative graphic " + href + " cannot be resolved: the style was not read from a file");
      } else {
        target = baseDir.resolve(p).normalize();
      }
    } catch (InvalidPathException e) {
      return new Missing("graphic link " + href + " is not a valid path here: " + e.getReason());
    }
    if (!Files.isRegularFile(target)) {
      return new Missing("graphic " + target + " not found (linked as " + href + ")");
    }
    try {
      Path real = target.toRealPath();
      if (inside(real, baseDir) || allowedDirs.stream().anyMatch(dir -> inside(real, dir))) {
        return new Resolved(real, params);
      }
    } catch (IOException e) {
      return new Missing("graphic " + target + " cannot be read: " + e.getMessage());
    }
    return new Missing("graphic " + target + " is outside the style's folder; pass --allow-resource-dir "
        + "with its folder to allow it");
  }

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern DRIVE = Pattern.compile("^[a-zA-Z]:[/\\\\]");

  private static boolean inside(Path real, Path dir) {
    if (dir == null) {
      return false;
    }
    try {
      return real.startsWith(dir.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s; // a lone '%' in a file name: take the name literally
    }
  }

  /** {@code fill=%23ff0000&outline=%23000} decoded, in order. */
  static Map<String, String> queryParameters(String query) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.put(key, value);
    }
    return out;
  }
}
