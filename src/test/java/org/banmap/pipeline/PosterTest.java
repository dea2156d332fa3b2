package org.banmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.banmap.map.BoundingBox;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.render.Background;
import org.banmap.render.FrameRenderer;
import org.banmap.testing.Bans;
import org.banmap.testing.Styles;
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
    MapView view = MapView.contain(Projection.PLATE_CARREE, BoundingBox.WORLD, 64, 32);
    FrameRenderer renderer = new FrameRenderer(view, Background.filled(java.awt.Color.BLACK), timeline, plan,
        Styles.fadeRed(), List.of(), List.of());
    assertEquals(5, Poster.busiestFrame(renderer));
  }
}
