package org.banmap.render;

import java.nio.file.Path;
import java.util.List;
import org.banmap.render.style.MapTransform;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import org.banmap.timeline.BanFeature;
import org.banmap.timeline.BanFeatures;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/**
 * The bans of a frame drawn through the ban style: each visible ban becomes a {@link BanFeature}
 * (one flyweight per frame, moved from ban to ban) and its point symbols are stamped into the
 * frame's pixels by the painter's sprite cache, so styled points cost about as much as plain dots.
 * The env of every frame has {@code frame_time} (ISO instant), {@code frame_index} and {@code
 * scale} (the view's scale denominator). Safe for concurrent frames.
 */
final class StyledBans {
  private final BanFeatures features;
  private final FramePlan plan;
  private final double scale;
  private final double[] x;
  private final double[] y;

  StyledBans(MapStyle style, List<Path> allowedResourceDirs, Viewport viewport, Timeline timeline, FramePlan plan) {
    this.features = BanFeatures.of(timeline);
    this.plan = plan;
    this.scale = MapTransform.of(viewport).scaleDenominator();
    this.x = new double[timeline.size()];
    this.y = new double[timeline.size()];
    for (int i = 0; i < timeline.size(); i++) {
      x[i] = viewport.x(timeline.ban(i).place().lon());
      y[i] = viewport.y(timeline.ban(i).place().lat());
    }
  }

  /** The env of frame {@code index}: built once per frame, never per ban. */
  StyleEnv env(int index) {
    return StyleEnv.atScale(scale)
        .with("frame_time", plan.timeAt(index).toString())
        .with("frame_index", index);
  }

  /** Stamps bans {@code first} to {@code end} (exclusive, oldest first) of frame {@code index}. */
  void paint(int[] pixels, int width, int height, int index, int first, int end) {
    BanFeature ban = features.at(plan.epochMillisAt(index), plan.fade().toMillis());
    StyleEnv env = env(index);
    for (int i = first; i < end; i++) {
      ban.moveTo(i);
      throw new UnsupportedOperationException("StylePainter point path not merged yet");
    }
  }
}
