package org.banmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.banmap.basemap.WorldAtlas.Resolution;
import org.banmap.map.BoundingBox;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.report.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class WorldAtlasTest {
  private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);
  private static final GeometryFactory FACTORY = new GeometryFactory();

  // 10m lists 255 countries, but its 0.0036° quantization grid folds the Vatican (0.44 km²) into
  // a zero-area sliver, which has nothing to fill and is dropped.
  @ParameterizedTest
  @CsvSource({"LOW_110M, 177", "MEDIUM_50M, 241", "HIGH_10M, 254"})
  void countsEveryCountry(Resolution resolution, int countries) {
    Basemap basemap = WorldAtlas.load(resolution);
    assertEquals(countries, basemap.features().size());
    assertEquals("Natural Earth", basemap.attribution());
  }

  @ParameterizedTest
  @EnumSource(Resolution.class)
  void everyGeometryIsValidAndInsideTheWorld(Resolution resolution) {
    for (BasemapFeature f : WorldAtlas.load(resolution).features()) {
      assertTrue(f.geometry().isValid(), () -> name(f) + " is not valid");
      assertTrue(
          WORLD.covers(f.geometry().getEnvelopeInternal()),
          () -> name(f) + " leaves the world: " + f.geometry().getEnvelopeInternal());
      assertTrue(f.geometry().getArea() > 0, () -> name(f) + " has no area");
    }
  }

  @ParameterizedTest
  @EnumSource(Resolution.class)
  void franceHoldsParisAndJapanDoesNot(Resolution resolution) {
    Basemap basemap = WorldAtlas.load(resolution);
    BasemapFeature france = feature(basemap, "France");
    BasemapFeature japan = feature(basemap, "Japan");
    Point paris = FACTORY.createPoint(new Coordinate(2.35, 48.85));
    assertEquals("250", france.id());
    assertEquals("392", japan.id());
    assertTrue(france.geometry().getEnvelopeInternal().covers(paris.getCoordinate()));
    assertTrue(france.geometry().covers(paris));
    assertFalse(japan.geometry().getEnvelopeInternal().covers(paris.getCoordinate()));
    Envelope japanBox = japan.geometry().getEnvelopeInternal();
    assertTrue(japanBox.getMinX() > 120 && japanBox.getMaxX() < 155, japanBox::toString);
  }

  @ParameterizedTest
  @EnumSource(Resolution.class)
  void russiaAndAntarcticaAreCutAtTheAntimeridian(Resolution resolution) {
    Basemap basemap = WorldAtlas.load(resolution);
    Geometry russia = feature(basemap, "Russia").geometry();
    // Chukotka lies east of 180 and the mainland west of it; both halves end exactly at ±180.
    assertEquals(-180, russia.getEnvelopeInternal().getMinX(), 1e-9);
    assertEquals(180, russia.getEnvelopeInternal().getMaxX(), 1e-9);
    assertTrue(russia.covers(FACTORY.createPoint(new Coordinate(-172, 66))), "Chukotka");
    assertTrue(russia.covers(FACTORY.createPoint(new Coordinate(37.6, 55.75))), "Moscow");
    assertFalse(russia.covers(FACTORY.createPoint(new Coordinate(-30, 67))), "no streak");
    Geometry antarctica = feature(basemap, "Antarctica").geometry();
    assertTrue(antarctica.covers(FACTORY.createPoint(new Coordinate(0, -89.99))), "South Pole");
    assertTrue(antarctica.covers(FACTORY.createPoint(new Coordinate(179.9, -85))), "at +180");
    assertFalse(antarctica.covers(FACTORY.createPoint(new Coordinate(0, -55))), "no streak");
  }

  @Test
  void builtInBasemapIsLoadedOncePerResolution() {
    assertSame(WorldAtlas.load(Resolution.LOW_110M), WorldAtlas.load(Resolution.LOW_110M));
  }

  @Test
  void readsQuantizedDeltaEncodedArcsAndReversedArcs(@TempDir Path dir) throws IOException {
    // Two unit squares sharing the arc x=1: the right square walks it backwards (~0 = -1).
    Path file = dir.resolve("two-squares.json");
    Files.writeString(
        file,
        "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.5,0.25],\"translate\":[10,20]},"
            + "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":["
            + "{\"type\":\"Polygon\",\"arcs\":[[0,1]],\"id\":\"001\",\"properties\":{\"name\":\"West\",\"note\":null}},"
            + "{\"type\":\"MultiPolygon\",\"arcs\":[[[-1,2]]],\"id\":\"002\",\"properties\":{\"name\":\"East\",\"rank\":3}}"
            + "]}},"
            + "\"arcs\":[[[2,0],[0,4]],[[2,4],[-2,0],[0,-4],[2,0]],[[2,0],[2,0],[0,4],[-2,0]]]}");
    Basemap basemap = WorldAtlas.load(file);
    assertEquals(2, basemap.features().size());
    BasemapFeature west = basemap.features().get(0);
    BasemapFeature east = basemap.features().get(1);
    assertEquals("001", west.id());
    assertEquals("West", west.properties().get("name"));
    assertFalse(west.properties().containsKey("note"));
    assertEquals(3, east.properties().get("rank"));
    assertTrue(read("POLYGON ((11 20, 11 21, 10 21, 10 20, 11 20))").equalsTopo(west.geometry()));
    assertTrue(read("POLYGON ((11 21, 11 20, 12 20, 12 21, 11 21))").equalsTopo(east.geometry()));
  }

  @Test
  void missingFileSaysWhatToPass(@TempDir Path dir) {
    UserError e = assertThrows(UserError.class, () -> WorldAtlas.load(dir.resolve("nope.json")));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
    assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
  }

  @Test
  void brokenJsonSaysWhere(@TempDir Path dir) throws IOException {
    checkRejected(
        dir.resolve("truncated.json"),
        "{\"type\":\"Topology\",\n\"arcs\":[[[1,2],",
        "not valid JSON (line 2");
  }

  @Test
  void geoJsonIsRejectedAsNotTopoJson(@TempDir Path dir) throws IOException {
    checkRejected(
        dir.resolve("countries.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[]}",
        "is not TopoJSON");
  }

  @Test
  void arcIndexPastTheEndNamesTheCountry(@TempDir Path dir) throws IOException {
    checkRejected(
        dir.resolve("missing-arc.json"),
        "{\"type\":\"Topology\",\"objects\":{\"countries\":{\"type\":\"GeometryCollection\","
            + "\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[5]],\"properties\":{\"name\":\"Nowhere\"}}]}},"
            + "\"arcs\":[]}",
        "'Nowhere' refers to arc 5");
  }

  private static void checkRejected(Path file, String content, String messagePart)
      throws IOException {
    Files.writeString(file, content);
    UserError e = assertThrows(UserError.class, () -> WorldAtlas.load(file));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"110m, LOW_110M", "50m, MEDIUM_50M", " 10M , HIGH_10M"})
  void parsesResolutionLabels(String text, Resolution expected) {
    assertEquals(expected, Resolution.parse(text));
  }

  @Test
  void unknownResolutionListsTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Resolution.parse("20m"));
    assertTrue(e.getMessage().contains("110m, 50m or 10m"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "-180,-90,180,90, 320, 160, LOW_110M",
    "-180,-90,180,90, 1280, 720, MEDIUM_50M",
    "-25,34,45,72, 320, 180, MEDIUM_50M",
    "-25,34,45,72, 1920, 1080, HIGH_10M",
    "5,45,15,50, 1280, 720, HIGH_10M"
  })
  void picksResolutionByScale(
      double minLon, double minLat, double maxLon, double maxLat, int w, int h, Resolution r) {
    MapView view = MapView.contain(Projection.PLATE_CARREE, new BoundingBox(minLon, minLat, maxLon, maxLat), w, h);
    assertEquals(r, Resolution.forView(view));
  }

  private static BasemapFeature feature(Basemap basemap, String name) {
    return basemap.features().stream()
        .filter(f -> name.equals(f.properties().get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no country named " + name));
  }

  private static String name(BasemapFeature f) {
    return f.properties().get("name") + " (" + f.id() + ")";
  }

  private static Geometry read(String wkt) {
    try {
      return new org.locationtech.jts.io.WKTReader(FACTORY).read(wkt);
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }
}
