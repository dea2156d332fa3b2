package org.banmap.basemap;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Makes globe-ready polygons drawable on a flat lon/lat map. world-atlas stitches Natural Earth's
 * shapes across the antimeridian for spherical renderers, so Russia's Chukotka, Fiji and the
 * Aleutians have edges jumping from +180 to -180, and Antarctica is a ring around the South Pole.
 * Drawn flat, each such edge becomes a streak across the whole map. This cuts those rings at ±180
 * (interpolating the latitude there) and closes rings that go round a pole through that pole, so
 * every result lies within [-180,180]x[-90,90]. Polygons that cross nothing come back unchanged
 * (the same instance), which keeps loading cheap: only a handful of countries need the overlay work.
 */
final class AntimeridianCutter {
  /** An edge longer than half the globe in longitude is really the short way round across ±180. */
  private static final double HALF_TURN = 180;

  /** Degrees of latitude: a ring this close to a pole all round stands for the pole. */
  static final double POLE_RING_MAX_DISTANCE = 0.01;

  private final GeometryFactory factory;

  AntimeridianCutter(GeometryFactory factory) {
    this.factory = factory;
  }

  /** Cuts a Polygon or MultiPolygon; other geometries are returned unchanged. */
  Geometry cut(Geometry geometry) {
    if (geometry instanceof Polygon) {
      return cutPolygon((Polygon) geometry);
    }
    if (!(geometry instanceof MultiPolygon)) {
      return geometry;
    }
    boolean changed = false;
    List<Polygon> parts = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Polygon part = (Polygon) geometry.getGeometryN(i);
      Geometry cut = cutPolygon(part);
      changed |= cut != part;
      addPolygons(cut, parts);
    }
    if (!changed) {
      return geometry;
    }
    Geometry result = factory.createMultiPolygon(parts.toArray(new Polygon[0]));
    // Pieces of different islands may now share an edge along ±180, which a MultiPolygon forbids.
    return result.isValid() ? result : result.union();
  }

  private Geometry cutPolygon(Polygon polygon) {
    boolean crosses = crosses(polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRing() && !crosses; i++) {
      crosses = crosses(polygon.getInteriorRingN(i));
    }
    if (!crosses) {
      return polygon;
    }
    // Each ring becomes the flat area it encloses; combining them even-odd (like the painter's
    // fill rule) needs no ring orientation, which matters because world-atlas follows the
    // spherical convention. It also handles 50m Antarctica, whose "shell" is a tiny ring round the
    // pole and whose "hole" is the coastline: both encircle the pole, and their XOR is the land.
    List<LinearRing> rings = new ArrayList<>();
    rings.add(polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      rings.add(polygon.getInteriorRingN(i));
    }
    if (rings.size() > 1) {
      rings.removeIf(AntimeridianCutter::standsForPole);
    }
    Geometry area = null;
    for (LinearRing ring : rings) {
      area = area == null ? ringArea(ring) : area.symDifference(ringArea(ring));
    }
    return area;
  }

  /**
   * A ring round a pole within {@link #POLE_RING_MAX_DISTANCE} of it is the pole itself: spherical
   * polygons cannot pass through a pole, so 50m Antarctica is bounded by a ring at -89.999 instead.
   * Closing the coast through the pole already covers that; kept, the ring would leave a sliver
   * hole along the bottom edge of the map, outlined by a border line.
   */
  private static boolean standsForPole(LinearRing ring) {
    var seq = ring.getCoordinateSequence();
    for (int i = 0; i < seq.size(); i++) {
      if (90 - Math.abs(seq.getY(i)) > POLE_RING_MAX_DISTANCE) {
        return false;
      }
    }
    return crosses(ring);
  }

  private static boolean crosses(LinearRing ring) {
    var seq = ring.getCoordinateSequence();
    for (int i = 1; i < seq.size(); i++) {
      if (Math.abs(seq.getX(i) - seq.getX(i - 1)) > HALF_TURN) {
        return true;
      }
    }
    return false;
  }

  /**
   * The flat area a ring encloses, cut at ±180. The ring is first unwrapped (longitudes shifted by
   * ±360 so no edge jumps), which turns each crossing edge into an ordinary edge past ±180; then
   * the three 360°-wide sheets are clipped and shifted back, so the latitude at the cut is
   * interpolated along the edge. A ring that ends 360° away from where it started goes round a
   * pole and is closed through it.
   */
  private Geometry ringArea(LinearRing ring) {
    if (!crosses(ring)) {
      return factory.createPolygon(ring);
    }
    Coordinate[] in = ring.getCoordinates();
    List<Coordinate> out = new ArrayList<>(in.length + 3);
    double shift = 0;
    double latSum = 0;
    out.add(new Coordinate(in[0].x, in[0].y));
    for (int i = 1; i < in.length; i++) {
      double dx = in[i].x - in[i - 1].x;
      if (dx > HALF_TURN) {
        shift -= 360;
      } else if (dx < -HALF_TURN) {
        shift += 360;
      }
      out.add(new Coordinate(in[i].x + shift, in[i].y));
      latSum += in[i].y;
    }
    if (shift != 0) {
      // Which pole: the one on the ring's side of the equator. Orientation would say it too, but
      // only under the spherical winding convention, which user files need not follow.
      double poleLat = latSum >= 0 ? 90 : -90;
      Coordinate start = in[0];
      out.add(new Coordinate(start.x + shift, poleLat));
      out.add(new Coordinate(start.x, poleLat));
      out.add(new Coordinate(start.x, start.y));
    }
    Geometry unwrapped = factory.createPolygon(out.toArray(new Coordinate[0]));
    if (!unwrapped.isValid()) {
      unwrapped = GeometryFixer.fix(unwrapped);
    }
    List<Geometry> pieces = new ArrayList<>(3);
    for (int sheet = -1; sheet <= 1; sheet++) {
      double offset = 360.0 * sheet;
      Geometry box = factory.toGeometry(new Envelope(offset - 180, offset + 180, -90, 90));
      if (!unwrapped.getEnvelopeInternal().intersects(box.getEnvelopeInternal())) {
        continue;
      }
      Geometry piece = unwrapped.intersection(box);
      if (!piece.isEmpty()) {
        pieces.add(AffineTransformation.translationInstance(-offset, 0).transform(piece));
      }
    }
    // A pole cap's pieces meet along the meridian where the ring started; union merges them.
    return factory.buildGeometry(pieces).union();
  }

  private static void addPolygons(Geometry g, List<Polygon> into) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon && !part.isEmpty()) {
        into.add((Polygon) part);
      }
    }
  }
}
