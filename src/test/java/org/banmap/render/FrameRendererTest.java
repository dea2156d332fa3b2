package org.banmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.banmap.geo.LocatedBan;
import org.banmap.map.BoundingBox;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.style.MapStyle;
import org.banmap.testing.Bans;
import org.banmap.testing.Styles;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;
import org.junit.jupiter.api.Test;

/** The frame renderer on the styled path: windows, the fade, edges, and parallel rendering. */
class FrameRendererTest {
  private static final int OCEAN = 0x10202c;
  private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

  /** A 10-frame plan over 9 hours with a 4-hour fade: frame i shows T0 + i hours. */
  private static FrameRenderer renderer(MapView v, List<LocatedBan> bans, MapStyle style) {
    FramePlan plan = new FramePlan(T0, T0.plus(Duration.ofHours(9)), 10, 10, Duration.ofHours(4));
    return new FrameRenderer(v, Background.filled(new Color(OCEAN)), Timeline.of(bans), plan, style, List.of(),
        List.of());
  }

  private static MapView world(int w, int h) {
    return MapView.contain(Projection.PLATE_CARREE, BoundingBox.WORLD, w, h);
  }

  private static int rgbAt(BufferedImage img, MapView v, double lon, double lat) {
    return img.getRGB((int) Math.floor(v.screenX(lon, lat)), (int) Math.floor(v.screenY(lon, lat))) & 0xffffff;
  }

  @Test
  void dotOpacityFallsLinearlyWithAgeAndVanishesAtTheFadeEnd() {
    MapView v = world(320, 160);
    // At 1.125°/px this lands 0.2 px from the centre of pixel (169, 71): the 7 px dot covers it fully.
    LocatedBan ban = Bans.at("2026-10-01T00:00:00Z", 10.5, 9.5);
    FrameRenderer r = renderer(v, List.of(ban), Styles.linearFade("#ff0000", 7));
    BufferedImage frame = r.newFrame();
    int[] reds = new int[6];
    for (int i = 0; i < reds.length; i++) {
      r.render(i, frame);
      reds[i] = (rgbAt(frame, v, 10.5, 9.5) >> 16) & 0xff;
    }
    // age 0, 1/4, 2/4, 3/4 of the fade, then gone (exactly at and after t0 + fade).
    assertEquals(255, reds[0], 1);
    for (int i = 1; i <= 3; i++) {
      double opacity = 1 - i / 4.0;
      int expected = (int) Math.round(0x10 + (255 - 0x10) * opacity);
      assertEquals(expected, reds[i], 2, "frame " + i + " of " + java.util.Arrays.toString(reds));
    }
    assertEquals(0x10, reds[4], "fully faded at t0 + fade");
    assertEquals(0x10, reds[5]);
  }

