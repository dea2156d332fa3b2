package org.banmap.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.banmap.basemap.Basemap;
import org.banmap.basemap.BasemapLayers;
import org.banmap.basemap.WorldAtlas;
import org.banmap.map.MapView;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;

/**
 * The basemap drawn through its SLD style as the frame background. The picture depends only on
 * the view, so it is drawn on the first frame of a view and copied into every frame after.
 */
public final class BasemapBackground implements Background {
  /** Views kept drawn; a video has one, a preview session a few. */
  private static final int MAX_VIEWS = 4;
  /**
   * Shapes are simplified to this fraction of a pixel before drawing: invisible at that size
   * (antialiased edges move by at most a tenth of a pixel), yet it drops over half of 50m
   * Natural Earth's vertices in a world view, and stroking them was most of the drawing time.
   */
  static final double SIMPLIFY_PIXELS = 0.1;

  private final Function<MapView, Basemap> basemapForView;
  private final MapStyle style;
  private final List<Path> allowedResourceDirs;
  private final Map<MapView, BufferedImage> images = new ConcurrentHashMap<>();
  private final Map<LayersKey, BasemapLayers> simplified = new ConcurrentHashMap<>();

  public BasemapBackground(Function<MapView, Basemap> basemapForView, MapStyle style, List<Path> allowedResourceDirs) {
    this.basemapForView = Objects.requireNonNull(basemapForView, "basemapForView");
    this.style = Objects.requireNonNull(style, "style");
    this.allowedResourceDirs = List.copyOf(allowedResourceDirs);
  }

  /** The same basemap whatever the view. */
  public static BasemapBackground of(Basemap basemap, MapStyle style, List<Path> allowedResourceDirs) {
    Objects.requireNonNull(basemap, "basemap");
    return new BasemapBackground(view -> basemap, style, allowedResourceDirs);
  }

  /** The built-in countries at the coarsest resolution that looks sharp in each view ({@code --basemap-detail auto}). */
  public static BasemapBackground builtIn(MapStyle style, List<Path> allowedResourceDirs) {
    return new BasemapBackground(view -> WorldAtlas.load(WorldAtlas.Resolution.forView(view)), style,
        allowedResourceDirs);
  }

  /**
   * The background of {@code view}, drawn on the first call and the same instance after. It is
   * shared: copy it, never draw on it.
   */
  public BufferedImage image(MapView view) {
    BufferedImage image = images.get(view);
    if (image != null) {
      return image;
    }
    if (images.size() >= MAX_VIEWS) {
      images.clear();
    }
    return images.computeIfAbsent(view, this::draw);
  }

  private BufferedImage draw(MapView view) {
    // Black under the style: a basemap style without an ocean layer shows a black sea.
    return StyledMap.basemap(layers(basemapForView.apply(view), view), style, allowedResourceDirs, view)
        .image(view, Color.BLACK, StyleEnv.atScale(view.scaleDenominator()));
  }

  /**
   * The basemap's layers simplified for the view's scale, made once per basemap and tolerance:
   * views of about the same scale (a moving camera) share them.
   */
  private BasemapLayers layers(Basemap basemap, MapView view) {
    double tolerance = simplifyTolerance(view.degreesPerPixel());
    return simplified.computeIfAbsent(new LayersKey(basemap, tolerance),
        k -> new BasemapLayers(k.basemap()).simplified(k.tolerance()));
  }

  /**
   * {@link #SIMPLIFY_PIXELS} of a pixel in degrees, rounded down to a power of 2^(1/4) so that
   * nearby scales share one simplification while none is more than 16% finer than it needs to be.
   */
  static double simplifyTolerance(double degreesPerPixel) {
    double exact = SIMPLIFY_PIXELS * degreesPerPixel;
    return Math.pow(2, Math.floor(4 * Math.log(exact) / Math.log(2)) / 4);
  }

  private record LayersKey(Basemap basemap, double tolerance) {
    @Override
    public boolean equals(Object o) {
      // The same basemap instance: records would compare every shape.
      return o instanceof LayersKey k && k.basemap == basemap && k.tolerance == tolerance;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(basemap) * 31 + Double.hashCode(tolerance);
    }
  }

  @Override
  public void paint(FrameContext frame, BufferedImage target) {
    int[] from = Background.pixels(image(frame.view()));
    int[] to = Background.pixels(target);
    if (from.length != to.length) {
      throw new IllegalArgumentException("frame size differs from the view");
    }
    System.arraycopy(from, 0, to, 0, from.length);
  }
}
