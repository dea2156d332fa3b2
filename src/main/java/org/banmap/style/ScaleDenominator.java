package org.banmap.style;

import java.util.ArrayList;
import java.util.List;

/**
 * OGC scale denominators (sld-semantics.md §4): a standard 0.28 mm pixel, geographic degrees turned
 * into metres on the WGS84 equator, and GeoTools' rule scale test with its 1e-6 tolerance.
 */
public final class ScaleDenominator {
  private ScaleDenominator() {}

  /** The OGC standard rendering pixel in metres. */
  public static final double PIXEL_METRES = 0.00028;
  /** Dots per inch of a 0.28 mm pixel (≈ 90.714). */
  public static final double DPI = 0.0254 / PIXEL_METRES;
  /** Metres per degree of longitude on the equator: 6378137 · 2π / 360 ≈ 111,319.49. */
  public static final double METRES_PER_DEGREE = 6378137.0 * 2 * Math.PI / 360.0;

  private static final double TOLERANCE = 1e-6;

  /** The scale denominator of an image {@code widthPx} wide showing {@code groundMetres}. */
  public static double ofMetres(double groundMetres, int widthPx) {
    return groundMetres / (widthPx / DPI * 0.0254);
  }

  /** The scale denominator of an image {@code widthPx} wide showing {@code degrees} of longitude. */
  public static double ofDegrees(double degrees, int widthPx) {
    return ofMetres(degrees * METRES_PER_DEGREE, widthPx);
  }

  /** Screen pixels per ground metre at a scale, for {@code uom=metre} sizes. */
  public static double pixelsPerMetre(double scaleDenominator) {
    return (1 / scaleDenominator) * DPI / 0.0254;
  }

  /** GeoTools' test: {@code min − 1e-6 ≤ scale < max + 1e-6}. */
  public static boolean inScale(Rule rule, double scale) {
    return rule.minScaleDenominator() - TOLERANCE <= scale
        && scale < rule.maxScaleDenominator() + TOLERANCE;
  }

  /**
   * The rules of {@code fts} that may paint at {@code scale}: out-of-scale rules and
   * {@code inclusion=legendOnly} rules dropped, normal and else rules separated. Compute once per
   * frame and FTS, then call {@link ActiveRules#forEachMatching} per feature.
   */
  public static ActiveRules activeRules(FeatureTypeStyle fts, double scale) {
    List<Rule> normal = new ArrayList<>();
    List<Rule> otherwise = new ArrayList<>();
    for (Rule rule : fts.rules()) {
      if (!rule.onMap() || !inScale(rule, scale)) {
        continue;
      }
      (rule.elseFilter() ? otherwise : normal).add(rule);
    }
    return new ActiveRules(normal, otherwise, fts.firstRuleOnly());
  }
}
