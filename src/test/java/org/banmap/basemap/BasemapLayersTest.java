package org.banmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.banmap.map.Feature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class BasemapLayersTest {
  @Test
  void countriesCarryTheirNaturalEarthProperties() {
    BasemapLayers layers = new BasemapLayers(WorldAtlas.load(WorldAtlas.Resolution.LOW_110M));
    List<Feature> countries = layers.layer("countries", new Envelope(-180, 180, -90, 90));
    assertTrue(countries.size() > 150);
    Feature france = countries.stream().filter(f -> "France".equals(f.attribute("name"))).findFirst().orElseThrow();
    assertEquals("250", france.attribute("id"));
    assertEquals(countries, layers.layer("anything-else", new Envelope()));
  }

  @Test
  void oceanCoversTheWholeVisibleArea() {
    BasemapLayers layers = new BasemapLayers(new Basemap(List.of(), "test"));
    Envelope visible = new Envelope(-200, 200, -100, 100);
    List<Feature> ocean = layers.layer("Ocean", visible);
    assertEquals(1, ocean.size());
    assertTrue(ocean.get(0).geometry().getEnvelopeInternal().contains(visible));
    assertEquals("ocean", ocean.get(0).attribute("kind"));
  }

  @Test
  void bordersLeaveOutTheAntimeridianAndPoleCuts() throws Exception {
    // A shape cut at +180 and closed along the south pole: only its real coast remains.
    Geometry cut = new WKTReader().read("POLYGON ((170 -90, 180 -90, 180 -60, 170 -70, 170 -90))");
    Geometry outline = BasemapLayers.outline(cut);
    assertEquals("MULTILINESTRING ((180 -60, 170 -70, 170 -90))", outline.toText());
  }
}
