package org.banmap.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.banmap.encode.AtomicOutputFile;

/**
 * A ready-to-paste {@code <figure><video>} for a blog post. The video and poster are referenced by
 * paths relative to the snippet's own folder, so the three files can be uploaded side by side (or
 * in the same relative layout). Output is ASCII: non-ASCII text becomes character references, so
 * the snippet survives pages of any encoding.
 */
final class HtmlSnippet {
  private HtmlSnippet() {}

  /** The snippet text for {@code html} showing {@code video} (and {@code poster}, may be null). */
  static String of(Path html, Path video, Path poster, int widthPx, int heightPx, String attribution) {
    String src = escape(relativeUrl(html, video));
    StringBuilder sb = new StringBuilder();
    sb.append("<figure class=\"banmap\">\n");
    sb.append("  <video src=\"").append(src).append('"');
    if (poster != null) {
      sb.append(" poster=\"").append(escape(relativeUrl(html, poster))).append('"');
    }
    sb.append(String.format(Locale.ROOT, " width=\"%d\" height=\"%d\"", widthPx, heightPx));
    sb.append(" muted autoplay loop playsinline controls preload=\"metadata\"");
    sb.append(" style=\"max-width:100%;height:auto\">\n");
    sb.append("    <a href=\"").append(src).append("\">Download the video</a>\n");
    sb.append("  </video>\n");
    sb.append("  <figcaption>").append(escape(attribution)).append("</figcaption>\n");
    sb.append("</figure>\n");
    return sb.toString();
  }

  /** Writes the snippet to {@code html} atomically. */
  static void write(Path html, Path video, Path poster, int widthPx, int heightPx, String attribution)
      throws IOException {
    String text = of(html, video, poster, widthPx, heightPx, attribution);
    AtomicOutputFile output = AtomicOutputFile.file(html);
    try {
      Files.writeString(output.temp(), text, StandardCharsets.US_ASCII);
      output.commit();
    } finally {
      output.discard();
    }
  }

  /** {@code target} as a URL path relative to the folder of {@code html}, each segment percent-encoded. */
  static String relativeUrl(Path html, Path target) {
    Path from = html.toAbsolutePath().normalize().getParent();
    Path rel = from.relativize(target.toAbsolutePath().normalize());
    StringBuilder sb = new StringBuilder();
    for (Path segment : rel) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      String s = segment.toString();
      sb.append(s.equals("..") ? s : percentEncode(s));
    }
    return sb.toString();
  }

  /** RFC 3986: everything but unreserved characters as UTF-8 %XX (a ':' would read as a scheme). */
  static String percentEncode(String segment) {
    StringBuilder sb = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  /** Escapes text for HTML content and quoted attributes; non-ASCII becomes {@code &#N;}. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x80) {
            sb.appendCodePoint(c);
          } else {
            sb.append("&#").append(c).append(';');
          }
        }
      }
    });
    return sb.toString();
  }
}
