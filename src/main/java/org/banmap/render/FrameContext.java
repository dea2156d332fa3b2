package org.banmap.render;

import java.time.Instant;
import org.banmap.map.MapView;
import org.banmap.timeline.FramePlan;

/**
 * Everything one frame is a function of: its index in the plan, the data time it shows, the view,
 * and which bans are visible (timeline indexes {@code [firstBan, endBan)}, oldest first), plus the
 * count the overlay prints: {@code bansSince} bans from {@code countedSince} up to the frame time.
 * The background, the ban layer and every overlay element draw from this alone.
 */
public record FrameContext(int index, FramePlan plan, MapView view, int firstBan, int endBan, Instant countedSince,
    int bansSince) {
  public FrameContext {
    if (index < 0 || index >= plan.frameCount()) {
      throw new IllegalArgumentException("frame " + index + " is outside the plan of " + plan.frameCount());
    }
    if (firstBan < 0 || endBan < firstBan || bansSince < 0) {
      throw new IllegalArgumentException("bad ban window " + firstBan + ".." + endBan + ", since " + bansSince);
    }
  }

  /** The data time the frame shows, in epoch milliseconds. */
  public long epochMillis() {
    return plan.epochMillisAt(index);
  }

  public Instant time() {
    return plan.timeAt(index);
  }

  /** How many bans are on the map in this frame. */
  public int visibleBans() {
    return endBan - firstBan;
  }

  /** How far through the plan's time span the frame is, 0 to 1 (0 for a plan of no span). */
  public double progress() {
    double span = plan.end().toEpochMilli() - plan.start().toEpochMilli();
    if (span <= 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, (epochMillis() - plan.start().toEpochMilli()) / span));
  }
}
