package org.banmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlSnippetTest {
  @Test
  void pathsAreRelativeToTheSnippetsFolder() {
    Path root = Path.of("/srv/site");
    assertEquals("bans.mp4", HtmlSnippet.relativeUrl(root.resolve("post.html"), root.resolve("bans.mp4")));
    assertEquals("../media/bans.mp4",
        HtmlSnippet.relativeUrl(root.resolve("posts/post.html"), root.resolve("media/bans.mp4")));
    assertEquals("media/2026/bans.mp4",
        HtmlSnippet.relativeUrl(root.resolve("post.html"), root.resolve("media/./2026/bans.mp4")));
  }

  @Test
  void namesArePercentEncodedAndTextIsEscaped() {
    Path root = Path.of("/srv/site");
    assertEquals("my%20bans%20%26%20%22more%22.mp4",
        HtmlSnippet.relativeUrl(root.resolve("p.html"), root.resolve("my bans & \"more\".mp4")));
    assertEquals("a%3Ab.mp4", HtmlSnippet.relativeUrl(root.resolve("p.html"), root.resolve("a:b.mp4")),
        "a colon in the first segment would read as a URL scheme");
    assertEquals("caf%C3%A9.mp4", HtmlSnippet.relativeUrl(root.resolve("p.html"), root.resolve("café.mp4")));
    assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &#183;", HtmlSnippet.escape("<b> & \"x\" 'y' ·"));
  }

  @Test
  void snippetHasEverythingABlogNeeds() {
    Path root = Path.of("/srv/site");
    String html = HtmlSnippet.of(root.resolve("posts/p.html"), root.resolve("media/bans.mp4"),
        root.resolve("media/bans-poster.png"), 1280, 720, "Natural Earth · <GeoLite2-City>");
    assertTrue(html.contains("src=\"../media/bans.mp4\""), html);
    assertTrue(html.contains("poster=\"../media/bans-poster.png\""), html);
    assertTrue(html.contains("width=\"1280\" height=\"720\""), html);
    for (String attribute : new String[] {" muted", " autoplay", " loop", " playsinline", " controls", "preload=\"metadata\""}) {
      assertTrue(html.contains(attribute), attribute + " in " + html);
    }
    assertTrue(html.contains("<figcaption>Natural Earth &#183; &lt;GeoLite2-City&gt;</figcaption>"), html);
    assertFalse(html.chars().anyMatch(c -> c > 127), "ASCII only");
  }
}
