package org.banmap.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.banmap.style.GraphicResolver.Missing;
import org.banmap.style.GraphicResolver.Resolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphicResolverTest {
  @TempDir Path root;

  private Path styleDir() throws IOException {
    Path dir = Files.createDirectories(root.resolve("styles"));
    Files.createDirectories(dir.resolve("icons"));
    Files.writeString(dir.resolve("icons/pin.svg"), "<svg/>");
    Files.writeString(Files.createDirectories(root.resolve("shared")).resolve("x.png"), "png");
    return dir;
  }

  @Test
  void relativeAndFileLinksInsideTheStyleFolderResolve() throws IOException {
    Path dir = styleDir();
    GraphicResolver r = new GraphicResolver(dir, List.of());
    Resolved ok = assertInstanceOf(Resolved.class, r.resolve("icons/pin.svg?fill=%23ff0000&outline=%23000"));
    assertEquals(dir.resolve("icons/pin.svg").toRealPath(), ok.path());
    assertEquals(Map.of("fill", "#ff0000", "outline", "#000"), ok.svgParams());
    assertInstanceOf(Resolved.class, r.resolve(dir.resolve("icons/pin.svg").toUri().toString()));
    assertInstanceOf(Resolved.class, r.resolve("./icons/../icons/pin.svg"));
  }

  @Test
  void leavingTheFolderIsRefusedUnlessAllowed() throws IOException {
    Path dir = styleDir();
    Missing m = assertInstanceOf(Missing.class, new GraphicResolver(dir, List.of()).resolve("../shared/x.png"));
    assertTrue(m.reason().contains("--allow-resource-dir"), m.reason());
    assertInstanceOf(Resolved.class, new GraphicResolver(dir, List.of(root.resolve("shared"))).resolve("../shared/x.png"));
  }

  @Test
  void symlinksOutOfTheFolderAreRefused() throws IOException {
    Path dir = styleDir();
    Files.createSymbolicLink(dir.resolve("icons/link.png"), root.resolve("shared/x.png"));
    assertInstanceOf(Missing.class, new GraphicResolver(dir, List.of()).resolve("icons/link.png"));
  }

  @Test
  void remoteAndOtherSchemesAreNeverFetched() throws IOException {
    GraphicResolver r = new GraphicResolver(styleDir(), List.of());
    Missing http = assertInstanceOf(Missing.class, r.resolve("https://example.com/a.png"));
    assertTrue(http.reason().startsWith("remote graphic not fetched: https://example.com/a.png"), http.reason());
    assertInstanceOf(Missing.class, r.resolve("ftp://example.com/a.png"));
    assertInstanceOf(Missing.class, r.resolve("icons/absent.png"));
    assertInstanceOf(Missing.class, r.resolve("${icon}.png"));
  }

  @Test
  void templatesAreCompiledToPropertyNames() {
    PointSymbolizer p = (PointSymbolizer) Sld.rule("<PointSymbolizer><Graphic><ExternalGraphic>"
        + "<OnlineResource xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"icons/${kind}.svg\"/>"
        + "<Format>image/svg+xml</Format></ExternalGraphic></Graphic></PointSymbolizer>").symbolizers().get(0);
    GraphicSymbol.ExternalGraphic g = (GraphicSymbol.ExternalGraphic) p.graphic().symbols().get(0);
    assertEquals("icons/pin.svg", g.href().asString(TestFeature.of(Map.of("kind", "pin")), StyleEnv.EMPTY));
  }
}
