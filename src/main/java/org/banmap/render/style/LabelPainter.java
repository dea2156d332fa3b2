package org.banmap.render.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.banmap.map.Feature;
import org.banmap.map.MapView;
import org.banmap.style.Expression;
import org.banmap.style.LabelPlacement;
import org.banmap.style.StyleDefaults;
import org.banmap.style.StyleEnv;
import org.banmap.style.TextSymbolizer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Labels, deferred: TextSymbolizers add candidates while features paint, and {@link Batch#paint}
 * draws them after all geometry, highest Priority first (ties in paint order), skipping any whose
 * box (grown by {@code spaceAround}) overlaps a placed label unless {@code conflictResolution=false}.
 * Point placement anchors at (0, 0.5) by default, its displacement +Y moves the label <em>up</em>
 * and rotation is clockwise; line placement centres the text on the longest line's middle, turned
 * along it and kept upright.
 */
final class LabelPainter {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final Set<String> FAMILIES = Set.of(
      GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));

  private record Candidate(int order, double priority, GlyphVector glyphs, AffineTransform at, Color fill,
      Color halo, double haloRadius, double spaceAround, boolean conflicts) {}

  Batch batch(MapView view) {
    return new Batch(view);
  }

  final class Batch {
    private final MapView view;
    private final List<Candidate> candidates = new ArrayList<>();

    private Batch(MapView view) {
      this.view = view;
    }

    void add(TextSymbolizer t, Geometry geom, Feature f, StyleEnv env, double unit) {
      String text = t.label().map(e -> e.asString(f, env)).orElse(null);
      if (text == null || text.isBlank()) {
        return;
      }
      Font font = font(t.font(), f, env, unit);
      GlyphVector glyphs = font.createGlyphVector(FRC, text.strip());
      LineMetrics lm = font.getLineMetrics(text, FRC);
      double w = glyphs.getLogicalBounds().getWidth();
      double h = lm.getAscent() + lm.getDescent();
      AffineTransform at = placement(t.placement(), geom, f, env, unit, w, h, lm);
      if (at == null) {
        return;
      }
      Color fill = PointSymbols.fillColor(t.fill(), f, env);
      Color halo = t.halo().map(hl -> PointSymbols.fillColor(hl.fill(), f, env)).orElse(null);
      double haloRadius = t.halo().map(hl -> StrokePaint.number(hl.radius(), f, env, StyleDefaults.HALO_RADIUS))
          .orElse(0.0) * unit;
      double priority = StrokePaint.number(t.priority(), f, env, StyleDefaults.LABEL_PRIORITY);
      candidates.add(new Candidate(candidates.size(), priority, glyphs, at, fill, halo, haloRadius,
          t.options().number("spaceAround", 0), t.options().bool("conflictResolution", true)));
    }

    /** The transform from glyph space (baseline origin) to the screen, or null when there is no anchor. */
    private AffineTransform placement(LabelPlacement placement, Geometry geom, Feature f, StyleEnv env, double unit,
        double w, double h, LineMetrics lm) {
      if (placement instanceof LabelPlacement.LinePlacement lp && geom.getDimension() == 1) {
        LineString line = longest(geom);
        double[] mid = middle(line);
        double angle = Math.atan2(mid[3], mid[2]);
        if (angle > Math.PI / 2 || angle < -Math.PI / 2) {
          angle += Math.PI;
        }
        double offset = StrokePaint.number(lp.perpendicularOffset(), f, env, 0) * unit;
        AffineTransform at = AffineTransform.getTranslateInstance(mid[0], mid[1]);
        at.rotate(angle);
        at.translate(-w / 2, -offset + (lm.getAscent() - lm.getDescent()) / 2);
        return at;
      }
      double ax = StyleDefaults.LABEL_ANCHOR_X;
      double ay = StyleDefaults.LABEL_ANCHOR_Y;
      double dx = 0;
      double dy = 0;
      double rotation = 0;
      if (placement instanceof LabelPlacement.PointPlacement pp) {
        ax = StrokePaint.number(pp.anchor().x(), f, env, ax);
        ay = StrokePaint.number(pp.anchor().y(), f, env, ay);
        dx = StrokePaint.number(pp.displacement().x(), f, env, 0) * unit;
        dy = StrokePaint.number(pp.displacement().y(), f, env, 0) * unit;
        rotation = StrokePaint.number(pp.rotation(), f, env, 0);
      }
      List<Coordinate> at = GeometryShapes.symbolPoints(geom);
      if (at.isEmpty()) {
        return null;
      }
      AffineTransform t = AffineTransform.getTranslateInstance(view.x(at.get(0).x), view.y(at.get(0).y));
      t.rotate(Math.toRadians(rotation));
      // Label displacement is y-up (subtracted on screen), unlike point graphics.
      t.translate(dx - ax * w, -dy + ay * h - lm.getDescent());
      return t;
    }

    /** Screen x, y of the line's middle by length, and the direction (dx, dy) of the segment there. */
    private double[] middle(LineString line) {
      double half = line.getLength() / 2;
      double walked = 0;
      Coordinate[] cs = line.getCoordinates();
      for (int i = 1; i < cs.length; i++) {
        double len = cs[i - 1].distance(cs[i]);
        if (walked + len >= half && len > 0) {
          double t = (half - walked) / len;
          double x = view.x(cs[i - 1].x + t * (cs[i].x - cs[i - 1].x));
          double y = view.y(cs[i - 1].y + t * (cs[i].y - cs[i - 1].y));
          return new double[] {x, y, view.x(cs[i].x) - view.x(cs[i - 1].x), view.y(cs[i].y) - view.y(cs[i - 1].y)};
        }
        walked += len;
      }
      return new double[] {view.x(cs[0].x), view.y(cs[0].y), 1, 0};
    }

    void paint(Graphics2D g) {
      candidates.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparingInt(Candidate::order));
      LabelIndex index = new LabelIndex(view.widthPx(), view.heightPx());
      for (Candidate c : candidates) {
        Shape outline = c.at.createTransformedShape(c.glyphs.getOutline());
        Rectangle2D box = c.at.createTransformedShape(c.glyphs.getLogicalBounds()).getBounds2D();
        double grow = c.spaceAround + c.haloRadius;
        box.setRect(box.getX() - grow, box.getY() - grow, box.getWidth() + 2 * grow, box.getHeight() + 2 * grow);
        if (c.conflicts && !index.reserve(box)) {
          continue;
        }
        if (c.halo != null && c.haloRadius > 0 && c.halo.getAlpha() > 0) {
          g.setColor(c.halo);
          g.setStroke(new BasicStroke((float) (2 * c.haloRadius), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.draw(outline);
        }
        g.setColor(c.fill);
        g.fill(outline);
      }
      candidates.clear();
    }
  }

  private static Font font(org.banmap.style.Font spec, Feature f, StyleEnv env, double unit) {
    String family = StyleDefaults.FONT_FAMILY;
    for (Expression e : spec.families()) {
      String name = e.asString(f, env);
      if (name != null && (FAMILIES.contains(name) || isLogical(name))) {
        family = name;
        break;
      }
    }
    String style = text(spec.style(), f, env);
    String weight = text(spec.weight(), f, env);
    int awt = (weight.equals("bold") ? Font.BOLD : 0)
        | (style.equals("italic") || style.equals("oblique") ? Font.ITALIC : 0);
    double size = StrokePaint.number(spec.size(), f, env, StyleDefaults.FONT_SIZE) * unit;
    return new Font(family, awt, 1).deriveFont((float) Math.max(1, size));
  }

  private static boolean isLogical(String name) {
    return Set.of("serif", "sansserif", "monospaced", "dialog", "dialoginput").contains(name.toLowerCase(Locale.ROOT));
  }

  private static String text(Expression e, Feature f, StyleEnv env) {
    String s = e == null ? null : e.asString(f, env);
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
  }

  private static LineString longest(Geometry g) {
    LineString best = null;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof LineString l && (best == null || l.getLength() > best.getLength())) {
        best = l;
      }
    }
    return best;
  }
}
