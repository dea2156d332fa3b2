package org.banmap.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.banmap.map.MapView;
import org.banmap.style.MapStyle;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/**
 * Draws one video frame as a function of its {@link FrameContext}: the {@link Background}, then
 * every ban of {@code [t - fade, t]} oldest first through the ban style, then each {@link
 * OverlayElement} in order. Each frame finds its bans by binary search in the timeline.
 *
 * <p>{@link #render} may be called from several threads at once with different target images.
 */
public final class FrameRenderer {
  private final MapView view;
  private final Background background;
  private final Timeline timeline;
  private final FramePlan plan;
  private final StyledBans bans;
  private final List<OverlayElement> overlay;
  private final Instant countedSince;
  private final int countedFrom;

  /**
   * A renderer of {@code plan}'s frames of {@code timeline} in {@code view}; {@code banStyle}'s
   * ExternalGraphics may come from {@code allowedResourceDirs}; {@code overlay} is drawn in order
   * (empty for none).
   */
  public FrameRenderer(MapView view, Background background, Timeline timeline, FramePlan plan, MapStyle banStyle,
      List<Path> allowedResourceDirs, List<OverlayElement> overlay) {
    this.view = Objects.requireNonNull(view, "view");
    this.background = Objects.requireNonNull(background, "background");
    this.timeline = timeline;
    this.plan = plan;
    this.bans = new StyledBans(banStyle, allowedResourceDirs, timeline, plan);
    this.overlay = List.copyOf(overlay);
    this.countedSince = countedSince(timeline, plan);
    this.countedFrom = timeline.firstAtOrAfter(countedSince.toEpochMilli());
  }

  /**
   * Where the ban count starts: the plan's start for a video; for a single frame (a preview of
   * one instant, whose plan starts at that instant) the first ban, so the count is not always 0.
   */
  private static Instant countedSince(Timeline timeline, FramePlan plan) {
    if (plan.frameCount() > 1 || timeline.isEmpty() || timeline.epochMillis(0) >= plan.start().toEpochMilli()) {
      return plan.start();
    }
    return Instant.ofEpochMilli(timeline.epochMillis(0));
  }

  public MapView view() {
    return view;
  }

  public FramePlan plan() {
    return plan;
  }

  /** A frame buffer of the right size and type for {@link #render}. */
  public BufferedImage newFrame() {
    return new BufferedImage(view.widthPx(), view.heightPx(), BufferedImage.TYPE_INT_RGB);
  }

  /** First and end (exclusive) timeline index of the bans visible in frame {@code index}. */
  public int[] window(int index) {
    long t = plan.epochMillisAt(index);
    long fadeMillis = plan.fade().toMillis();
    // A ban at exactly t - fade has opacity 0, so the window starts just after it.
    int first = timeline.firstAtOrAfter(t - fadeMillis + 1);
    int end = timeline.endAtOrBefore(t);
    return new int[] {first, Math.max(first, end)};
  }

  /** What frame {@code index} is drawn from. */
  public FrameContext context(int index) {
    int[] w = window(index);
    // The window ends at the last ban up to the frame time: the same end the count runs to.
    return new FrameContext(index, plan, view, w[0], w[1], countedSince, Math.max(0, w[1] - countedFrom));
  }

  /** Renders frame {@code index} into {@code target} (from {@link #newFrame()}). */
  public void render(int index, BufferedImage target) {
    FrameContext frame = context(index);
    background.paint(frame, target);
    bans.paint(target, frame);
    if (overlay.isEmpty()) {
      return;
    }
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      for (OverlayElement element : overlay) {
        element.paint(g, frame);
      }
    } finally {
      g.dispose();
    }
  }
}
