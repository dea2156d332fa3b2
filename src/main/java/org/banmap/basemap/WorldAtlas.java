package org.banmap.basemap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.banmap.map.MapView;
import org.banmap.report.UserError;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads country shapes from world-atlas TopoJSON (the built-in {@code basemaps/countries-*.json},
 * or a user's file) into a {@link Basemap} in lon/lat degrees, cut at the antimeridian by {@link
 * AntimeridianCutter}. Decodes the topology itself: quantized, delta-encoded arcs, reversed arcs
 * ({@code ~i}), Polygon and MultiPolygon geometries of {@code objects.countries}, with each
 * country's {@code id} (ISO 3166-1 numeric) and {@code properties} such as {@code name}.
 */
public final class WorldAtlas {
  /** Natural Earth's scales as shipped by world-atlas; coarser loads and draws faster. */
  public enum Resolution {
    LOW_110M("110m"),
    MEDIUM_50M("50m"),
    HIGH_10M("10m");

    /**
     * Above this many degrees per pixel 110m is as sharp as 50m (its vertices are ~0.5° apart,
     * under two pixels), e.g. the whole world below ~450 px wide.
     */
    static final double LOW_MIN_DEGREES_PER_PIXEL = 0.8;
    /** Below this, 50m corners (~0.05° apart) would show; e.g. Europe in a 1920 px frame. */
    static final double MEDIUM_MIN_DEGREES_PER_PIXEL = 0.05;

    private final String label;

    Resolution(String label) {
      this.label = label;
    }

    /** {@code "110m"}, {@code "50m"} or {@code "10m"}, as in the file names. */
    public String label() {
      return label;
    }

    /** Parses {@code 110m}, {@code 50m} or {@code 10m}. */
    public static Resolution parse(String text) {
      for (Resolution r : values()) {
        if (r.label.equalsIgnoreCase(text.trim())) {
          return r;
        }
      }
      throw new IllegalArgumentException(
          "unknown basemap resolution '" + text + "' (expected 110m, 50m or 10m)");
    }

    /** The coarsest resolution that still looks sharp at this view's scale. */
    public static Resolution forView(MapView view) {
      double degreesPerPixel = view.degreesPerPixel();
      if (degreesPerPixel >= LOW_MIN_DEGREES_PER_PIXEL) {
        return LOW_110M;
      }
      return degreesPerPixel >= MEDIUM_MIN_DEGREES_PER_PIXEL ? MEDIUM_50M : HIGH_10M;
    }

    String resource() {
      return "basemaps/countries-" + label + ".json";
    }
  }

  public static final String ATTRIBUTION = "Natural Earth";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Map<Resolution, Basemap> BUILT_IN = new ConcurrentHashMap<>();

  private WorldAtlas() {}

  /** The built-in basemap at this resolution, read once per JVM and shared after. */
  public static Basemap load(Resolution resolution) {
    return BUILT_IN.computeIfAbsent(resolution, WorldAtlas::readBuiltIn);
  }

  /** Reads a user's TopoJSON file (not cached: the file may change between runs of a test). */
  public static Basemap load(Path topojson) {
    try (InputStream in = Files.newInputStream(topojson)) {
      return read(in, topojson.toString());
    } catch (NoSuchFileException e) {
      throw new UserError(
          "basemap file not found: "
              + topojson
              + " (pass a TopoJSON file such as world-atlas's countries-50m.json,"
              + " or use a built-in resolution: 110m, 50m or 10m)");
    } catch (IOException e) {
      throw new UserError("cannot read basemap file " + topojson + ": " + e.getMessage(), e);
    }
  }

