package org.banmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.banmap.basemap.Basemap;
import org.banmap.basemap.BasemapFeature;
import org.banmap.basemap.WorldAtlas.Resolution;
import org.banmap.basemap.WorldAtlas;
import org.banmap.map.BoundingBox;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.style.MapStyle;
import org.banmap.testing.Golden;
import org.banmap.testing.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The basemap drawn through the bundled dark style as a frame background. */
class BasemapBackgroundTest {
  private static final Color OCEAN = new Color(0x0b1622);
  private static final Color LAND = new Color(0x1e2b38);
  private static final MapStyle DARK = Styles.darkBasemap();

  private static MapView world(int w, int h) {
    return MapView.contain(Projection.PLATE_CARREE, BoundingBox.WORLD, w, h);
  }

  private static BufferedImage draw(Basemap basemap, MapView view) {
    return BasemapBackground.of(basemap, DARK, List.of()).image(view);
  }

  @Test
  void worldInA16By9FrameGetsOceanBandsAboveAndBelow() {
    BufferedImage image = draw(WorldAtlas.load(Resolution.MEDIUM_50M), world(320, 180));
    // 360°x180° in 320x180 px is 1.125°/px, 160 px tall: 10 px of background above and below.
    for (int y : new int[] {0, 9, 170, 179}) {
      assertRowIs(image, y, 0, 320, OCEAN, "contain-fit band row " + y);
    }
    assertRowIs(image, 169, 0, 320, LAND, "South Pole row");
  }

  /**
   * Catches antimeridian and pole streaks without trusting a golden: open-ocean rows that any
   * uncut ring (Russia, Fiji, Antarctica) would cross are pure sea, and the South Pole is land.
   */
  @Test
  void openOceanRowsHaveNoStreaksAndTheSouthPoleIsLand() {
    // Collected, not thrown at the first: a regression shows every broken row at once.
    List<String> problems = new ArrayList<>();
    MapView view = world(320, 160);
    for (Resolution resolution : Resolution.values()) {
      BufferedImage image = draw(WorldAtlas.load(resolution), view);
      String r = resolution.label() + " ";
      checkOcean(image, view, -52.5, -175, -80, r + "South Pacific at 52.5°S", problems);
      checkOcean(image, view, 0, -158, -100, r + "central Pacific at the equator", problems);
      checkOcean(image, view, -16.5, -130, -85, r + "East Pacific at Fiji's latitude", problems);
      checkOcean(image, view, -16.5, 70, 110, r + "Indian Ocean at Fiji's latitude", problems);
      checkOcean(image, view, 68.5, -20, 5, r + "Norwegian Sea at Chukotka's latitude", problems);
      checkOcean(image, view, -60, -20, 60, r + "Southern Ocean at 60°S", problems);
      checkRow(image, 159, 0, 320, LAND, r + "South Pole row", problems);
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /**
   * The streak check above can fail: an island ring stored the globe's way (edges jumping from
   * +179 to -179, as world-atlas stores Fiji) streaks across the map when drawn uncut, and does
   * not once loaded (and cut) through {@link WorldAtlas}.
   */
  @Test
  void aRingAcrossTheAntimeridianStreaksUncutAndNotOnceLoaded(@TempDir Path dir) throws IOException {
    MapView view = world(320, 160);
    String ring = "[[178,-15],[-178,-15],[-178,-18],[178,-18],[178,-15]]";
    Path topojson = Files.writeString(dir.resolve("fiji.json"), "{\"type\":\"Topology\",\"objects\":{\"countries\":"
        + "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[0]],\"id\":\"242\","
        + "\"properties\":{\"name\":\"Fiji\"}}]}},\"arcs\":[" + ring + "]}");
    Basemap uncut = new Basemap(List.of(feature("POLYGON ((178 -15, -178 -15, -178 -18, 178 -18, 178 -15))")), "test");

    List<String> streaks = new ArrayList<>();
    checkOcean(draw(uncut, view), view, -16.5, -170, 170, "uncut", streaks);
    assertFalse(streaks.isEmpty(), "an uncut ring must streak, or the check cannot catch one");

    List<String> problems = new ArrayList<>();
    BufferedImage cut = draw(WorldAtlas.load(topojson), view);
    checkOcean(cut, view, -16.5, -170, 170, "cut", problems);
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    assertEquals(LAND.getRGB(), cut.getRGB(319, (int) view.screenY(179.5, -16.5)), "east piece drawn");
    assertEquals(LAND.getRGB(), cut.getRGB(0, (int) view.screenY(-179.5, -16.5)), "west piece drawn");
  }

  @Test
  void holesAreDrawnAsHolesAndIslandsInThemAsLand() {
    Basemap basemap = new Basemap(List.of(
        feature("POLYGON ((-80 -40, 80 -40, 80 40, -80 40, -80 -40),"
            + " (-60 -20, -20 -20, -20 20, -60 20, -60 -20),"
            + " (20 -20, 60 -20, 60 20, 20 20, 20 -20))"),
        feature("POLYGON ((30 -10, 50 -10, 50 10, 30 10, 30 -10))")), "test");
    MapView view = world(360, 180);
    BufferedImage image = draw(basemap, view);
    assertEquals(LAND.getRGB(), rgb(image, view, -70, 0));
    assertEquals(OCEAN.getRGB(), rgb(image, view, -40, 0), "hole");
    assertEquals(LAND.getRGB(), rgb(image, view, 40, 0), "island");
    assertEquals(OCEAN.getRGB(), rgb(image, view, 25, 15));
    assertEquals(OCEAN.getRGB(), rgb(image, view, 120, 0));
  }

  @Test
  void imageIsDrawnOncePerViewAndCopiedIntoFrames() {
    BasemapBackground background = BasemapBackground.builtIn(DARK, List.of());
    MapView view = world(64, 32);
    BufferedImage image = background.image(view);
    assertSame(image, background.image(world(64, 32)));
    assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
    BufferedImage frame = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    var plan = new org.banmap.timeline.FramePlan(java.time.Instant.EPOCH, java.time.Instant.EPOCH, 1, 1,
        java.time.Duration.ofHours(1));
    background.paint(new FrameContext(0, plan, view, 0, 0, java.time.Instant.EPOCH, 0), frame);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 64; x++) {
        assertEquals(image.getRGB(x, y), frame.getRGB(x, y));
      }
    }
  }

