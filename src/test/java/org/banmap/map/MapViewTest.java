package org.banmap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class MapViewTest {
  private static final BoundingBox EUROPE = BoundingBox.parse("-25,34,45,72");

  private static MapView plateCarree(BoundingBox box, int w, int h) {
    return MapView.contain(Projection.PLATE_CARREE, box, w, h);
  }

  @Test
  void worldFitsA2To1ImageExactly() {
    MapView v = plateCarree(BoundingBox.WORLD, 360, 180);
    assertEquals(0, v.screenX(-180, 0), 1e-9);
    assertEquals(360, v.screenX(180, 0), 1e-9);
    assertEquals(0, v.screenY(0, 90), 1e-9);
    assertEquals(180, v.screenY(0, -90), 1e-9);
    assertEquals(1, v.degreesPerPixel(), 1e-12);
  }

  @Test
  void containKeepsTheWholeBoxVisibleAndCentred() {
    MapView v = plateCarree(BoundingBox.WORLD, 1280, 720);
    assertEquals(0, v.screenX(-180, 0), 1e-9);
    assertEquals(1280, v.screenX(180, 0), 1e-9);
    assertEquals(360, v.screenY(0, 0), 1e-9);
    double band = (720 - 1280 / 2.0) / 2;
    assertEquals(band, v.screenY(0, 90), 1e-9);
    assertEquals(new Envelope(-180, 180, -101.25, 101.25), v.visibleArea());

    MapView tall = MapView.ofMetres(0, 0, 1000, 1000, 200, 100);
    assertEquals(10, tall.pixelSize(), 1e-12);
    assertEquals(50, tall.x(0), 1e-9);
    assertEquals(150, tall.x(1000), 1e-9);
    assertEquals(0, tall.y(1000), 1e-9);
    assertEquals(100, tall.y(0), 1e-9);
  }

  @Test
  void screenAndLonLatRoundTrip() {
    MapView v = plateCarree(EUROPE, 320, 180);
    for (double[] p : new double[][] {{2.35, 48.85}, {-25, 34}, {45, 72}, {13.4, 52.5}}) {
      double sx = v.screenX(p[0], p[1]);
      double sy = v.screenY(p[0], p[1]);
      assertEquals(p[0], v.lon(sx, sy), 1e-9);
      assertEquals(p[1], v.lat(sx, sy), 1e-9);
    }
    for (double[] s : new double[][] {{0, 0}, {319.5, 179.5}, {160, 90}}) {
      double lon = v.lon(s[0], s[1]);
      double lat = v.lat(s[0], s[1]);
      assertEquals(s[0], v.screenX(lon, lat), 1e-9);
      assertEquals(s[1], v.screenY(lon, lat), 1e-9);
    }
  }

  @Test
  void affineTransformMatchesPointMapping() {
    MapView v = plateCarree(EUROPE, 320, 180);
    Point2D p = v.worldToScreen().transform(new Point2D.Double(2.35, 48.85), null);
    assertEquals(v.x(2.35), p.getX(), 1e-9);
    assertEquals(v.y(48.85), p.getY(), 1e-9);
  }

  @Test
  void scaleDenominatorUsesTheStandardPixel() {
    // 0.28 mm pixels: 1000 px showing 280 m is 1:1000.
    assertEquals(1000, MapView.ofMetres(0, 0, 280, 28, 1000, 100).scaleDenominator(), 1e-6);
    // The whole world, 360° over 1280 px: GeoTools' 111,319.49 m per degree.
    assertEquals(360 * 111319.49079327357 / (1280 * 0.00028),
        MapView.ofDegrees(-180, -90, 180, 90, 1280, 640).scaleDenominator(), 1e-3);
    assertEquals(360 * 111319.49079327357 / (1280 * 0.00028),
        plateCarree(BoundingBox.WORLD, 1280, 640).scaleDenominator(), 1e-3);
    assertEquals(0.1, MapView.ofMetres(0, 0, 280, 100, 28, 10).pixelsPerMetre(), 1e-12);
  }

  @Test
  void plateCarreeDrawsLonLatGeometryAsItIsAndOtherProjectionsProjectACopy() {
    Geometry line = new GeometryFactory().createLineString(new Coordinate[] {new Coordinate(10, 20),
        new Coordinate(30, 40)});
    assertSame(line, plateCarree(EUROPE, 320, 180).project(line));
    Projection doubled = new Projection() {
      @Override
      public String name() {
        return "doubled";
      }

      @Override
      public double x(double lon, double lat) {
        return 2 * lon;
      }

      @Override
      public double y(double lon, double lat) {
        return 2 * lat;
      }

      @Override
      public double lon(double x, double y) {
        return x / 2;
      }

      @Override
      public double lat(double x, double y) {
        return y / 2;
      }

      @Override
      public double metresPerUnit() {
        return 1;
      }
    };
    MapView v = MapView.contain(doubled, EUROPE, 320, 180);
    Geometry projected = v.project(line);
    assertEquals(new Coordinate(20, 40), projected.getCoordinates()[0]);
    assertEquals(new Coordinate(60, 80), projected.getCoordinates()[1]);
    assertEquals(new Coordinate(10, 20), line.getCoordinates()[0], "the input is not changed");
    // The same box is fully visible however it is projected.
    assertEquals(0, v.screenX(-25, 53), 1e-9);
    assertEquals(320, v.screenX(45, 53), 1e-9);
    assertEquals(plateCarree(EUROPE, 320, 180).visibleArea().getMinY(), v.visibleLonLat().getMinY(), 1e-9);
  }

  @Test
  void equalViewsAreEqualSoTheyCanKeyACache() {
    assertEquals(plateCarree(EUROPE, 320, 180), plateCarree(EUROPE, 320, 180));
    assertEquals(plateCarree(EUROPE, 320, 180).hashCode(), plateCarree(EUROPE, 320, 180).hashCode());
  }

  @Test
  void rejectsEmptyRectanglesAndImagesWithTheValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MapView.ofMetres(5, 0, 5, 10, 100, 100));
    assertEquals("map rectangle needs minX < maxX and minY < maxY, got 5.0,0.0,5.0,10.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> plateCarree(EUROPE, 0, 10));
    assertEquals("image size must be positive: 0x10", e.getMessage());
  }
}
