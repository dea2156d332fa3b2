package org.banmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.banmap.basemap.WorldAtlas.Resolution;
import org.banmap.geo.BoundingBox;
import org.banmap.render.Viewport;
import org.banmap.testing.Golden;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class BasemapPainterTest {
  private static final BasemapColors COLORS = BasemapColors.DARK;
  private static final BoundingBox EUROPE = BoundingBox.parse("-25,34,45,72");

  @Test
  void worldGolden() {
    Viewport view = new Viewport(BoundingBox.WORLD, 320, 160);
    Golden.assertMatches("basemap-world-50m", painter(Resolution.MEDIUM_50M).image(view));
  }

  @Test
  void worldInA16By9FrameGetsOceanBandsAboveAndBelow() {
    Viewport view = new Viewport(BoundingBox.WORLD, 320, 180);
    BufferedImage image = painter(Resolution.MEDIUM_50M).image(view);
    Golden.assertMatches("basemap-world-50m-320x180", image);
    // 360°x180° in 320x180 px is 1.125°/px, 160 px tall: 10 px of background above and below.
    for (int y : new int[] {0, 9, 170, 179}) {
      assertRowIs(image, y, 0, 320, COLORS.ocean(), "contain-fit band row " + y);
    }
    assertRowIs(image, 169, 0, 320, COLORS.land(), "South Pole row");
  }

  @Test
  void europeGolden() {
    Viewport view = new Viewport(EUROPE, 320, 180);
    assertEquals(Resolution.MEDIUM_50M, Resolution.forView(view));
    Golden.assertMatches("basemap-europe-50m", BasemapPainter.forView(view, COLORS).image(view));
  }

  @Test
  void lightWorldGolden() {
    Viewport view = new Viewport(BoundingBox.WORLD, 320, 160);
    BasemapPainter painter = new BasemapPainter(WorldAtlas.load(Resolution.LOW_110M), BasemapColors.LIGHT);
    Golden.assertMatches("basemap-world-110m-light", painter.image(view));
  }

  /**
   * Catches antimeridian and pole streaks without trusting a golden: open-ocean rows that any
   * uncut ring (Russia, Fiji, Antarctica) would cross are pure sea, and the South Pole is land.
   */
  @Test
  void openOceanRowsHaveNoStreaksAndTheSouthPoleIsLand() {
    // Collected, not thrown at the first: a regression shows every broken row at once.
    List<String> problems = new ArrayList<>();
    for (Resolution resolution : Resolution.values()) {
      Viewport view = new Viewport(BoundingBox.WORLD, 320, 160);
      BufferedImage image = painter(resolution).image(view);
      String r = resolution.label() + " ";
      checkOcean(image, view, -52.5, -175, -80, r + "South Pacific at 52.5°S", problems);
      checkOcean(image, view, 0, -158, -100, r + "central Pacific at the equator", problems);
      checkOcean(image, view, -16.5, -130, -85, r + "East Pacific at Fiji's latitude", problems);
      checkOcean(image, view, -16.5, 70, 110, r + "Indian Ocean at Fiji's latitude", problems);
      checkOcean(image, view, 68.5, -20, 5, r + "Norwegian Sea at Chukotka's latitude", problems);
      checkOcean(image, view, -60, -20, 60, r + "Southern Ocean at 60°S", problems);
      checkRow(image, 159, 0, 320, COLORS.land(), r + "South Pole row", problems);
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void holesAreDrawnAsHolesAndIslandsInThemAsLand() {
    GeometryFactory f = new GeometryFactory();
    Basemap basemap =
        new Basemap(
            List.of(
                feature(f, "POLYGON ((-80 -40, 80 -40, 80 40, -80 40, -80 -40),"
                    + " (-60 -20, -20 -20, -20 20, -60 20, -60 -20),"
                    + " (20 -20, 60 -20, 60 20, 20 20, 20 -20))"),
                feature(f, "POLYGON ((30 -10, 50 -10, 50 10, 30 10, 30 -10))")),
            "test");
    Viewport view = new Viewport(BoundingBox.WORLD, 360, 180);
    BufferedImage image = new BasemapPainter(basemap, COLORS).image(view);
    assertEquals(COLORS.land().getRGB(), image.getRGB((int) view.x(-70), (int) view.y(0)));
    assertEquals(COLORS.ocean().getRGB(), image.getRGB((int) view.x(-40), (int) view.y(0)), "hole");
    assertEquals(COLORS.land().getRGB(), image.getRGB((int) view.x(40), (int) view.y(0)), "island");
    assertEquals(COLORS.ocean().getRGB(), image.getRGB((int) view.x(25), (int) view.y(15)));
    assertEquals(COLORS.ocean().getRGB(), image.getRGB((int) view.x(120), (int) view.y(0)));
  }

  @Test
  void imageIsDrawnOncePerView() {
    BasemapPainter painter = painter(Resolution.LOW_110M);
    Viewport view = new Viewport(BoundingBox.WORLD, 64, 32);
    assertSame(painter.image(view), painter.image(new Viewport(BoundingBox.WORLD, 64, 32)));
    assertEquals(BufferedImage.TYPE_INT_RGB, painter.image(view).getType());
  }

  /** Printed, not asserted: timings vary too much between machines to be a test. */
  @Test
  void printsLoadAndPaintTimings() {
    List<String> lines = new ArrayList<>();
    for (Resolution resolution : Resolution.values()) {
      long start = System.nanoTime();
      Basemap basemap = WorldAtlas.load(resolution);
      long loaded = System.nanoTime();
      Viewport view = new Viewport(BoundingBox.WORLD, 1280, 720);
      new BasemapPainter(basemap, COLORS).image(view);
      long painted = System.nanoTime();
      new BasemapPainter(basemap, COLORS).image(view);
      long repainted = System.nanoTime();
      lines.add(
          String.format(
              "[basemap] %-4s load %5d ms (0 if cached), paint 1280x720 world %4d ms, again %4d ms",
              resolution.label(),
              (loaded - start) / 1_000_000,
              (painted - loaded) / 1_000_000,
              (repainted - painted) / 1_000_000));
    }
    lines.forEach(System.out::println);
  }

  private static BasemapPainter painter(Resolution resolution) {
    return new BasemapPainter(WorldAtlas.load(resolution), COLORS);
  }

  private static BasemapFeature feature(GeometryFactory f, String wkt) {
    try {
      return new BasemapFeature(null, new WKTReader(f).read(wkt), Map.of());
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  private static void checkOcean(
      BufferedImage image,
      Viewport view,
      double lat,
      double fromLon,
      double toLon,
      String what,
      List<String> problems) {
    int y = (int) Math.floor(view.y(lat));
    int x0 = (int) Math.floor(view.x(fromLon));
    int x1 = (int) Math.ceil(view.x(toLon));
    checkRow(image, y, x0, x1, COLORS.ocean(), what, problems);
  }

  private static void assertRowIs(
      BufferedImage image, int y, int x0, int x1, Color expected, String what) {
    List<String> problems = new ArrayList<>();
    checkRow(image, y, x0, x1, expected, what, problems);
    assertTrue(problems.isEmpty(), () -> problems.get(0));
  }

  /** Adds a problem unless every pixel of row {@code y} from x0 to x1 is {@code expected}. */
  private static void checkRow(
      BufferedImage image, int y, int x0, int x1, Color expected, String what, List<String> problems) {
    int wrong = 0;
    int firstWrong = -1;
    for (int x = x0; x < x1; x++) {
      if (Golden.channelDistance(image.getRGB(x, y), expected.getRGB()) > Golden.CHANNEL_TOLERANCE) {
        wrong++;
        firstWrong = firstWrong < 0 ? x : firstWrong;
      }
    }
    if (wrong > 0) {
      problems.add(
          what + ": " + wrong + " of " + (x1 - x0) + " pixels in row " + y + " are not "
              + expected + ", first at x=" + firstWrong);
    }
  }
}
