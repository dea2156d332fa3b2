package org.banmap.render.overlay;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.banmap.map.MapView;
import org.banmap.render.OverlayElement;
import org.banmap.timeline.ActivityHistogram;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/**
 * The overlay every video gets unless {@code --no-overlay}: the clock and the ban counter at the
 * top left, the activity strip along the bottom (not for a single frame: a still has no timeline
 * to show a cursor on) and the attribution at the bottom right.
 */
public final class StandardOverlay {
  private StandardOverlay() {}

  public static List<OverlayElement> elements(ZoneId zone, String attribution, OverlayTheme theme, MapView view,
      Timeline timeline, FramePlan plan) {
    OverlayLayout layout = OverlayLayout.forFrame(view.widthPx(), view.heightPx());
    List<OverlayElement> elements = new ArrayList<>();
    elements.add(new Clock(zone, layout, theme));
    elements.add(new BanCounter(zone, layout, theme));
    if (plan.frameCount() > 1) {
      ActivityHistogram histogram = ActivityHistogram.of(timeline, plan.start().toEpochMilli(),
          plan.end().toEpochMilli(), ActivityStrip.columns(layout));
      elements.add(new ActivityStrip(histogram, layout, theme));
    }
    elements.add(new Attribution(attribution, layout, theme));
    return List.copyOf(elements);
  }
}
