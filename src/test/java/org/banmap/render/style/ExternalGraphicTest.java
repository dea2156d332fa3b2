package org.banmap.render.style;

import static org.banmap.render.style.Sld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.banmap.map.MapView;
import org.banmap.style.GraphicResolver;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import org.banmap.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalGraphicTest {
  @TempDir static Path dir;

  /** A 20 x 10 pin: param(fill) body with a black outline. */
  private static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='10' viewBox='0 0 20 10'>"
      + "<rect x='0.5' y='0.5' width='19' height='9' fill='param(fill) #00ff00' stroke='black' stroke-width='1'/></svg>";

  @BeforeAll
  static void writeIcons() throws IOException {
    Files.writeString(dir.resolve("pin.svg"), SVG, StandardCharsets.UTF_8);
    BufferedImage png = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = png.createGraphics();
    g.setColor(new Color(0x2c7bb6));
    g.fillRect(0, 0, 40, 20);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 20, 10);
    g.dispose();
    ImageIO.write(png, "png", dir.resolve("flag.png").toFile());
  }

  /** Resolves names inside the temp dir; {@code ?fill=} queries become SVG parameters. */
  private static GraphicLoader loader() {
    return new GraphicLoader(href -> {
      int q = href.indexOf('?');
      Path p = dir.resolve(q < 0 ? href : href.substring(0, q));
      if (!Files.exists(p)) {
        return new GraphicResolver.Missing("no " + p);
      }
      Map<String, String> params = q < 0 ? Map.of() : Map.of("fill", href.substring(q + 1).replace("fill=%23", "#"));
      return new GraphicResolver.Resolved(p, params);
    });
  }

  private static BufferedImage render(MapStyle style) {
    BufferedImage img = Canvas.blank(120, 40);
    Graphics2D g = Canvas.graphics(img);
    new StylePainter(loader()).paint(g, MapView.ofMetres(0, 0, 120, 40, 120, 40), style,
        List.of(feature("POINT(30 20)"), feature("POINT(90 20)")), StyleEnv.EMPTY);
    g.dispose();
    return img;
  }

  @Test
  void svgSizeIsTheHeightAndParametersFillTheBody() {
    BufferedImage img = render(style(fts(rule(point(graphic(20, external("pin.svg?fill=%23ff0000", "image/svg+xml")))))));
    Rectangle box = Canvas.inked(img, 30);
    assertEquals(20, Canvas.inked(crop(img, 0, 60), 30).height, 1);
    assertEquals(40, Canvas.inked(crop(img, 0, 60), 30).width, 1, "aspect kept: 2:1");
    assertEquals(0xff0000, img.getRGB(30, 20) & 0xffffff, "param(fill) replaced by ?fill=");
    assertTrue(box.width > 60);
    Golden.assertMatches("paint-svg-param", img);
  }

  @Test
  void svgWithoutParametersUsesTheDefaultAndNativeSize() {
    BufferedImage img = render(style(fts(rule(point(graphic(Double.NaN, external("pin.svg", "image/svg+xml")))))));
    Rectangle left = Canvas.inked(crop(img, 0, 60), 30);
    assertEquals(10, left.height, 1);
    assertEquals(20, left.width, 1);
    assertEquals(0x00ff00, img.getRGB(30, 20) & 0xffffff);
  }

  @Test
  void firstLoadableExternalGraphicWinsAndPngKeepsAspect() {
    BufferedImage img = render(style(fts(rule(point(graphic(10, external("absent.gif", "image/gif"),
        external("flag.png", "image/png"), mark("circle", fill(0xff0000, 1), null)))))));
    Rectangle left = Canvas.inked(crop(img, 0, 60), 10);
    assertEquals(new Rectangle(20, 15, 20, 10), left, "40x20 png at Size 10 is 20x10, centred");
    assertEquals(Color.WHITE.getRGB(), img.getRGB(22, 16), "top-left quarter of the flag is white");
    assertEquals(0x2c7bb6, img.getRGB(37, 23) & 0xffffff);
  }

  @Test
  void parametricSubstitutionKeepsDefaultsForMissingParameters() {
    assertEquals("<a fill=\"#123456\" stroke=\"black\"/>", GraphicLoader.substituteParams(
        "<a fill=\"param(fill) #00ff00\" stroke=\"param(outline) black\"/>", Map.of("fill", "#123456")));
  }

  private static BufferedImage crop(BufferedImage img, int x0, int x1) {
    return img.getSubimage(x0, 0, x1 - x0, img.getHeight());
  }
}
