package org.banmap.render;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.banmap.render.style.MapTransform;
import org.banmap.render.style.StylePainter;
import org.banmap.style.Feature;
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
 * point). The env of every frame has {@code frame_time} (ISO instant), {@code frame_index} and
 * {@code scale} (the view's scale denominator). Safe for concurrent frames.
 */
final class StyledBans {
  private final MapStyle style;
  private final StylePainter painter;
  private final BanFeatures features;
  private final FramePlan plan;
  private final MapTransform view;

  StyledBans(MapStyle style, List<Path> allowedResourceDirs, Viewport viewport, Timeline timeline, FramePlan plan) {
    this.style = style;
    this.painter = StylePainter.forStyle(style, allowedResourceDirs);
    this.features = BanFeatures.of(timeline);
    this.plan = plan;
    this.view = MapTransform.of(viewport);
  }

  /** The env of frame {@code index}: built once per frame, never per ban. */
  StyleEnv env(int index) {
    return StyleEnv.atScale(view.scaleDenominator())
        .with("frame_time", plan.timeAt(index).toString())
        .with("frame_index", index);
  }

  /** Paints bans {@code first} to {@code end} (exclusive, oldest first) of frame {@code index} onto {@code target}. */
  void paint(BufferedImage target, int index, int first, int end) {
    BanFeature ban = features.at(plan.epochMillisAt(index), plan.fade().toMillis());
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
    painter.paintPoints(target, view, style, visible, env(index));
  }
}
