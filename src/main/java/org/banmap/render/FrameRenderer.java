package org.banmap.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.List;
import org.banmap.geo.GeoPlace;
import org.banmap.geo.LocatedBans;
import org.banmap.style.MapStyle;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/**
 * Draws one video frame: the cached basemap, then every ban of {@code [t - fade, t]} oldest first
 * as a dot whose opacity falls linearly with its age, then the overlay. Ban positions are projected
 * once up front; each frame finds its bans by binary search in the timeline.
 *
 * <p>{@link #render} may be called from several threads at once with different target images.
 */
public final class FrameRenderer {
  private final Viewport viewport;
  private final int[] background;
  private final Timeline timeline;
  private final FramePlan plan;
  /** The legacy fixed dot ({@link DotStyle}); null when bans are drawn through a style. */
  private final DotStamp stamp;
  /** The ban style's point painter; null for the legacy dot. */
  private final StyledBans styled;
  private final OverlayPainter overlay;
  private final int[] screenX;
  private final int[] screenY;

  /** Bans drawn through an SLD style (point symbolizers, stamped by the painter's fast path). */
  public FrameRenderer(Viewport viewport, BufferedImage basemap, Timeline timeline, FramePlan plan,
      MapStyle banStyle, List<Path> allowedResourceDirs, Overlay overlay) {
    this(viewport, basemap, timeline, plan, null, new StyledBans(banStyle, allowedResourceDirs, viewport, timeline, plan), overlay);
  }

  /** Bans drawn as the fixed dot of {@link DotStyle}. */
  public FrameRenderer(
      Viewport viewport, BufferedImage basemap, Timeline timeline, FramePlan plan, DotStyle dots, Overlay overlay) {
    this(viewport, basemap, timeline, plan, dots, null, overlay);
  }

  private FrameRenderer(Viewport viewport, BufferedImage basemap, Timeline timeline, FramePlan plan,
      DotStyle dots, StyledBans styled, Overlay overlay) {
    if (basemap.getWidth() != viewport.widthPx() || basemap.getHeight() != viewport.heightPx()) {
      throw new IllegalArgumentException("basemap image size differs from the viewport");
    }
    this.viewport = viewport;
    this.background = pixels(toIntRgb(basemap)).clone();
    this.timeline = timeline;
    this.plan = plan;
    this.stamp = dots == null ? null : new DotStamp(dots);
    this.styled = styled;
    this.overlay = new OverlayPainter(overlay, viewport.widthPx(), viewport.heightPx(), timeline, plan,
        OverlayPainter.isDark(background));
    this.screenX = new int[timeline.size()];
    this.screenY = new int[timeline.size()];
    LocatedBans bans = timeline.bans();
    for (int i = 0; i < timeline.size(); i++) {
      GeoPlace p = bans.place(i);
      screenX[i] = (int) Math.floor(viewport.x(p.lon()));
      screenY[i] = (int) Math.floor(viewport.y(p.lat()));
    }
  }

  public Viewport viewport() {
    return viewport;
  }

  public FramePlan plan() {
    return plan;
  }

  /** A frame buffer of the right size and type for {@link #render}. */
  public BufferedImage newFrame() {
    return new BufferedImage(viewport.widthPx(), viewport.heightPx(), BufferedImage.TYPE_INT_RGB);
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

  /** Renders frame {@code index} into {@code target} (from {@link #newFrame()}). */
  public void render(int index, BufferedImage target) {
    int[] px = pixels(target);
    System.arraycopy(background, 0, px, 0, background.length);
    long t = plan.epochMillisAt(index);
    double fadeMillis = plan.fade().toMillis();
    int[] w = window(index);
    int width = viewport.widthPx();
    int height = viewport.heightPx();
    if (styled != null) {
      styled.paint(target, index, w[0], w[1]);
      overlay.paint(target, plan.timeAt(index), timeline.endAtOrBefore(t), w[1] - w[0]);
      return;
    }
    for (int i = w[0]; i < w[1]; i++) {
      double age = (t - timeline.epochMillis(i)) / fadeMillis;
      stamp.stamp(px, width, height, screenX[i], screenY[i], 1 - age);
    }
    overlay.paint(target, plan.timeAt(index), timeline.endAtOrBefore(t), w[1] - w[0]);
  }

  private static int[] pixels(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("frames must be TYPE_INT_RGB");
    }
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }

  private static BufferedImage toIntRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    copy.getGraphics().drawImage(image, 0, 0, null);
    return copy;
  }
}
