package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.banmap.pipeline.StyleFiles;
import org.banmap.basemap.WorldAtlas;
import org.banmap.geo.LocatedBan;
import org.banmap.map.BoundingBox;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.render.Background;
import org.banmap.render.FrameRenderer;
import org.banmap.render.StyledMap;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import org.banmap.testing.Corpus;
import org.banmap.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden images of every shipped style, and of a dozen corpus styles through {@code style render}. */
class StyleGoldenTest {
  private static final PrintWriter QUIET = new PrintWriter(PrintWriter.nullWriter());
  private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

  private static MapStyle read(String file) {
    return StyleFiles.read(Path.of(file), QUIET);
  }

  /**
   * Twenty bans in a row across Europe, Africa and Asia, 0 to 95% of the way through a 10-hour
   * fade, in four jails; the frame is at T0 + 10 h.
   */
  static FrameRenderer syntheticFrame(MapStyle style, int width, int height) {
    String[] jails = {"sshd", "nginx-http-auth", "postfix-sasl", "recidive", "my-own-jail"};
    List<LocatedBan> bans = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Instant t = T0.plus(Duration.ofMinutes(30L * i));
      bans.add(ban(i, t, -150 + i * 15, 30 - (i % 4) * 15, jails[i % jails.length]));
    }
    MapView v = MapView.contain(Projection.PLATE_CARREE, BoundingBox.WORLD, width, height);
    var plan = new org.banmap.timeline.FramePlan(T0.plus(Duration.ofHours(10)), T0.plus(Duration.ofHours(10)), 1, 30,
        Duration.ofHours(10));
    return new FrameRenderer(v, Background.filled(new Color(0x1e2b38)), org.banmap.timeline.Timeline.of(bans), plan, style,
        List.of(), List.of());
  }

  /** A ban with a fixed address, so its {@code rand} (and rotation) is the same in every test run. */
  private static LocatedBan ban(int i, Instant t, double lon, double lat, String jail) {
    try {
      java.net.InetAddress ip = java.net.InetAddress.getByAddress(new byte[] {(byte) 198, (byte) 51, (byte) 100, (byte) i});
      return new LocatedBan(new org.banmap.ingest.BanEvent(t, ip, jail, new org.banmap.ingest.SourceLine(Path.of("golden.log"), i + 1)),
          new org.banmap.geo.GeoPlace(lon, lat, "XX", "Nowhere", null, null));
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fade-red", "rotated-dots", "by-jail", "pulse"})
  void banStyles(String name) {
    FrameRenderer r = syntheticFrame(read("styles/" + name + ".sld"), 320, 160);
    BufferedImage frame = r.newFrame();
    r.render(0, frame);
    Golden.assertMatches("style-ban-" + name, frame);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dark", "light", "toner"})
  void basemapStyles(String name) {
    MapView view = MapView.contain(Projection.PLATE_CARREE, BoundingBox.WORLD, 320, 160);
    BufferedImage image = StyledMap.basemap(WorldAtlas.load(WorldAtlas.Resolution.LOW_110M), read("basemaps/" + name + ".sld"), List.of(), view)
        .image(view, Color.MAGENTA, StyleEnv.atScale(view.scaleDenominator()));
    Golden.assertMatches("style-basemap-" + name, image);
  }

  /** Corpus styles without labels (fonts differ between machines), one per kind of symbolizer. */
  static final List<String> CORPUS = List.of(
      "pophatch.sld", "boundary_lines.sld", "countries_mapcolor9.sld", "line__border.sld", "line__dash-dot.sld",
      "line__railroad.sld", "point__simple.sld", "point__transparent", "poly__hatch-fill.sld", "poly__graphic-fill.sld",
      "point__rotated-square.sld", "fillSolidTwoRuleElse.sld");

  @Test
  void corpusStylesThroughStyleRender(@TempDir Path dir) throws IOException {
    Path sld = Corpus.dir("sld");
    Path data = Files.writeString(dir.resolve("sample.geojson"), sampleGeoJson());
    List<Path> files;
    try (Stream<Path> s = Files.list(sld)) {
      files = s.sorted().toList();
    }
    int rendered = 0;
    for (String wanted : CORPUS) {
      Path style = files.stream().filter(p -> p.getFileName().toString().contains(wanted)).findFirst().orElseThrow(
          () -> new AssertionError("corpus has no " + wanted));
      Path out = dir.resolve("out.png");
      StyleCommandTest.Run r = StyleCommandTest.run("style", "render", "--layer", data + "=" + style,
          "--bbox", "10,45,10.01,45.01", "--size", "160x160", "-o", out.toString());
      assertEquals(0, r.exit(), wanted + ": " + r.err());
      String name = "style-corpus-" + wanted.replaceAll("\\.sld$", "").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
      Golden.assertMatches(name, ImageIO.read(out.toFile()));
      rendered++;
    }
    assertEquals(CORPUS.size(), rendered);
  }

  /** Points, lines and polygons (with multi forms) in 0.01° at (10, 45), with the attributes the corpus styles read. */
  static String sampleGeoJson() {
    StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    double s = 0.001;
    for (int i = 0; i < 6; i++) {
      double x = 10 + s + i * 1.5 * s;
      String props = String.format(Locale.ROOT,
          "{\"name\":\"f%d\",\"PERSONS\":%d,\"mapcolor9\":%d,\"MAPCOLOR9\":%d,\"type\":\"%s\",\"featurecla\":\"%s\",\"scalerank\":%d}",
          i, 1_000_000 * (i + 1), i + 1, i + 1, i % 2 == 0 ? "primary" : "secondary",
          i % 2 == 0 ? "International boundary (verify)" : "Disputed (please verify)", i);
      sb.append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":%s,\"geometry\":{\"type\":\"Point\",\"coordinates\":[%f,%f]}},",
          props, x, 45 + 8 * s));
      sb.append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":%s,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[%f,%f],[%f,%f],[%f,%f]]}},",
          props, x - s, 45 + 4 * s, x, 45 + 6 * s, x + 0.6 * s, 45 + 5 * s));
      sb.append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":%s,\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]]}},",
          props, x - 0.6 * s, 45 + s, x + 0.6 * s, 45 + s, x + 0.6 * s, 45 + 2.5 * s, x - 0.6 * s, 45 + 2.5 * s, x - 0.6 * s, 45 + s));
    }
    sb.setLength(sb.length() - 1);
    return sb.append("]}").toString();
  }
}
