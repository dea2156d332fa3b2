package org.banmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.banmap.basemap.Basemap;
import org.banmap.basemap.BasemapLayers;
import org.banmap.map.Feature;
import org.banmap.map.MapView;
import org.banmap.render.style.StylePainter;
import org.banmap.style.FeatureTypeStyle;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import org.locationtech.jts.geom.Envelope;

/**
 * Features drawn through SLD styles into one image, layers bottom first: the video's basemap
 * (features picked per NamedLayer by {@link BasemapLayers}, drawn by {@link BasemapBackground})
 * and {@code style render} (one GeoJSON file per style). Features are in lon/lat; the style
 * painter projects them through the view.
 */
public final class StyledMap {
  /** One style and the features it draws, chosen by the name of each FeatureTypeStyle's layer. */
  public record Layer(MapStyle style, Function<String, List<? extends Feature>> featuresByLayerName) {
    public Layer {
      Objects.requireNonNull(style, "style");
      Objects.requireNonNull(featuresByLayerName, "featuresByLayerName");
    }

    /** Every FeatureTypeStyle of {@code style} draws the same features. */
    public static Layer of(MapStyle style, List<? extends Feature> features) {
      return new Layer(style, name -> features);
    }
  }

  private final List<Layer> layers;
  private final List<Path> allowedResourceDirs;

  public StyledMap(List<Layer> layers, List<Path> allowedResourceDirs) {
    this.layers = List.copyOf(layers);
    this.allowedResourceDirs = List.copyOf(allowedResourceDirs);
  }

  /** The basemap drawn through {@code style}: its ocean, countries and borders layers by name. */
  public static StyledMap basemap(Basemap basemap, MapStyle style, List<Path> allowedResourceDirs, MapView view) {
    return basemap(new BasemapLayers(basemap), style, allowedResourceDirs, view);
  }

  /**
   * The basemap's layers drawn through {@code style}, leaving out shapes that lie wholly outside
   * the view (with a margin of a tenth of the view for wide strokes and symbols).
   */
  public static StyledMap basemap(BasemapLayers layers, MapStyle style, List<Path> allowedResourceDirs, MapView view) {
    Envelope visible = view.visibleLonLat();
    Envelope margin = new Envelope(visible);
    margin.expandBy(visible.getWidth() / 10, visible.getHeight() / 10);
    return new StyledMap(List.of(new Layer(style, name -> inView(layers.layer(name, visible), margin))),
        allowedResourceDirs);
  }

  private static List<Feature> inView(List<Feature> features, Envelope area) {
    List<Feature> in = new ArrayList<>(features.size());
    for (Feature f : features) {
      if (area.intersects(f.geometry().getEnvelopeInternal())) {
        in.add(f);
      }
    }
    return in;
  }

  /** A new opaque image of the view, filled with {@code background}, with every layer painted over it. */
  public BufferedImage image(MapView view, Color background, StyleEnv env) {
    BufferedImage image = new BufferedImage(view.widthPx(), view.heightPx(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(background);
      g.fillRect(0, 0, view.widthPx(), view.heightPx());
      paint(g, view, env);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Paints every layer in order onto {@code g}, whose origin is the view's top-left corner. */
  public void paint(Graphics2D g, MapView view, StyleEnv env) {
    for (Layer layer : layers) {
      // Consecutive FeatureTypeStyles of one NamedLayer share its features.
      List<FeatureTypeStyle> run = new ArrayList<>();
      String runLayer = null;
      for (FeatureTypeStyle fts : layer.style().featureTypeStyles()) {
        if (!run.isEmpty() && !Objects.equals(runLayer, fts.layerName())) {
          paintRun(g, view, env, layer, run, runLayer);
          run.clear();
        }
        runLayer = fts.layerName();
        run.add(fts);
      }
      if (!run.isEmpty()) {
        paintRun(g, view, env, layer, run, runLayer);
      }
    }
  }

  private void paintRun(Graphics2D g, MapView view, StyleEnv env, Layer layer, List<FeatureTypeStyle> run, String layerName) {
    MapStyle s = layer.style();
    MapStyle part = new MapStyle(s.name(), s.title(), run, s.source(), s.baseDir());
    paintStyle(g, view, env, part, layer.featuresByLayerName().apply(layerName));
  }

  private void paintStyle(Graphics2D g, MapView view, StyleEnv env, MapStyle style, List<? extends Feature> features) {
    StylePainter.forStyle(style, allowedResourceDirs).paint(g, view, style, features, env);
  }
}