  @Test
  void theBundledFadeDimsEveryFrameUntilTheBanIsGone() {
    MapView v = world(320, 160);
    FrameRenderer r = renderer(v, List.of(Bans.at("2026-10-01T00:00:00Z", 10.5, 9.5)), Styles.fadeRed());
    BufferedImage frame = r.newFrame();
    int previous = Integer.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      r.render(i, frame);
      int red = (rgbAt(frame, v, 10.5, 9.5) >> 16) & 0xff;
      assertTrue(red < previous, "frame " + i + ": red " + red + " not below " + previous);
      assertTrue(red > 0x10, "frame " + i + " still shows the ban");
      previous = red;
    }
    r.render(4, frame);
    assertEquals(OCEAN, rgbAt(frame, v, 10.5, 9.5), "gone at t0 + fade");
  }

  @Test
  void banIsInvisibleBeforeItHappensAndTheWindowSaysSo() {
    MapView v = world(320, 160);
    FrameRenderer r = renderer(v, List.of(Bans.at("2026-10-01T05:00:00Z", -40.5, 20.5)),
        Styles.linearFade("#ff0000", 7));
    BufferedImage frame = r.newFrame();
    r.render(4, frame);
    assertEquals(OCEAN, rgbAt(frame, v, -40.5, 20.5));
    assertArrayEquals(new int[] {0, 0}, r.window(4));
    r.render(5, frame);
    assertEquals(0xff0000, rgbAt(frame, v, -40.5, 20.5));
    assertArrayEquals(new int[] {0, 1}, r.window(5));
  }

  @Test
  void windowHoldsTheBansOfTheFadeBeforeTheFrameTime() {
    // Bans at 00:00, 02:00, ..., 08:00; a 4 h fade: frame 6 (06:00) shows 02:00+ε .. 06:00, i.e. 04:00 and 06:00
    // (a ban exactly one fade old has opacity 0 and is left out).
    List<LocatedBan> bans = new ArrayList<>();
    for (int h = 0; h <= 8; h += 2) {
      bans.add(Bans.at(T0.plus(Duration.ofHours(h)).toString(), h, 0));
    }
    FrameRenderer r = renderer(world(64, 32), bans, Styles.linearFade("#ff0000", 3));
    assertArrayEquals(new int[] {2, 4}, r.window(6));
    assertArrayEquals(new int[] {0, 1}, r.window(0));
    assertArrayEquals(new int[] {3, 5}, r.window(9));
    FrameContext frame = r.context(6);
    assertEquals(2, frame.visibleBans());
    assertEquals(4, frame.bansSince(), "00:00, 02:00, 04:00 and 06:00 are at or before 06:00");
    assertEquals(T0, frame.countedSince());
  }

  @Test
  void dotsAtTheImageEdgeAreClippedNotCrashing() {
    MapView v = world(64, 32);
    List<LocatedBan> bans = List.of(
        Bans.at("2026-10-01T00:00:00Z", -180, 90), Bans.at("2026-10-01T00:00:00Z", 180, -90),
        Bans.at("2026-10-01T00:00:00Z", 180, 90), Bans.at("2026-10-01T00:00:00Z", -180, -90));
    FrameRenderer r = renderer(v, bans, Styles.fadeRed());
    BufferedImage frame = r.newFrame();
    r.render(0, frame);
    assertTrue((frame.getRGB(0, 0) & 0xff0000) > 0x100000, "corner dot drawn");
    assertTrue((frame.getRGB(63, 31) & 0xff0000) > 0x100000, "opposite corner dot drawn");
  }

  @Test
  void overlayElementsGetTheFrameContextInOrder() {
    MapView v = world(64, 32);
    List<String> seen = new ArrayList<>();
    FramePlan plan = new FramePlan(T0, T0.plus(Duration.ofHours(9)), 10, 10, Duration.ofHours(4));
    FrameRenderer r = new FrameRenderer(v, Background.filled(Color.BLACK),
        Timeline.of(List.of(Bans.at("2026-10-01T01:00:00Z", 0, 0))), plan, Styles.fadeRed(), List.of(),
        List.of((g, f) -> seen.add("a" + f.index() + ":" + f.visibleBans()), (g, f) -> {
          seen.add("b" + f.index());
          g.setColor(Color.WHITE);
          g.fillRect(0, 0, 1, 1);
        }));
    BufferedImage frame = r.newFrame();
    r.render(2, frame);
    assertEquals(List.of("a2:1", "b2"), seen);
    assertEquals(0xffffff, frame.getRGB(0, 0) & 0xffffff, "drawn over the background");
  }

  @Test
  void parallelAndSequentialRenderingGiveIdenticalFrames() throws Exception {
    MapView v = world(160, 90);
    List<LocatedBan> bans = randomBans(2000, 7);
    FrameRenderer r = renderer(v, bans, Styles.fadeRed());
    List<int[]> sequential = new ArrayList<>();
    FrameSequence.run(r, 1, (i, f) -> sequential.add(pixels(f).clone()));
    List<int[]> parallel = new ArrayList<>();
    FrameSequence.run(r, 3, (i, f) -> {
      assertEquals(parallel.size(), i, "frames arrive in order");
      parallel.add(pixels(f).clone());
    });
    assertEquals(10, parallel.size());
    for (int i = 0; i < sequential.size(); i++) {
      assertArrayEquals(sequential.get(i), parallel.get(i), "frame " + i);
    }
    assertNotEquals(java.util.Arrays.hashCode(sequential.get(0)), java.util.Arrays.hashCode(sequential.get(5)),
        "frames differ, so the comparison means something");
  }

  private static List<LocatedBan> randomBans(int n, long seed) {
    Random random = new Random(seed);
    List<LocatedBan> bans = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      bans.add(Bans.at(T0.plusSeconds(random.nextInt(9 * 3600)).toString(),
          -170 + random.nextDouble() * 340, -60 + random.nextDouble() * 130));
    }
    return bans;
  }

  private static int[] pixels(BufferedImage img) {
    return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
  }
}
