package org.banmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.banmap.report.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonReaderTest {
  private static List<MapFeature> read(String json) throws Exception {
    return new GeoJsonReader().read(new ObjectMapper().readTree(json.replace('\'', '"')));
  }

  @Test
  void featureCollectionWithEveryGeometryTypeAndProperties() throws Exception {
    List<MapFeature> fs = read("{'type':'FeatureCollection','features':["
        + "{'type':'Feature','id':7,'properties':{'name':'a','pop':12,'area':1.5,'ok':true,'nothing':null,'tags':[1,2]},"
        + "'geometry':{'type':'Point','coordinates':[1,2]}},"
        + "{'type':'Feature','properties':null,'geometry':{'type':'MultiPoint','coordinates':[[1,2],[3,4]]}},"
        + "{'type':'Feature','geometry':{'type':'LineString','coordinates':[[0,0],[1,1]]}},"
        + "{'type':'Feature','geometry':{'type':'MultiLineString','coordinates':[[[0,0],[1,1]],[[2,2],[3,3]]]}},"
        + "{'type':'Feature','geometry':{'type':'Polygon','coordinates':[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[1,1]]]}},"
        + "{'type':'Feature','geometry':{'type':'MultiPolygon','coordinates':[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6]]]]}},"
        + "{'type':'Feature','geometry':{'type':'GeometryCollection','geometries':[{'type':'Point','coordinates':[0,0]}]}},"
        + "{'type':'Feature','geometry':null}]}");
    assertEquals(7, fs.size());
    MapFeature first = fs.get(0);
    assertEquals("7", first.id());
    assertEquals("a", first.attribute("name"));
    assertEquals(12L, first.attribute("pop"));
    assertEquals(1.5, first.attribute("area"));
    assertEquals(true, first.attribute("ok"));
    assertNull(first.attribute("nothing"));
    assertEquals("[1,2]", first.attribute("tags"));
    assertEquals("7", first.attribute("id"));
    assertEquals(List.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"),
        fs.stream().map(f -> f.geometry().getGeometryType()).toList());
    assertEquals(1, fs.get(4).geometry().getNumGeometries());
    assertTrue(fs.get(5).geometry().isValid(), "an unclosed ring is closed");
  }

  @Test
  void singleFeatureAndBareGeometry() throws Exception {
    assertEquals("Point", read("{'type':'Feature','properties':{},'geometry':{'type':'Point','coordinates':[1,2,3]}}")
        .get(0).geometry().getGeometryType());
    assertEquals(4, read("{'type':'LineString','coordinates':[[0,0],[1,1],[2,0],[3,3]]}").get(0).geometry().getNumPoints());
  }

  @Test
  void badInputNamesFileAndProblem(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.geojson"), "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\"}}");
    UserError e = assertThrows(UserError.class, () -> new GeoJsonReader().read(bad));
    assertTrue(e.getMessage().contains("bad.geojson") && e.getMessage().contains("coordinates"), e.getMessage());
    Path broken = Files.writeString(dir.resolve("broken.geojson"), "{\"type\": ");
    e = assertThrows(UserError.class, () -> new GeoJsonReader().read(broken));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    e = assertThrows(UserError.class, () -> new GeoJsonReader().read(dir.resolve("missing.geojson")));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }
}