  /**
   * The background is drawn from shapes simplified to a tenth of a pixel; that must look like the
   * full shapes: 50m in a 640x360 world differs from the unsimplified drawing in under 2% of the
   * pixels (antialiased edges), and by at most 32 of 255. (A check that can fail: simplifying to several
   * pixels breaks both limits.)
   */
  @Test
  void simplifiedShapesLookLikeTheFullOnes() {
    Basemap basemap = WorldAtlas.load(Resolution.MEDIUM_50M);
    MapView view = world(640, 360);
    BufferedImage full = StyledMap.basemap(basemap, DARK, List.of(), view)
        .image(view, Color.BLACK, org.banmap.style.StyleEnv.atScale(view.scaleDenominator()));
    int[] drawn = differences(full, draw(basemap, view));
    assertTrue(drawn[0] < 640 * 360 / 50 && drawn[1] <= 32,
        drawn[0] + " pixels differ by more than 2, worst by " + drawn[1]);
    BufferedImage coarse = StyledMap.basemap(new org.banmap.basemap.BasemapLayers(basemap).simplified(
        4 * view.degreesPerPixel()), DARK, List.of(), view)
        .image(view, Color.BLACK, org.banmap.style.StyleEnv.atScale(view.scaleDenominator()));
    int[] tooCoarse = differences(full, coarse);
    assertTrue(tooCoarse[0] >= 640 * 360 / 50 && tooCoarse[1] > 32, "4 px simplification: " + tooCoarse[0]
        + " pixels differ, worst by " + tooCoarse[1]);
  }

  /** How many pixels differ by more than the golden tolerance, and the largest channel difference. */
  private static int[] differences(BufferedImage a, BufferedImage b) {
    int count = 0;
    int worst = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int d = Golden.channelDistance(a.getRGB(x, y), b.getRGB(x, y));
        worst = Math.max(worst, d);
        count += d > Golden.CHANNEL_TOLERANCE ? 1 : 0;
      }
    }
    return new int[] {count, worst};
  }

  private static int rgb(BufferedImage image, MapView view, double lon, double lat) {
    return image.getRGB((int) view.screenX(lon, lat), (int) view.screenY(lon, lat));
  }

  private static BasemapFeature feature(String wkt) {
    try {
      return new BasemapFeature(null, new WKTReader(new GeometryFactory()).read(wkt), Map.of());
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  private static void checkOcean(BufferedImage image, MapView view, double lat, double fromLon, double toLon,
      String what, List<String> problems) {
    int y = (int) Math.floor(view.screenY(fromLon, lat));
    int x0 = (int) Math.floor(view.screenX(fromLon, lat));
    int x1 = (int) Math.ceil(view.screenX(toLon, lat));
    checkRow(image, y, x0, x1, OCEAN, what, problems);
  }

  private static void assertRowIs(BufferedImage image, int y, int x0, int x1, Color expected, String what) {
    List<String> problems = new ArrayList<>();
    checkRow(image, y, x0, x1, expected, what, problems);
    assertTrue(problems.isEmpty(), () -> problems.get(0));
  }

  /** Adds a problem unless every pixel of row {@code y} from x0 to x1 is {@code expected}. */
  private static void checkRow(BufferedImage image, int y, int x0, int x1, Color expected, String what,
      List<String> problems) {
    int wrong = 0;
    int firstWrong = -1;
    for (int x = x0; x < x1; x++) {
      if (Golden.channelDistance(image.getRGB(x, y), expected.getRGB()) > Golden.CHANNEL_TOLERANCE) {
        wrong++;
        firstWrong = firstWrong < 0 ? x : firstWrong;
      }
    }
    if (wrong > 0) {
      problems.add(what + ": " + wrong + " of " + (x1 - x0) + " pixels in row " + y + " are not " + expected
          + ", first at x=" + firstWrong);
    }
  }
}
