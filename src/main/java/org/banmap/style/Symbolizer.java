package org.banmap.style;

import java.util.Optional;

/** How a matching feature is drawn. Symbolizers of a rule paint in document order. */
public sealed interface Symbolizer
    permits PointSymbolizer, LineSymbolizer, PolygonSymbolizer, TextSymbolizer, RasterSymbolizer {
  /**
   * The {@code <Geometry>} expression (a property or a function such as {@code centroid}); empty
   * means the feature's default geometry. Use {@link Values#geometryOf} to evaluate it.
   */
  Optional<Expression> geometry();

  Uom uom();

  VendorOptions options();

  Location at();
}
