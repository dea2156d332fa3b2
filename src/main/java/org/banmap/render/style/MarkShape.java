package org.banmap.render.style;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A well-known mark as a shape one unit tall, centred on its bounding box, in screen axes (y down).
 * Scaling by Size therefore makes Size the symbol height, as GeoTools does. {@code open} shapes
 * ({@code shape://} lines) are stroked only.
 */
public record MarkShape(String name, Shape unitShape, boolean open) {
  private static final Map<String, MarkShape> MARKS = Map.ofEntries(
      closed("square", new Rectangle2D.Double(-0.5, -0.5, 1, 1)),
      closed("circle", new Ellipse2D.Double(-0.5, -0.5, 1, 1)),
      closed("triangle", polygon(0, -1, 0.866, 0.5, -0.866, 0.5)),
      closed("star", star()),
      closed("cross", cross()),
      closed("x", AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(cross())),
      closed("arrow", polygon(0.5, 0, 0, -0.5, 0, -0.2, -0.5, -0.2, -0.5, 0.2, 0, 0.2, 0, 0.5)),
      open("shape://vertline", lines(0, -0.5, 0, 0.5)),
      open("shape://horline", lines(-0.5, 0, 0.5, 0)),
      open("shape://slash", lines(-0.5, 0.5, 0.5, -0.5)),
      open("shape://backslash", lines(-0.5, -0.5, 0.5, 0.5)),
      closed("shape://dot", new Ellipse2D.Double(-1e-6, -1e-6, 2e-6, 2e-6)),
      open("shape://plus", lines(0, -0.5, 0, 0.5, -0.5, 0, 0.5, 0)),
      open("shape://times", lines(-0.5, -0.5, 0.5, 0.5, -0.5, 0.5, 0.5, -0.5)),
      open("shape://oarrow", polyline(-0.5, -0.5, 0.5, 0, -0.5, 0.5)),
      closed("shape://carrow", polygon(-0.5, -0.5, 0.5, 0, -0.5, 0.5)));

  /** The mark for a WellKnownName (case-insensitive), empty for names we cannot draw. */
  public static Optional<MarkShape> named(String wellKnownName) {
    String key = wellKnownName == null ? "square" : wellKnownName.trim().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(MARKS.get(key));
  }

  /** Whether this mark has no extent of its own (a dot only shows through its stroke). */
  public boolean isDot() {
    return name.equals("shape://dot");
  }

  private static Map.Entry<String, MarkShape> closed(String name, Shape raw) {
    return Map.entry(name, new MarkShape(name, normalise(raw), false));
  }

  private static Map.Entry<String, MarkShape> open(String name, Shape raw) {
    // Hatch lines span the unit square exactly, so they tile seamlessly: no normalising.
    return Map.entry(name, new MarkShape(name, raw, true));
  }

  private static Shape cross() {
    double t = 0.125;
    return polygon(-t, -0.5, t, -0.5, t, -t, 0.5, -t, 0.5, t, t, t, t, 0.5, -t, 0.5, -t, t, -0.5, t, -0.5, -t, -t, -t);
  }

  /** Scales to one unit tall and centres on the bounding box. */
  private static Shape normalise(Shape s) {
    Rectangle2D b = s.getBounds2D();
    if (b.getHeight() < 1e-3) {
      return s;
    }
    AffineTransform t = AffineTransform.getScaleInstance(1 / b.getHeight(), 1 / b.getHeight());
    t.translate(-b.getCenterX(), -b.getCenterY());
    return t.createTransformedShape(s);
  }

  private static Shape polygon(double... xy) {
    Path2D.Double p = polyline(xy);
    p.closePath();
    return p;
  }

  private static Path2D.Double polyline(double... xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    return p;
  }

  /** Separate segments: x1,y1,x2,y2 per segment. */
  private static Shape lines(double... xy) {
    GeneralPath p = new GeneralPath();
    for (int i = 0; i < xy.length; i += 4) {
      p.moveTo(xy[i], xy[i + 1]);
      p.lineTo(xy[i + 2], xy[i + 3]);
    }
    return p;
  }

  private static Shape star() {
    double[] xy = new double[20];
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? 1 : 0.382;
      double a = -Math.PI / 2 + i * Math.PI / 5;
      xy[2 * i] = r * Math.cos(a);
      xy[2 * i + 1] = r * Math.sin(a);
    }
    return polygon(xy);
  }
}
