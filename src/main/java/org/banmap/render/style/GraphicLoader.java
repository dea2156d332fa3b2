package org.banmap.render.style;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Loads ExternalGraphics (PNG, JPEG, GIF through ImageIO; SVG through jsvg) and caches the decoded
 * result, failures included, so a missing icon costs one attempt per run. Hrefs resolve against a
 * base directory (the SLD's folder); remote URLs go through a pluggable fetcher, which by default
 * fails deterministically (no network during rendering). Parametric SVG ({@code x.svg?fill=%23ff0000}
 * filling {@code param(fill)} inside the file) is supported by textual substitution.
 */
public final class GraphicLoader {
  private static final Pattern PARAM = Pattern.compile("param\\(\\s*([\\w-]+)\\s*\\)\\s*([^\"';]*)");

  private final Path baseDir;
  private final Function<URI, Optional<byte[]>> remote;
  private final Map<String, Optional<LoadedGraphic>> cache = new ConcurrentHashMap<>();

  public GraphicLoader(Path baseDir, Function<URI, Optional<byte[]>> remote) {
    this.baseDir = baseDir;
    this.remote = remote;
  }

  /** Local files only, relative to {@code baseDir}; http(s) hrefs count as missing. */
  public static GraphicLoader localFiles(Path baseDir) {
    return new GraphicLoader(baseDir, uri -> Optional.empty());
  }

  /**
   * The decoded graphic for an href and format (MIME type, may be null: guessed from the name),
   * or empty when it cannot be read or decoded.
   */
  public Optional<LoadedGraphic> load(String href, String format) {
    if (href == null || href.isBlank()) {
      return Optional.empty();
    }
    String key = href.trim() + "\n" + format;
    return cache.computeIfAbsent(key, k -> decode(href.trim(), format));
  }

  private Optional<LoadedGraphic> decode(String href, String format) {
    String query = "";
    String location = href;
    int q = href.indexOf('?');
    if (q >= 0) {
      query = href.substring(q + 1);
      location = href.substring(0, q);
    }
    Optional<byte[]> bytes = read(location);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    boolean svg = (format != null && format.toLowerCase(Locale.ROOT).contains("svg"))
        || location.toLowerCase(Locale.ROOT).endsWith(".svg");
    try {
      return svg ? decodeSvg(bytes.get(), query) : decodeImage(bytes.get());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private Optional<byte[]> read(String location) {
    try {
      if (location.startsWith("http://") || location.startsWith("https://")) {
        return remote.apply(new URI(location));
      }
      Path path;
      if (location.startsWith("file:")) {
        URI uri = new URI(location);
        path = uri.isOpaque() ? baseDir.resolve(uri.getSchemeSpecificPart()) : Path.of(uri);
      } else {
        path = baseDir.resolve(location);
      }
      return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LoadedGraphic> decodeImage(byte[] bytes) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    return image == null || image.getWidth() == 0 ? Optional.empty() : Optional.of(new LoadedGraphic.Bitmap(image));
  }

  private static Optional<LoadedGraphic> decodeSvg(byte[] bytes, String query) {
    String text = substituteParams(new String(bytes, StandardCharsets.UTF_8), parseQuery(query));
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    SVGDocument doc = new SVGLoader().load(in, null, LoaderContext.createDefault());
    if (doc == null || !(doc.size().width > 0 && doc.size().height > 0)) {
      return Optional.empty();
    }
    return Optional.of(new LoadedGraphic.Svg(doc));
  }

  /** Replaces {@code param(name) default} by the query value, or by the default when absent. */
  static String substituteParams(String svg, Map<String, String> params) {
    Matcher m = PARAM.matcher(svg);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = params.getOrDefault(m.group(1), m.group(2).trim());
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> parseQuery(String query) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }
}
