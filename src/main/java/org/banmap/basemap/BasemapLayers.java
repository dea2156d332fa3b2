package org.banmap.basemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.banmap.map.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The basemap as style features, by the layer names a basemap SLD uses for its {@code NamedLayer}s:
 *
 * <ul>
 *   <li>{@code ocean}: one rectangle covering the whole view (the sea, and the bands outside the
 *       world when the view is wider than it), attribute {@code kind = ocean};
 *   <li>{@code countries}: one polygon feature per country with its Natural Earth properties
 *       ({@code name}, {@code id});
 *   <li>{@code borders}: per country its coast and border lines, without the edges that only exist
 *       because a shape was cut at ±180° or closed at a pole, with the same properties.
 * </ul>
 *
 * Any other layer name gets the countries.
 */
public final class BasemapLayers {
  public static final String OCEAN = "ocean";
  public static final String COUNTRIES = "countries";
  public static final String BORDERS = "borders";

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final List<Feature> countries;
  private final List<Feature> borders;

  public BasemapLayers(Basemap basemap) {
    List<Feature> polygons = new ArrayList<>();
    List<Feature> lines = new ArrayList<>();
    for (BasemapFeature country : basemap.features()) {
      polygons.add(MapFeature.of(country));
      Geometry outline = outline(country.geometry());
      if (!outline.isEmpty()) {
        lines.add(new MapFeature(country.id(), outline, country.properties()));
      }
    }
    this.countries = List.copyOf(polygons);
    this.borders = List.copyOf(lines);
  }

  private BasemapLayers(List<Feature> countries, List<Feature> borders) {
    this.countries = countries;
    this.borders = borders;
  }

  /**
   * The same layers with every shape simplified (Douglas-Peucker) to {@code toleranceDegrees}:
   * drawn at a scale where that is a fraction of a pixel, the picture hardly changes, but 50m
   * Natural Earth has several vertices per pixel of a world map, and stroking them costs most of
   * the drawing. Shapes that vanish are left out. Borders are simplified from the full outlines,
   * so they stay on the simplified coast within the tolerance.
   */
  public BasemapLayers simplified(double toleranceDegrees) {
    return new BasemapLayers(simplify(countries, toleranceDegrees), simplify(borders, toleranceDegrees));
  }

  private static List<Feature> simplify(List<Feature> features, double tolerance) {
    List<Feature> out = new ArrayList<>(features.size());
    for (Feature f : features) {
      DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(f.geometry());
      simplifier.setDistanceTolerance(tolerance);
      // Repairing self-intersections would cost a buffer per polygon; the painter fills them fine.
      simplifier.setEnsureValid(false);
      Geometry g = simplifier.getResultGeometry();
      if (!g.isEmpty()) {
        MapFeature m = (MapFeature) f;
        out.add(new MapFeature(m.id(), g, m.properties()));
      }
    }
    return List.copyOf(out);
  }

  /** The features of the layer called {@code name} (case-insensitive) in a view showing {@code visible}. */
  public List<Feature> layer(String name, Envelope visible) {
    String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (key.equals(OCEAN) || key.equals("sea") || key.equals("background")) {
      Envelope e = new Envelope(visible);
      e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.01 + 1e-9);
      return List.of(new MapFeature(OCEAN, GEOMETRY.toGeometry(e), Map.of("kind", OCEAN)));
    }
    if (key.equals(BORDERS) || key.equals("coastlines") || key.equals("boundaries")) {
      return borders;
    }
    return countries;
  }

  /** The rings of every polygon as lines, split where they run along ±180° or a pole. */
  static Geometry outline(Geometry shape) {
    List<LineString> lines = new ArrayList<>();
    for (int i = 0; i < shape.getNumGeometries(); i++) {
      Geometry part = shape.getGeometryN(i);
      if (part instanceof Polygon) {
        Polygon polygon = (Polygon) part;
        addRing(polygon.getExteriorRing(), lines);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          addRing(polygon.getInteriorRingN(h), lines);
        }
      }
    }
    return GEOMETRY.createMultiLineString(lines.toArray(LineString[]::new));
  }

  private static void addRing(LineString ring, List<LineString> lines) {
    CoordinateSequence seq = ring.getCoordinateSequence();
    List<Coordinate> run = new ArrayList<>();
    for (int i = 0; i < seq.size(); i++) {
      Coordinate c = seq.getCoordinateCopy(i);
      if (!run.isEmpty() && onMapEdge(run.get(run.size() - 1), c)) {
        flush(run, lines);
      }
      run.add(c);
    }
    flush(run, lines);
  }

  private static void flush(List<Coordinate> run, List<LineString> lines) {
    if (run.size() >= 2) {
      lines.add(GEOMETRY.createLineString(run.toArray(Coordinate[]::new)));
    }
    run.clear();
  }

  private static boolean onMapEdge(Coordinate a, Coordinate b) {
    return (a.x == b.x && Math.abs(a.x) == 180) || (a.y == b.y && Math.abs(a.y) == 90);
  }
}
