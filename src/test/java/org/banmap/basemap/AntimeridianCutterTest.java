package org.banmap.basemap;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class AntimeridianCutterTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);

  @Test
  void ringCrossing180IsSplitWithLatitudeInterpolated() {
    checkCut(
        "POLYGON ((170 0, -170 10, -170 20, 170 20, 170 0))",
        "MULTIPOLYGON (((170 0, 180 5, 180 20, 170 20, 170 0)),"
            + " ((-180 5, -170 10, -170 20, -180 20, -180 5)))");
  }

  @Test
  void ringCrossingWestwardIsSplitToo() {
    checkCut(
        "POLYGON ((-170 10, -170 20, 170 20, 170 10, -170 10))",
        "MULTIPOLYGON (((170 10, 180 10, 180 20, 170 20, 170 10)),"
            + " ((-180 10, -170 10, -170 20, -180 20, -180 10)))");
  }

  @Test
  void ringAroundSouthPoleIsClosedThroughThePole() {
    checkCut(
        "POLYGON ((-90 -70, 0 -60, 90 -70, 170 -70, -170 -70, -90 -70))",
        "POLYGON ((-180 -90, 180 -90, 180 -70, 170 -70, 90 -70, 0 -60, -90 -70, -170 -70,"
            + " -180 -70, -180 -90))");
  }

  @Test
  void ringAroundNorthPoleIsClosedThroughTheNorthPole() {
    checkCut(
        "POLYGON ((-90 70, -170 70, 170 70, 90 70, 0 80, -90 70))",
        "POLYGON ((-180 90, 180 90, 180 70, 90 70, 0 80, -90 70, -180 70, -180 90))");
  }

  @Test
  void twoRingsRoundThePoleLeaveTheBandBetweenThem() {
    // 50m Antarctica: a tiny ring at -89.999 as shell and the coastline as hole.
    checkCut(
        "POLYGON ((-100 -89, 0 -89, 100 -89, -100 -89), (-100 -70, 0 -70, 100 -70, -100 -70))",
        "POLYGON ((-180 -89, 180 -89, 180 -70, -180 -70, -180 -89))");
  }

  @Test
  void ringHuggingThePoleStandsForThePole() {
    // 50m Antarctica as shipped: spherical polygons cannot touch the pole, so a ring at -89.999
    // bounds it. Flat, the land should reach the bottom edge of the map.
    checkCut(
        "POLYGON ((-100 -89.999, 0 -89.999, 100 -89.999, -100 -89.999),"
            + " (-100 -70, 0 -70, 100 -70, -100 -70))",
        "POLYGON ((-180 -90, 180 -90, 180 -70, -180 -70, -180 -90))");
  }

  @Test
  void holeInACrossingShellStaysAHole() {
    checkCut(
        "POLYGON ((170 0, -170 0, -170 20, 170 20, 170 0), (172 5, 175 5, 175 8, 172 8, 172 5))",
        "MULTIPOLYGON (((170 0, 180 0, 180 20, 170 20, 170 0), (172 5, 175 5, 175 8, 172 8, 172 5)),"
            + " ((-180 0, -170 0, -170 20, -180 20, -180 0)))");
  }

  @Test
  void multiPolygonCutsOnlyItsCrossingParts() {
    checkCut(
        "MULTIPOLYGON (((178 -17, -179 -17, -179 -16, 178 -16, 178 -17)),"
            + " ((177 -18, 178 -18, 178 -17.5, 177 -17.5, 177 -18)))",
        "MULTIPOLYGON (((178 -17, 180 -17, 180 -16, 178 -16, 178 -17)),"
            + " ((-180 -17, -179 -17, -179 -16, -180 -16, -180 -17)),"
            + " ((177 -18, 178 -18, 178 -17.5, 177 -17.5, 177 -18)))");
  }

  @Test
  void ringNotCrossingStaysIdentical() {
    checkUnchanged("POLYGON ((2 48, 3 48, 3 49, 2 49, 2 48))");
    checkUnchanged("POLYGON ((170 10, 180 10, 180 20, 170 20, 170 10))");
    checkUnchanged("MULTIPOLYGON (((-180 10, -170 10, -170 20, -180 20, -180 10)))");
  }

  private static void checkCut(String inWkt, String expectedWkt) {
    Geometry actual = new AntimeridianCutter(FACTORY).cut(read(inWkt));
    Geometry expected = read(expectedWkt);
    assertTrue(actual.isValid(), () -> "not valid: " + actual);
    assertTrue(WORLD.covers(actual.getEnvelopeInternal()), () -> "outside the world: " + actual);
    assertTrue(
        expected.equalsTopo(actual), () -> "expected " + expected + "\n but got " + actual);
  }

  private static void checkUnchanged(String wkt) {
    Geometry in = read(wkt);
    assertSame(in, new AntimeridianCutter(FACTORY).cut(in));
  }

  private static Geometry read(String wkt) {
    try {
      return new WKTReader(FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad WKT in test: " + wkt, e);
    }
  }
}