  private static Basemap readBuiltIn(Resolution resolution) {
    String resource = resolution.resource();
    try (InputStream in = WorldAtlas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "built-in basemap "
                + resource
                + " is missing from the classpath; the jar was built without basemaps/"
                + " (rebuild it with mvn package)");
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in basemap " + resource, e);
    }
  }

  /** Reads a whole topology; {@code source} names it in error messages. */
  static Basemap read(InputStream in, String source) throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      return new TopologyReader(source).read(parser);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new UserError(
          "basemap "
              + source
              + " is not valid JSON"
              + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + ": "
              + e.getOriginalMessage()
              + " (pass a TopoJSON file such as world-atlas's countries-50m.json)",
          e);
    }
  }

  /** One read of one topology: its arcs, decoded once, and the source name for messages. */
  private static final class TopologyReader {
    private final String source;
    private double[][] arcs = new double[0][];

    TopologyReader(String source) {
      this.source = source;
    }

    Basemap read(JsonParser parser) throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notTopology("a JSON object");
      }
      String type = null;
      JsonNode transform = null;
      JsonNode objects = null;
      // Streaming, because the arcs are most of the file: a tree of one node per number would
      // cost several times the memory and time of the flat arrays read here.
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "type":
            type = parser.getValueAsString();
            break;
          case "transform":
            transform = JSON.readTree(parser);
            break;
          case "objects":
            objects = JSON.readTree(parser);
            break;
          case "arcs":
            arcs = readArcs(parser);
            break;
          default:
            parser.skipChildren();
        }
      }
      if (!"Topology".equals(type)) {
        throw notTopology("\"type\": \"Topology\"");
      }
      decodeArcs(transform);
      JsonNode countries = countries(objects);
      List<BasemapFeature> features = new ArrayList<>();
      AntimeridianCutter cutter = new AntimeridianCutter(FACTORY);
      addFeatures(countries, cutter, features);
      return new Basemap(features, ATTRIBUTION);
    }

    private UserError notTopology(String expected) {
      return new UserError(
          "basemap "
              + source
              + " is not TopoJSON: expected "
              + expected
              + " (pass a TopoJSON file such as world-atlas's countries-50m.json)");
    }

    private JsonNode countries(JsonNode objects) {
      if (objects == null || !objects.isObject()) {
        throw notTopology("an \"objects\" member");
      }
      if (objects.has("countries")) {
        return objects.get("countries");
      }
      if (objects.size() == 1) {
        return objects.elements().next();
      }
      List<String> names = new ArrayList<>();
      objects.properties().forEach(e -> names.add(e.getKey()));
      throw new UserError(
          "basemap "
              + source
              + " has no objects.countries and several other objects "
              + names
              + " (keep only the one with the country polygons, or name it \"countries\")");
    }

    /** Arcs as flat x,y arrays of raw numbers: still quantized and delta-encoded, if so. */
    private static double[][] readArcs(JsonParser parser) throws IOException {
      List<double[]> result = new ArrayList<>();
      double[] buffer = new double[1024];
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        int n = 0;
        while (parser.nextToken() == JsonToken.START_ARRAY) {
          if (n + 2 > buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
          }
          parser.nextToken();
          buffer[n++] = parser.getDoubleValue();
          parser.nextToken();
          buffer[n++] = parser.getDoubleValue();
          // Positions may carry extra values (e.g. elevation), which a flat map ignores.
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
          }
        }
        result.add(Arrays.copyOf(buffer, n));
      }
      return result.toArray(new double[0][]);
    }

    /** Undoes quantization: running sums of the deltas, then scale and translate. */
    private void decodeArcs(JsonNode transform) {
      if (transform == null) {
        return;
      }
      double sx = transform.path("scale").path(0).asDouble(1);
      double sy = transform.path("scale").path(1).asDouble(1);
      double tx = transform.path("translate").path(0).asDouble(0);
      double ty = transform.path("translate").path(1).asDouble(0);
      for (double[] arc : arcs) {
        double x = 0;
        double y = 0;
        for (int i = 0; i < arc.length; i += 2) {
          x += arc[i];
          y += arc[i + 1];
          arc[i] = x * sx + tx;
          arc[i + 1] = y * sy + ty;
        }
      }
    }

    private void addFeatures(JsonNode object, AntimeridianCutter cutter, List<BasemapFeature> into) {
      String type = object.path("type").asText();
      if ("GeometryCollection".equals(type)) {
        for (JsonNode child : object.path("geometries")) {
          addFeatures(child, cutter, into);
        }
        return;
      }
      String name = object.path("properties").path("name").asText("?");
      List<Polygon> polygons = new ArrayList<>();
      if ("Polygon".equals(type)) {
        addPolygon(object.path("arcs"), name, polygons);
      } else if ("MultiPolygon".equals(type)) {
        for (JsonNode polygon : object.path("arcs")) {
          addPolygon(polygon, name, polygons);
        }
      }
      // Points, lines and null geometries have no area to fill: skip them.
      if (polygons.isEmpty()) {
        return;
      }
      Geometry geometry =
          "Polygon".equals(type)
              ? polygons.get(0)
              : FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
      geometry = valid(cutter.cut(geometry));
      JsonNode id = object.get("id");
      into.add(
          new BasemapFeature(
              id == null || id.isNull() ? null : id.asText(),
              geometry,
              properties(object.path("properties"))));
    }

    /**
     * Repairs what quantization broke: at 10m, rings of some 50 countries cross themselves where
     * two coastline points fell onto the same grid step. The painter would cope, but JTS users
     * downstream (point-in-country tests) need valid shapes. Only the broken parts are fixed,
     * because fixing a whole country (Canada has hundreds of islands) takes most of a second.
     */
    private static Geometry valid(Geometry geometry) {
      if (geometry.isValid()) {
        return geometry;
      }
      List<Polygon> parts = new ArrayList<>();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        Geometry part = geometry.getGeometryN(i);
        Geometry fixed = part.isValid() ? part : GeometryFixer.fix(part);
        for (int k = 0; k < fixed.getNumGeometries(); k++) {
          if (fixed.getGeometryN(k) instanceof Polygon && !fixed.getGeometryN(k).isEmpty()) {
            parts.add((Polygon) fixed.getGeometryN(k));
          }
        }
      }
      Geometry result =
          parts.size() == 1 ? parts.get(0) : FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
      // Parts may overlap their neighbours (Japan's at 10m); merging them is what a union does.
      return result.isValid() ? result : result.union();
    }

    private void addPolygon(JsonNode rings, String name, List<Polygon> into) {
      LinearRing shell = null;
      List<LinearRing> holes = new ArrayList<>();
      for (JsonNode ring : rings) {
        Coordinate[] coords = ring(ring, name);
        if (coords.length < 4) {
          // Collapsed by quantization (an islet smaller than one grid step): nothing to draw.
          if (shell == null) {
            return;
          }
          continue;
        }
        LinearRing linear = FACTORY.createLinearRing(coords);
        if (shell == null) {
          shell = linear;
        } else {
          holes.add(linear);
        }
      }
      if (shell != null) {
        into.add(FACTORY.createPolygon(shell, holes.toArray(new LinearRing[0])));
      }
    }

    /** Joins a ring's arcs, dropping each arc's first point (the previous arc's last). */
    private Coordinate[] ring(JsonNode arcIndexes, String name) {
      List<Coordinate> coords = new ArrayList<>();
      for (JsonNode indexNode : arcIndexes) {
        int index = indexNode.asInt();
        boolean reversed = index < 0;
        int arcIndex = reversed ? ~index : index;
        if (arcIndex >= arcs.length) {
          throw new UserError(
              "basemap "
                  + source
                  + ": country '"
                  + name
                  + "' refers to arc "
                  + index
                  + " but the file has only "
                  + arcs.length
                  + " arcs (the file is truncated or not TopoJSON; download it again)");
        }
        double[] arc = arcs[arcIndex];
        int points = arc.length / 2;
        for (int k = coords.isEmpty() ? 0 : 1; k < points; k++) {
          int p = reversed ? points - 1 - k : k;
          Coordinate c = new Coordinate(arc[2 * p], arc[2 * p + 1]);
          if (coords.isEmpty() || !coords.get(coords.size() - 1).equals2D(c)) {
            coords.add(c);
          }
        }
      }
      if (!coords.isEmpty() && !coords.get(0).equals2D(coords.get(coords.size() - 1))) {
        coords.add(new Coordinate(coords.get(0)));
      }
      return coords.toArray(new Coordinate[0]);
    }

    /** JSON properties as plain Java values; nulls are left out (a feature's map holds none). */
    private static Map<String, Object> properties(JsonNode node) {
      Map<String, Object> result = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode v = e.getValue();
        if (v.isNull()) {
          continue;
        }
        Object value =
            v.isTextual()
                ? v.asText()
                : v.isNumber() ? v.numberValue() : v.isBoolean() ? v.asBoolean() : v.toString();
        result.put(e.getKey(), value);
      }
      return result;
    }
  }
}
