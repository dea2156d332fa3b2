package org.banmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.banmap.geo.BoundingBox;
import org.banmap.render.DotStyle;
import org.banmap.render.FrameRenderer;
import org.banmap.render.Overlay;
import org.banmap.render.Viewport;
import org.banmap.testing.Bans;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;
import org.junit.jupiter.api.Test;

class PosterTest {
  @Test
  void picksTheMostVisibleFrameAndTheEarliestOfEquals() {
    assertEquals(2, Poster.busiestFrame(5, i -> new int[] {1, 4, 7, 7, 2}[i]));
    assertEquals(0, Poster.busiestFrame(3, i -> 0), "an empty map: the first frame");
    assertEquals(0, Poster.busiestFrame(1, i -> 9));
  }

  @Test
  void countsTheBansEachFrameShows() {
    // Ten frames over 9 hours, one per hour; 2-hour fade. A burst of three bans at 04:30 is
    // visible in the frames at 05:00 and 06:00; the lone bans at 01:10 and 07:50 never overlap.
    Timeline timeline = Timeline.of(List.of(
        Bans.at("2026-10-01T01:10:00Z", 2, 48),
        Bans.at("2026-10-01T04:30:00Z", 10, 50),
        Bans.at("2026-10-01T04:30:01Z", 11, 50),
        Bans.at("2026-10-01T04:30:02Z", 12, 50),
        Bans.at("2026-10-01T07:50:00Z", 20, 40)));
    FramePlan plan = new FramePlan(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-01T09:00:00Z"),
        10, 10, Duration.ofHours(2));
    Viewport viewport = new Viewport(BoundingBox.WORLD, 64, 32);
    FrameRenderer renderer = new FrameRenderer(viewport, new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB),
        timeline, plan, DotStyle.forImageHeight(32), Overlay.none());
    assertEquals(5, Poster.busiestFrame(renderer));
  }
}
