package org.banmap.style;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/**
 * Every default the style model applies, in one place, as GeoTools applies them (sld-semantics.md
 * §3). The reader fills these in for absent parameters; absent <em>elements</em> that mean "do not
 * paint" (a polygon without Fill, a Mark without Stroke) stay {@link Optional#empty()} instead.
 */
public final class StyleDefaults {
  private StyleDefaults() {}

  public static final Color FILL_COLOR = new Color(0x80, 0x80, 0x80);
  public static final Color STROKE_COLOR = Color.BLACK;
  public static final double STROKE_WIDTH = 1;
  public static final String LINE_JOIN = "miter";
  public static final String LINE_CAP = "butt";

  /** GeoTools draws a Mark without Size at 16 px (the spec says 6). */
  public static final double MARK_SIZE = 16;
  /** The grey square drawn when every ExternalGraphic failed and no Size is given. */
  public static final double FALLBACK_GRAPHIC_SIZE = 6;
  /** A GraphicFill Mark without Size tiles at 16 px. */
  public static final double GRAPHIC_FILL_MARK_SIZE = 16;
  public static final String MARK_NAME = "square";

  public static final double GRAPHIC_ANCHOR_X = 0.5;
  public static final double GRAPHIC_ANCHOR_Y = 0.5;
  /** Labels start at the point, vertically centred. */
  public static final double LABEL_ANCHOR_X = 0;
  public static final double LABEL_ANCHOR_Y = 0.5;

  public static final String FONT_FAMILY = "Serif";
  public static final String FONT_STYLE = "normal";
  public static final String FONT_WEIGHT = "normal";
  public static final double FONT_SIZE = 10;
  public static final Color LABEL_COLOR = Color.BLACK;
  public static final double HALO_RADIUS = 1;
  public static final Color HALO_COLOR = Color.WHITE;
  public static final double LABEL_PRIORITY = 1000;

  static final Expression ZERO = Expression.literal(0.0);
  static final Expression ONE = Expression.literal(1.0);

  public static Fill fill() {
    return new Fill(Expression.literal(FILL_COLOR), ONE, Optional.empty());
  }

  public static Stroke stroke() {
    return new Stroke(
        Expression.literal(STROKE_COLOR),
        Expression.literal(STROKE_WIDTH),
        ONE,
        Expression.literal(LINE_JOIN),
        Expression.literal(LINE_CAP),
        Optional.empty(),
        ZERO,
        Optional.empty(),
        Optional.empty());
  }

  public static Font font() {
    return new Font(
        List.of(Expression.literal(FONT_FAMILY)),
        Expression.literal(FONT_STYLE),
        Expression.literal(FONT_WEIGHT),
        Expression.literal(FONT_SIZE));
  }

  public static Fill labelFill() {
    return new Fill(Expression.literal(LABEL_COLOR), ONE, Optional.empty());
  }

  public static Halo halo() {
    return new Halo(
        Expression.literal(HALO_RADIUS),
        new Fill(Expression.literal(HALO_COLOR), ONE, Optional.empty()));
  }

  public static AnchorPoint graphicAnchor() {
    return AnchorPoint.of(GRAPHIC_ANCHOR_X, GRAPHIC_ANCHOR_Y);
  }

  public static LabelPlacement.PointPlacement labelPlacement() {
    return new LabelPlacement.PointPlacement(
        AnchorPoint.of(LABEL_ANCHOR_X, LABEL_ANCHOR_Y), Displacement.NONE, ZERO);
  }

  /** The SLD 1.0 default for a Graphic with neither Mark nor ExternalGraphic: a grey square. */
  public static GraphicSymbol.Mark mark(Location at) {
    return new GraphicSymbol.Mark(
        Expression.literal(MARK_NAME), Optional.of(fill()), Optional.of(stroke()), at);
  }
}
