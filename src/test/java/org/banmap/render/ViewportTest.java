package org.banmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Point2D;
import org.banmap.geo.BoundingBox;
import org.junit.jupiter.api.Test;

class ViewportTest {
  @Test
  void worldFitsA2To1ImageExactly() {
    Viewport v = new Viewport(BoundingBox.WORLD, 360, 180);
    assertEquals(0, v.x(-180), 1e-9);
    assertEquals(360, v.x(180), 1e-9);
    assertEquals(0, v.y(90), 1e-9);
    assertEquals(180, v.y(-90), 1e-9);
  }

  @Test
  void widerImageKeepsTheWholeBoxVisibleAndCentred() {
    Viewport v = new Viewport(BoundingBox.WORLD, 1280, 720);
    assertEquals(0, v.x(-180), 1e-9);
    assertEquals(1280, v.x(180), 1e-9);
    assertEquals(360, v.y(0), 1e-9);
    double band = (720 - 1280 / 2.0) / 2;
    assertEquals(band, v.y(90), 1e-9);
  }

  @Test
  void affineTransformMatchesPointMapping() {
    Viewport v = new Viewport(BoundingBox.parse("-25,34,45,72"), 320, 180);
    Point2D p = v.worldToScreen().transform(new Point2D.Double(2.35, 48.85), null);
    assertEquals(v.x(2.35), p.getX(), 1e-9);
    assertEquals(v.y(48.85), p.getY(), 1e-9);
  }
}
