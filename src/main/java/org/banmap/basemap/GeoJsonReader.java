package org.banmap.basemap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.banmap.report.UserError;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads GeoJSON (RFC 7946) into style features: a FeatureCollection, a single Feature, or a bare
 * geometry; Point, LineString, Polygon, their Multi forms and GeometryCollection; properties as
 * strings, numbers, booleans (nested objects and arrays as their JSON text). Coordinates are taken
 * as they are (x, y), without reprojection. Features without a geometry are skipped and counted.
 */
public final class GeoJsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final GeometryFactory geometry = new GeometryFactory();
  private int skipped;

  /** The features of {@code file}; a {@link UserError} names the file and the problem. */
  public List<MapFeature> read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (NoSuchFileException e) {
      throw new UserError("GeoJSON file not found: " + file);
    } catch (JsonProcessingException e) {
      throw new UserError(file + ": not valid JSON (" + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      if (!Files.isRegularFile(file)) {
        throw new UserError("GeoJSON file not found: " + file);
      }
      throw new UserError(file + ": cannot read (" + e.getMessage() + ")");
    }
    try {
      return read(root);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
  }

  /** Features without a geometry left out by the last {@link #read}. */
  public int skipped() {
    return skipped;
  }

  List<MapFeature> read(JsonNode root) {
    skipped = 0;
    List<MapFeature> features = new ArrayList<>();
    String type = type(root, "top level");
    switch (type) {
      case "FeatureCollection":
        JsonNode list = root.get("features");
        if (list == null || !list.isArray()) {
          throw new IllegalArgumentException("FeatureCollection without a \"features\" array");
        }
        int n = 0;
        for (JsonNode f : list) {
          addFeature(f, "feature " + n++, features);
        }
        break;
      case "Feature":
        addFeature(root, "feature", features);
        break;
      default:
        features.add(new MapFeature(null, geometry(root, "top level"), Map.of()));
    }
    return features;
  }

  private void addFeature(JsonNode node, String where, List<MapFeature> out) {
    if (!"Feature".equals(type(node, where))) {
      throw new IllegalArgumentException(where + ": expected a Feature, found " + node.get("type"));
    }
    JsonNode g = node.get("geometry");
    if (g == null || g.isNull()) {
      skipped++;
      return;
    }
    JsonNode id = node.get("id");
    out.add(new MapFeature(id == null || id.isNull() ? null : id.asText(), geometry(g, where), properties(node.get("properties"))));
  }

  private static Map<String, Object> properties(JsonNode node) {
    Map<String, Object> props = new LinkedHashMap<>();
    if (node == null || !node.isObject()) {
      return props;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      Object value;
      if (v.isNull()) {
        value = null;
      } else if (v.isIntegralNumber() && v.canConvertToLong()) {
        value = v.asLong();
      } else if (v.isNumber()) {
        value = v.asDouble();
      } else if (v.isBoolean()) {
        value = v.asBoolean();
      } else if (v.isTextual()) {
        value = v.asText();
      } else {
        value = v.toString();
      }
      props.put(e.getKey(), value);
    }
    return props;
  }

  private Geometry geometry(JsonNode node, String where) {
    String type = type(node, where);
    if (type.equals("GeometryCollection")) {
      JsonNode parts = node.get("geometries");
      if (parts == null || !parts.isArray()) {
        throw new IllegalArgumentException(where + ": GeometryCollection without \"geometries\"");
      }
      List<Geometry> list = new ArrayList<>();
      for (JsonNode p : parts) {
        list.add(geometry(p, where));
      }
      return geometry.createGeometryCollection(list.toArray(Geometry[]::new));
    }
    JsonNode c = node.get("coordinates");
    if (c == null || !c.isArray()) {
      throw new IllegalArgumentException(where + ": " + type + " without \"coordinates\"");
    }
    switch (type) {
      case "Point":
        return point(c, where);
      case "MultiPoint": {
        Point[] points = new Point[c.size()];
        for (int i = 0; i < points.length; i++) {
          points[i] = point(c.get(i), where);
        }
        return geometry.createMultiPoint(points);
      }
      case "LineString":
        return line(c, where);
      case "MultiLineString": {
        LineString[] lines = new LineString[c.size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = line(c.get(i), where);
        }
        return geometry.createMultiLineString(lines);
      }
      case "Polygon":
        return polygon(c, where);
      case "MultiPolygon": {
        Polygon[] polygons = new Polygon[c.size()];
        for (int i = 0; i < polygons.length; i++) {
          polygons[i] = polygon(c.get(i), where);
        }
        return geometry.createMultiPolygon(polygons);
      }
      default:
        throw new IllegalArgumentException(where + ": unknown geometry type \"" + type + "\"");
    }
  }

  private Point point(JsonNode c, String where) {
    return geometry.createPoint(coordinate(c, where));
  }

  private LineString line(JsonNode c, String where) {
    Coordinate[] coords = coordinates(c, where);
    if (coords.length == 1) {
      throw new IllegalArgumentException(where + ": a LineString needs at least two positions");
    }
    return geometry.createLineString(coords);
  }

  private Polygon polygon(JsonNode rings, String where) {
    if (rings.size() == 0) {
      return geometry.createPolygon();
    }
    LinearRing shell = ring(rings.get(0), where);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), where);
    }
    return geometry.createPolygon(shell, holes);
  }

  private LinearRing ring(JsonNode c, String where) {
    Coordinate[] coords = coordinates(c, where);
    if (coords.length > 0 && !coords[0].equals2D(coords[coords.length - 1])) {
      // Lenient: close rings that forgot the repeated first position.
      Coordinate[] closed = java.util.Arrays.copyOf(coords, coords.length + 1);
      closed[coords.length] = new Coordinate(coords[0]);
      coords = closed;
    }
    if (coords.length > 0 && coords.length < 4) {
      throw new IllegalArgumentException(where + ": a polygon ring needs at least four positions");
    }
    return geometry.createLinearRing(coords);
  }

  private static Coordinate[] coordinates(JsonNode c, String where) {
    if (!c.isArray()) {
      throw new IllegalArgumentException(where + ": expected an array of positions");
    }
    Coordinate[] coords = new Coordinate[c.size()];
    for (int i = 0; i < coords.length; i++) {
      coords[i] = coordinate(c.get(i), where);
    }
    return coords;
  }

  private static Coordinate coordinate(JsonNode c, String where) {
    if (c == null || !c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
      throw new IllegalArgumentException(where + ": a position must be [x, y] numbers, found " + c);
    }
    return new Coordinate(c.get(0).asDouble(), c.get(1).asDouble());
  }

  private static String type(JsonNode node, String where) {
    JsonNode t = node == null ? null : node.get("type");
    if (t == null || !t.isTextual()) {
      throw new IllegalArgumentException(where + ": no \"type\" member (expected a GeoJSON object)");
    }
    return t.asText();
  }
}
