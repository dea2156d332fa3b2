package org.banmap.render.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.geom.Point2D;
import org.banmap.geo.BoundingBox;
import org.banmap.render.Viewport;
import org.junit.jupiter.api.Test;

class MapTransformTest {
  @Test
  void matchesTheVideoViewport() {
    Viewport v = new Viewport(BoundingBox.parse("-25,34,45,72"), 320, 180);
    MapTransform t = MapTransform.of(v);
    assertEquals(v.x(2.35), t.x(2.35), 1e-9);
    assertEquals(v.y(48.85), t.y(48.85), 1e-9);
    assertEquals(v.degreesPerPixel(), t.pixelSize(), 1e-12);
  }

  @Test
  void containKeepsTheWholeRectangleVisibleAndCentred() {
    MapTransform t = MapTransform.ofMetres(0, 0, 1000, 1000, 200, 100);
    assertEquals(10, t.pixelSize(), 1e-12);
    assertEquals(50, t.x(0), 1e-9);
    assertEquals(150, t.x(1000), 1e-9);
    assertEquals(0, t.y(1000), 1e-9);
    assertEquals(100, t.y(0), 1e-9);
    Point2D p = t.worldToScreen().transform(new Point2D.Double(250, 750), null);
    assertEquals(t.x(250), p.getX(), 1e-9);
    assertEquals(t.y(750), p.getY(), 1e-9);
  }

  @Test
  void scaleDenominatorUsesTheStandardPixel() {
    // 0.28 mm pixels: 1000 px showing 280 m is 1:1000.
    assertEquals(1000, MapTransform.ofMetres(0, 0, 280, 28, 1000, 100).scaleDenominator(), 1e-6);
    // The whole world, 360° over 1280 px: GeoTools' 111,319.49 m per degree.
    assertEquals(360 * 111319.49079327357 / (1280 * 0.00028),
        MapTransform.ofDegrees(-180, -90, 180, 90, 1280, 640).scaleDenominator(), 1e-3);
    assertEquals(0.1, MapTransform.ofMetres(0, 0, 280, 100, 28, 10).pixelsPerMetre(), 1e-12);
  }

  @Test
  void rejectsEmptyRectanglesWithTheValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MapTransform.ofMetres(5, 0, 5, 10, 100, 100));
    assertEquals("map rectangle needs minX < maxX and minY < maxY, got 5.0,0.0,5.0,10.0", e.getMessage());
  }
}
