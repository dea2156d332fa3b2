package org.banmap.pipeline;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.time.ZoneId;
import org.banmap.basemap.Basemap;
import org.banmap.basemap.StyledMap;
import org.banmap.basemap.WorldAtlas;
import org.banmap.render.FrameRenderer;
import org.banmap.render.Overlay;
import org.banmap.render.Viewport;
import org.banmap.render.style.MapTransform;
import org.banmap.report.RunSummary;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/**
 * Builds the frame renderer for a timeline and a frame plan: the view, the basemap background,
 * the ban style and the overlay. The one place in the pipeline that knows how the render and
 * basemap stages are put together.
 */
final class MapRenderers {
  private MapRenderers() {}

  static FrameRenderer create(Timeline timeline, FramePlan plan, RenderSettings settings, String geoAttribution,
      RunSummary summary, PrintWriter err) {
    RenderSettings.Styles styles = settings.styles();
    RenderSettings.Frames frames = settings.frames();
    MapStyle banStyle = summary.time("style", () -> StyleFiles.read(styles.banStyle(), err));
    MapStyle basemapStyle = StyleFiles.read(styles.basemapStyle(), err);
    Viewport viewport = new Viewport(frames.bbox(), frames.widthPx(), frames.heightPx());
    BufferedImage background = summary.time("basemap", () -> background(viewport, frames, styles, basemapStyle));
    ZoneId zone = settings.input().zone();
    Overlay overlay = frames.overlay() ? Overlay.of(zone, credit(geoAttribution)) : Overlay.none();
    return new FrameRenderer(viewport, background, timeline, plan, banStyle, styles.allowedResourceDirs(), overlay);
  }

  /** The attribution every frame and the HTML snippet carry. */
  static String credit(String geoAttribution) {
    return WorldAtlas.ATTRIBUTION + " \u00b7 " + geoAttribution + " \u00b7 banmap";
  }

  /** The static part of every frame, drawn once per view through the basemap style. */
  private static BufferedImage background(Viewport viewport, RenderSettings.Frames frames, RenderSettings.Styles styles,
      MapStyle style) {
    WorldAtlas.Resolution detail = frames.basemapDetail() != null
        ? frames.basemapDetail()
        : WorldAtlas.Resolution.forView(viewport);
    Basemap basemap = WorldAtlas.load(detail);
    MapTransform view = MapTransform.of(viewport);
    return StyledMap.basemap(basemap, style, styles.allowedResourceDirs(), view)
        .image(view, Color.BLACK, StyleEnv.atScale(view.scaleDenominator()));
  }
}
