package org.banmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.banmap.geo.BoundingBox;
import org.banmap.geo.LocatedBan;
import org.banmap.testing.Bans;
import org.banmap.testing.Golden;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;
import org.junit.jupiter.api.Test;

class FrameRendererTest {
  private static final int OCEAN = 0x10202c;
  private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

  private static BufferedImage background(Viewport v) {
    BufferedImage img = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_RGB);
    int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    java.util.Arrays.fill(px, OCEAN);
    return img;
  }

  /** A 10-frame plan over 10 hours with a 4-hour fade: frame i shows T0 + i hours (approx.). */
  private static FrameRenderer renderer(Viewport v, List<LocatedBan> bans, DotStyle style) {
    FramePlan plan = new FramePlan(T0, T0.plus(Duration.ofHours(9)), 10, 10, Duration.ofHours(4));
    return new FrameRenderer(v, background(v), Timeline.of(bans), plan, style, Overlay.none());
  }

  private static int rgbAt(BufferedImage img, Viewport v, double lon, double lat) {
    return img.getRGB((int) Math.floor(v.x(lon)), (int) Math.floor(v.y(lat))) & 0xffffff;
  }

  @Test
  void dotOpacityFallsLinearlyWithAgeAndVanishesAtTheFadeEnd() {
    Viewport v = new Viewport(BoundingBox.WORLD, 320, 160);
    LocatedBan ban = Bans.at("2026-10-01T00:00:00Z", 10, 10);
    DotStyle style = new DotStyle(Color.RED, 3, 0, 0);
    FrameRenderer r = renderer(v, List.of(ban), style);
    BufferedImage frame = r.newFrame();
    int[] reds = new int[6];
    for (int i = 0; i < reds.length; i++) {
      r.render(i, frame);
      reds[i] = (rgbAt(frame, v, 10, 10) >> 16) & 0xff;
    }
    // age 0, 1/4, 2/4, 3/4 of the fade, then gone (exactly at and after t0 + fade).
    assertEquals(255, reds[0]);
    for (int i = 1; i <= 3; i++) {
      double opacity = 1 - i / 4.0;
      int expected = (int) Math.round(0x10 + (255 - 0x10) * opacity);
      assertEquals(expected, reds[i], 2, "frame " + i);
    }
    assertEquals(0x10, reds[4], "fully faded at t0 + fade");
    assertEquals(0x10, reds[5]);
  }

  @Test
  void banIsInvisibleBeforeItHappens() {
    Viewport v = new Viewport(BoundingBox.WORLD, 320, 160);
    FrameRenderer r = renderer(v, List.of(Bans.at("2026-10-01T05:00:00Z", -40, 20)), new DotStyle(Color.RED, 3, 0, 0));
    BufferedImage frame = r.newFrame();
    r.render(4, frame);
    assertEquals(OCEAN, rgbAt(frame, v, -40, 20));
    r.render(5, frame);
    assertEquals(0xff0000, rgbAt(frame, v, -40, 20));
    assertArrayEquals(new int[] {0, 1}, r.window(5));
  }

  @Test
  void dotsAtTheImageEdgeAreClippedNotCrashing() {
    Viewport v = new Viewport(BoundingBox.WORLD, 64, 32);
    List<LocatedBan> bans = List.of(
        Bans.at("2026-10-01T00:00:00Z", -180, 90), Bans.at("2026-10-01T00:00:00Z", 180, -90),
        Bans.at("2026-10-01T00:00:00Z", 180, 90), Bans.at("2026-10-01T00:00:00Z", -180, -90));
    FrameRenderer r = renderer(v, bans, DotStyle.forImageHeight(720));
    BufferedImage frame = r.newFrame();
    r.render(0, frame);
    assertTrue((frame.getRGB(0, 0) & 0xff0000) > 0x100000, "corner dot drawn");
  }

  @Test
  void parallelAndSequentialRenderingGiveIdenticalFrames() throws Exception {
    Viewport v = new Viewport(BoundingBox.WORLD, 160, 90);
    List<LocatedBan> bans = randomBans(2000, 7);
    FrameRenderer r = renderer(v, bans, DotStyle.forImageHeight(90));
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
  }

  @Test
  void goldenFramesOfFadingDots() {
    Viewport v = new Viewport(BoundingBox.WORLD, 320, 180);
    FrameRenderer r = renderer(v, randomBans(400, 3), DotStyle.forImageHeight(180));
    BufferedImage frame = r.newFrame();
    r.render(5, frame);
    Golden.assertMatches("render-fading-dots-320x180", frame);
  }

  @Test
  void goldenFrameZoomedToEurope() {
    Viewport v = new Viewport(BoundingBox.parse("-25,34,45,72"), 320, 180);
    List<LocatedBan> bans = new ArrayList<>();
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      bans.add(Bans.at(T0.plusSeconds(random.nextInt(9 * 3600)).toString(),
          -10 + random.nextDouble() * 40, 36 + random.nextDouble() * 30));
    }
    FrameRenderer r = renderer(v, bans, new DotStyle(new Color(0xffb000), 2.5, 6, 0.25));
    BufferedImage frame = r.newFrame();
    r.render(9, frame);
    Golden.assertMatches("render-europe-halo-320x180", frame);
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
