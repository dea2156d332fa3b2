package org.banmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.banmap.style.FeatureTypeStyle;
import org.banmap.style.Fill;
import org.banmap.style.Graphic;
import org.banmap.style.GraphicResolver;
import org.banmap.style.GraphicSymbol;
import org.banmap.style.LineSymbolizer;
import org.banmap.style.MapStyle;
import org.banmap.style.PointSymbolizer;
import org.banmap.style.PolygonSymbolizer;
import org.banmap.style.Rule;
import org.banmap.style.Stroke;
import org.banmap.style.StyleEnv;
import org.banmap.style.StyleIssue;
import org.banmap.style.Symbolizer;
import org.banmap.style.TextSymbolizer;

/**
 * Finds every ExternalGraphic with a fixed href in a style and reports the ones that cannot be
 * used (absent, remote, outside the allowed folders) as warnings: the painter then falls back to
 * the next alternative or the default mark, so the picture changes but still renders.
 */
final class StyleGraphics {
  private static final java.util.regex.Pattern REMOTE = java.util.regex.Pattern.compile("(?i)(https?|ftp)://");

  private StyleGraphics() {}

  static List<StyleIssue> missing(MapStyle style, List<Path> allowedDirs) {
    GraphicResolver resolver = GraphicResolver.forStyle(style, allowedDirs);
    List<GraphicSymbol.ExternalGraphic> graphics = new ArrayList<>();
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      for (Rule rule : fts.rules()) {
        for (Symbolizer s : rule.symbolizers()) {
          collect(s, graphics);
        }
      }
    }
    List<StyleIssue> issues = new ArrayList<>();
    for (GraphicSymbol.ExternalGraphic g : graphics) {
      if (!g.href().isConstant()) {
        continue; // depends on the feature: checked when drawn
      }
      String href = g.href().asString(null, StyleEnv.EMPTY);
      if (href == null || REMOTE.matcher(href).lookingAt()) {
        continue; // the reader already warns about remote links
      }
      GraphicResolver.Resolution r;
      try {
        r = resolver.resolve(href);
      } catch (RuntimeException e) {
        r = new GraphicResolver.Missing(e.getMessage());
      }
      if (r instanceof GraphicResolver.Missing) {
        issues.add(StyleIssue.at(g.at(), StyleIssue.Severity.WARNING,
            "graphic '" + href + "' cannot be used: " + ((GraphicResolver.Missing) r).reason() + " (the next alternative or the default mark is drawn)"));
      }
    }
    return issues;
  }

  private static void collect(Symbolizer s, List<GraphicSymbol.ExternalGraphic> out) {
    if (s instanceof PointSymbolizer) {
      graphic(Optional.of(((PointSymbolizer) s).graphic()), out);
    } else if (s instanceof PolygonSymbolizer) {
      fill(((PolygonSymbolizer) s).fill(), out);
      stroke(((PolygonSymbolizer) s).stroke(), out);
    } else if (s instanceof LineSymbolizer) {
      stroke(((LineSymbolizer) s).stroke(), out);
    } else if (s instanceof TextSymbolizer) {
      graphic(((TextSymbolizer) s).graphic(), out);
    }
  }

  private static void fill(Optional<Fill> fill, List<GraphicSymbol.ExternalGraphic> out) {
    fill.ifPresent(f -> graphic(f.graphicFill(), out));
  }

  private static void stroke(Optional<Stroke> stroke, List<GraphicSymbol.ExternalGraphic> out) {
    stroke.ifPresent(s -> {
      graphic(s.graphicStroke(), out);
      graphic(s.graphicFill(), out);
    });
  }

  private static void graphic(Optional<Graphic> graphic, List<GraphicSymbol.ExternalGraphic> out) {
    graphic.ifPresent(g -> {
      for (GraphicSymbol symbol : g.symbols()) {
        if (symbol instanceof GraphicSymbol.ExternalGraphic) {
          out.add((GraphicSymbol.ExternalGraphic) symbol);
        } else if (symbol instanceof GraphicSymbol.Mark) {
          GraphicSymbol.Mark m = (GraphicSymbol.Mark) symbol;
          fill(m.fill(), out);
          stroke(m.stroke(), out);
        }
      }
    });
  }
}
