package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.banmap.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code banmap style check|render} through the command line, as a user runs them. */
class StyleCommandTest {
  static final Path HOSTILE = Path.of("src/test/resources/style/hostile");

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = BanMapCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void shippedStylesCheckClean() {
    Run r = run("style", "check", "styles/fade-red.sld", "styles/rotated-dots.sld", "styles/by-jail.sld",
        "styles/pulse.sld", "basemaps/dark.sld", "basemaps/light.sld", "basemaps/toner.sld");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.out(), "no warnings in our own styles");
    assertTrue(r.err().contains("7 ok"), r.err());
  }

  @Test
  void problemsArePrintedAsFileLineColAndErrorsExitOne(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad-colour.sld"), """
        <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
          <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
            <PolygonSymbolizer><Fill><CssParameter name="fill">#12345</CssParameter></Fill></PolygonSymbolizer>
          </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
        </StyledLayerDescriptor>
        """);
    Run r = run("style", "check", bad.toString(), "styles/fade-red.sld", dir.resolve("missing.sld").toString());
    assertEquals(1, r.exit());
    assertTrue(r.out().matches("(?s).*bad-colour\\.sld:3:\\d+: error: .*"), r.out());
    assertTrue(r.out().contains("missing.sld:0:0: error: no such file"), r.out());
    assertTrue(r.err().contains("1 ok") && r.err().contains("2 with errors"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"xxe.sld", "billion-laughs.sld"})
  void doctypesAreRefusedQuickly(String name) {
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("style", "check", HOSTILE.resolve(name).toString()));
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains(name + ":") && r.out().toLowerCase().contains("doctype"), r.out());
    assertFalse(r.out().contains("root:"), "nothing of /etc/passwd may show");
  }

  @ParameterizedTest
  @ValueSource(strings = {"graphic-passwd.sld", "graphic-escape.sld", "graphic-http.sld"})
  void graphicsOutsideTheStyleFolderOrOnTheNetworkAreNotRead(String name) {
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("style", "check", HOSTILE.resolve(name).toString()));
    // A graphic that cannot be used is a warning (the mark fallback draws), never a read.
    assertEquals(0, r.exit(), r.out() + r.err());
    assertFalse(r.out().contains("root:"), r.out());
  }

  @Test
  void aFiftyMegabyteStyleIsAClearErrorNotAHang(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.sld");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"><NamedLayer><Name>");
      char[] chunk = new char[1 << 20];
      java.util.Arrays.fill(chunk, 'x');
      for (int i = 0; i < 50; i++) {
        w.write(chunk);
      }
      w.write("</Name></NamedLayer></StyledLayerDescriptor>");
    }
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("style", "check", big.toString()));
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("big.sld:") && r.out().contains("error"), r.out());
  }

  @Test
  void deepNestingIsAClearErrorNotAStackOverflow(@TempDir Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\">"
        + "<NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule><ogc:Filter>");
    int depth = 100_000;
    sb.append("<ogc:Not>".repeat(depth)).append("<ogc:PropertyIsNull><ogc:PropertyName>a</ogc:PropertyName></ogc:PropertyIsNull>")
        .append("</ogc:Not>".repeat(depth));
    sb.append("</ogc:Filter></Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>");
    Path deep = Files.writeString(dir.resolve("deep.sld"), sb);
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("style", "check", deep.toString()));
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("deep.sld:") && r.out().contains("error"), r.out());
    assertFalse(r.err().contains("StackOverflowError"), r.err());
  }

  /** The issue's bar: at least 95% of the corpus reads without error, and nothing throws while rendering. */
  @Test
  void corpusChecksAtLeastNinetyFivePercentClean() throws IOException {
    Path dir = Corpus.dir("sld");
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".sld")).map(Path::toString).sorted().toList();
    }
    StyleCheckCommand check = new StyleCheckCommand();
    int clean = 0;
    List<String> failures = new ArrayList<>();
    for (String f : files) {
      List<org.banmap.style.StyleIssue> issues = check.check(Path.of(f));
      List<org.banmap.style.StyleIssue> errors = issues.stream().filter(i -> i.severity() == org.banmap.style.StyleIssue.Severity.ERROR).toList();
      if (errors.isEmpty()) {
        clean++;
      } else {
        failures.add(errors.get(0).toString());
      }
      assertTrue(errors.stream().noneMatch(e -> e.message().startsWith("test rendering failed")), "render threw: " + errors);
    }
    double rate = clean / (double) files.size();
    System.out.printf("style check corpus: %d/%d clean (%.1f%%)%n", clean, files.size(), 100 * rate);
    failures.forEach(f -> System.out.println("  " + f));
    assertTrue(rate >= 0.95, String.format("%.1f%% clean; failures:%n%s", 100 * rate, String.join("\n", failures)));
  }

  @Test
  void renderDrawsGeoJsonLayersBottomFirstWithYUp(@TempDir Path dir) throws IOException {
    Path data = Files.writeString(dir.resolve("square.geojson"), """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"name": "north"},
           "geometry": {"type": "Polygon", "coordinates": [[[0, 5], [10, 5], [10, 10], [0, 10], [0, 5]]]}}]}
        """);
    Path style = Files.writeString(dir.resolve("red.sld"), """
        <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
          <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
            <PolygonSymbolizer><Fill><CssParameter name="fill">#ff0000</CssParameter></Fill></PolygonSymbolizer>
          </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
        </StyledLayerDescriptor>
        """);
    Path out = dir.resolve("out.png");
    Run r = run("style", "render", "--layer", data + "=" + style, "--bbox", "0,0,10,10", "--size", "100x100",
        "--background", "#0000ff", "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    BufferedImage img = ImageIO.read(out.toFile());
    assertEquals(0xff0000, img.getRGB(50, 20) & 0xffffff, "the northern half is at the top");
    assertEquals(0x0000ff, img.getRGB(50, 80) & 0xffffff);
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(3, s.count(), "no temporary files left");
    }
  }

  @Test
  void renderUsageErrors() {
    assertEquals(2, run("style", "render", "--layer", "nothing", "--bbox", "0,0,1,1", "-o", "x.png").exit());
    assertEquals(2, run("style", "render", "--layer", "a=b", "--bbox", "1,0,0,1", "-o", "x.png").exit());
    Run r = run("style", "render", "--layer", "missing.geojson=styles/fade-red.sld", "--bbox", "0,0,1,1", "-o", "x.png");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("GeoJSON file not found: missing.geojson"), r.err());
  }
}
