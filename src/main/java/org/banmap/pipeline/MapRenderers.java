package org.banmap.pipeline;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import org.banmap.basemap.WorldAtlas;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.render.BasemapBackground;
import org.banmap.render.FrameRenderer;
import org.banmap.render.OverlayElement;
import org.banmap.render.overlay.OverlayTheme;
import org.banmap.render.overlay.StandardOverlay;
import org.banmap.report.RunSummary;
import org.banmap.style.MapStyle;
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
    MapView view = MapView.contain(Projection.PLATE_CARREE, frames.bbox(), frames.widthPx(), frames.heightPx());
    // Loaded inside the timed drawing below, so the summary's basemap time includes reading it.
    WorldAtlas.Resolution detail = frames.basemapDetail();
    BasemapBackground background = detail == null
        ? BasemapBackground.builtIn(basemapStyle, styles.allowedResourceDirs())
        : new BasemapBackground(v -> WorldAtlas.load(detail), basemapStyle, styles.allowedResourceDirs());
    // Drawn here, once, so the summary times the basemap; frames copy the cached image.
    OverlayTheme theme = OverlayTheme.forBackdrop(summary.time("basemap", () -> background.image(view)));
    ZoneId zone = settings.input().zone();
    List<OverlayElement> overlay = frames.overlay()
        ? StandardOverlay.elements(zone, credit(geoAttribution), theme, view, timeline, plan)
        : List.of();
    return new FrameRenderer(view, background, timeline, plan, banStyle, styles.allowedResourceDirs(), overlay);
  }

  /** The attribution every frame and the HTML snippet carry. */
  static String credit(String geoAttribution) {
    return WorldAtlas.ATTRIBUTION + " \u00b7 " + geoAttribution + " \u00b7 banmap";
  }
}
