package org.banmap.render;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.banmap.map.Feature;
import org.banmap.render.style.StylePainter;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import org.banmap.timeline.BanFeature;
import org.banmap.timeline.BanFeatures;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/**
 * The bans of a frame drawn through the ban style: each visible ban becomes a {@link BanFeature}
 * (one flyweight per frame, moved from ban to ban, so no per-ban maps) stamped by the style
 * painter's point fast path ({@link StylePainter#paintPoints}: cached sprites, not Java2D per
 * point), projected through the frame's view. The env of every frame has {@code frame_time} (ISO
 * instant), {@code frame_index} and {@code scale} (the view's scale denominator). Safe for
 * concurrent frames.
 */
final class StyledBans {
  private final MapStyle style;
  private final StylePainter painter;
  private final BanFeatures features;
  private final FramePlan plan;

  StyledBans(MapStyle style, List<Path> allowedResourceDirs, Timeline timeline, FramePlan plan) {
    this.style = style;
    this.painter = StylePainter.forStyle(style, allowedResourceDirs);
    this.features = BanFeatures.of(timeline);
    this.plan = plan;
  }

  /** The env of a frame: built once per frame, never per ban. */
  static StyleEnv env(FrameContext frame) {
    return StyleEnv.atScale(frame.view().scaleDenominator())
        .with("frame_time", frame.time().toString())
        .with("frame_index", frame.index());
  }

  /** Paints the frame's visible bans (oldest first) onto {@code target}. */
  void paint(BufferedImage target, FrameContext frame) {
    BanFeature ban = features.at(frame.epochMillis(), plan.fade().toMillis());
    int first = frame.firstBan();
    int end = frame.endBan();
    Iterable<Feature> visible = () -> new Iterator<>() {
      private int next = first;

      @Override
      public boolean hasNext() {
        return next < end;
      }

      @Override
      public Feature next() {
        if (next >= end) {
          throw new NoSuchElementException();
        }
        return ban.moveTo(next++);
      }
    };
    painter.paintPoints(target, frame.view(), style, visible, env(frame));
  }
}
