package org.banmap.render.style;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.banmap.style.GraphicResolver;

/**
 * Loads ExternalGraphics (PNG, JPEG, GIF through ImageIO; SVG through jsvg) and caches the decoded
 * result, failures included, so a missing icon costs one attempt per run. Hrefs become files through
 * the style core's {@link GraphicResolver} (local files only, never the network). Parametric SVG
 * ({@code x.svg?fill=%23ff0000} filling {@code param(fill)} inside the file) is supported by
 * textual substitution.
 */
public final class GraphicLoader {
  private static final Pattern PARAM = Pattern.compile("param\\(\\s*([\\w-]+)\\s*\\)\\s*([^\"';]*)");

  private final Function<String, GraphicResolver.Resolution> resolver;
  private final Map<String, Optional<LoadedGraphic>> cache = new ConcurrentHashMap<>();

  public GraphicLoader(Function<String, GraphicResolver.Resolution> resolver) {
    this.resolver = resolver;
  }

  public static GraphicLoader of(GraphicResolver resolver) {
    return new GraphicLoader(resolver::resolve);
  }

  /** A loader for styles without external graphics: every href is missing. */
  public static GraphicLoader none() {
    return new GraphicLoader(href -> new GraphicResolver.Missing("no graphics are loaded"));
  }

  /**
   * The decoded graphic for an href and format (MIME type, may be null or empty: guessed from the
   * file name), or empty when it cannot be resolved, read or decoded.
   */
  public Optional<LoadedGraphic> load(String href, String format) {
    if (href == null || href.isBlank()) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(href.trim() + "\n" + format, k -> decode(href.trim(), format));
  }

  private Optional<LoadedGraphic> decode(String href, String format) {
    try {
      if (!(resolver.apply(href) instanceof GraphicResolver.Resolved r)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(r.path());
      boolean svg = (format != null && format.toLowerCase(Locale.ROOT).contains("svg"))
          || r.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
      return svg ? decodeSvg(bytes, r.svgParams()) : decodeImage(bytes);
    } catch (IOException | RuntimeException e) {
      // Unreadable, undecodable or unresolvable: the Graphic's fallback chain takes over.
      return Optional.empty();
    }
  }

  private static Optional<LoadedGraphic> decodeImage(byte[] bytes) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    return image == null || image.getWidth() == 0 ? Optional.empty() : Optional.of(new LoadedGraphic.Bitmap(image));
  }

  private static Optional<LoadedGraphic> decodeSvg(byte[] bytes, Map<String, String> params) {
    String text = substituteParams(new String(bytes, StandardCharsets.UTF_8), params);
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    SVGDocument doc = new SVGLoader().load(in, null, LoaderContext.createDefault());
    if (doc == null || !(doc.size().width > 0 && doc.size().height > 0)) {
      return Optional.empty();
    }
    return Optional.of(new LoadedGraphic.Svg(doc));
  }

  /** Replaces {@code param(name) default} by the parameter's value, or by the default when absent. */
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
}
