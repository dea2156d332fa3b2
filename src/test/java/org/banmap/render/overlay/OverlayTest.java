package org.banmap.render.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.banmap.map.BoundingBox;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.render.Background;
import org.banmap.render.FrameRenderer;
import org.banmap.render.OverlayElement;
import org.banmap.report.ZoneLabel;
import org.banmap.testing.Bans;
import org.banmap.testing.Styles;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;
import org.junit.jupiter.api.Test;

/** What the overlay says and where its colours come from. */
class OverlayTest {
  private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
  private static final MapView VIEW = MapView.contain(Projection.PLATE_CARREE, BoundingBox.WORLD, 320, 180);

  @Test
  void zonesReadAsTheirShortNames() {
    Instant summer = Instant.parse("2026-07-01T12:00:00Z");
    Instant winter = Instant.parse("2026-01-01T12:00:00Z");
    for (String utc : new String[] {"Z", "UTC", "Etc/UTC", "GMT", "Etc/GMT", "UTC+0", "GMT0", "+00:00", "Etc/UCT"}) {
      assertEquals("UTC", ZoneLabel.of(ZoneId.of(utc), summer), utc);
    }
    assertEquals("UTC+2", ZoneLabel.of(ZoneId.of("+02:00"), summer));
    assertEquals("UTC-3:30", ZoneLabel.of(ZoneOffset.ofHoursMinutes(-3, -30), summer));
    assertEquals("UTC+5:45", ZoneLabel.of(ZoneId.of("UTC+05:45"), summer));
    assertEquals("UTC-5", ZoneLabel.of(ZoneId.of("Etc/GMT+5"), summer), "POSIX sign: Etc/GMT+5 is five hours behind");
    assertEquals("CEST", ZoneLabel.of(ZoneId.of("Europe/Paris"), summer));
    assertEquals("CET", ZoneLabel.of(ZoneId.of("Europe/Paris"), winter));
    assertEquals("GMT", ZoneLabel.of(ZoneId.of("Europe/London"), winter));
    assertEquals("BST", ZoneLabel.of(ZoneId.of("Europe/London"), summer));
    String other = ZoneLabel.of(ZoneId.of("Asia/Kathmandu"), summer);
    assertTrue(!other.startsWith("GMT") && !other.contains("/"), other);
  }

  @Test
  void theClockShowsTheZoneShortName() {
    String[] text = Clock.text(T0.atZone(ZoneId.of("Etc/UTC")));
    assertEquals("Thu 1 Oct 2026  00:00", text[0]);
    assertEquals("UTC", text[1]);
  }

  /**
   * "bans since" counts what it says: from the plan's start, not every ban loaded. Here two bans
   * come before the video starts (the plan's start, e.g. --from or the bulk of the data), three
   * after, and frame 9 shows the end: 3 bans since the start, 1 on the map.
   */
  @Test
  void theCounterCountsBansSinceThePrintedStart() {
    Timeline timeline = Timeline.of(List.of(
        Bans.at("2026-09-30T20:00:00Z", 0, 0), Bans.at("2026-09-30T23:59:59Z", 0, 0),
        Bans.at("2026-10-01T00:00:00Z", 0, 0), Bans.at("2026-10-01T03:00:00Z", 0, 0),
        Bans.at("2026-10-01T08:30:00Z", 0, 0)));
    FramePlan plan = new FramePlan(T0, T0.plus(Duration.ofHours(9)), 10, 10, Duration.ofHours(1));
    FrameRenderer renderer = new FrameRenderer(VIEW, Background.filled(Color.BLACK), timeline, plan,
        Styles.fadeRed(), List.of(), List.of());
    BanCounter counter = new BanCounter(ZoneOffset.UTC, OverlayLayout.forFrame(320, 180), OverlayTheme.ON_DARK);
    assertEquals("3 bans since 1 Oct 2026 00:00 \u00b7 1 on the map", counter.text(renderer.context(9)));
    // At the start the ban a second before it is still on the map, but not counted as since the start.
    assertEquals("1 ban since 1 Oct 2026 00:00 \u00b7 2 on the map", counter.text(renderer.context(0)));
    assertEquals("2 bans since 1 Oct 2026 02:00 \u00b7 0 on the map",
        new BanCounter(ZoneOffset.ofHours(2), OverlayLayout.forFrame(320, 180), OverlayTheme.ON_DARK)
            .text(renderer.context(5)));

    // A still (preview of one instant) counts from the first ban, and says so.
    FramePlan still = new FramePlan(T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofHours(4)), 1, 10,
        Duration.ofHours(1));
    FrameRenderer preview = new FrameRenderer(VIEW, Background.filled(Color.BLACK), timeline, still,
        Styles.fadeRed(), List.of(), List.of());
    assertEquals("4 bans since 30 Sep 2026 20:00 \u00b7 0 on the map", counter.text(preview.context(0)));
  }

  @Test
  void theThemeFollowsTheBackgroundsDarkness() {
    assertSame(OverlayTheme.ON_DARK, OverlayTheme.forBackdrop(filled(0x0b1622)));
    assertSame(OverlayTheme.ON_LIGHT, OverlayTheme.forBackdrop(filled(0xf5f3ee)));
  }

  @Test
  void theStandardOverlayDrawsInTheThemesColours() {
    Timeline timeline = Timeline.of(List.of(Bans.at("2026-10-01T01:00:00Z", 0, 0)));
    FramePlan plan = new FramePlan(T0, T0.plus(Duration.ofHours(9)), 10, 10, Duration.ofHours(4));
    OverlayTheme green = new OverlayTheme(new Color(0x00ff00), new Color(0x00ff00), new Color(0, 0, 0, 0),
        new Color(0x00ff00));
    List<OverlayElement> elements = StandardOverlay.elements(ZoneOffset.UTC, "credit", green, VIEW, timeline, plan);
    assertEquals(4, elements.size(), "clock, counter, strip, attribution");
    FrameRenderer renderer = new FrameRenderer(VIEW, Background.filled(Color.BLACK), timeline, plan,
        Styles.linearFade("#ff0000", 1), List.of(), elements);
    BufferedImage frame = renderer.newFrame();
    renderer.render(3, frame);
    int green0 = 0;
    int other = 0;
    for (int y = 0; y < frame.getHeight(); y++) {
      for (int x = 0; x < frame.getWidth(); x++) {
        int p = frame.getRGB(x, y) & 0xffffff;
        if (p != 0 && (p & 0xff00ff) == 0) {
          green0++;
        } else if (p != 0 && (p & 0x00ff00) == 0 && (p & 0xff0000) == 0) {
          other++;
        }
      }
    }
    assertTrue(green0 > 200, "text and strip drawn in the theme's green: " + green0 + " px");
    assertEquals(0, other, "no colour outside the theme (and the red ban dot)");
    FramePlan still = new FramePlan(T0, T0, 1, 10, Duration.ofHours(1));
    assertEquals(3, StandardOverlay.elements(ZoneOffset.UTC, "c", green, VIEW, timeline, still).size(),
        "a still has no activity strip");
  }

  private static BufferedImage filled(int rgb) {
    BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    Background.filled(new Color(rgb)).paint(null, image);
    return image;
  }
}
