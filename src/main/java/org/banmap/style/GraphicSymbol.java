package org.banmap.style;

import java.util.Optional;

/** One alternative inside a {@link Graphic}: a well-known mark or an external image. */
public sealed interface GraphicSymbol {
  /**
   * A vector mark. {@code wellKnownName} evaluates to e.g. {@code circle}, {@code shape://slash},
   * {@code ttf://Font#0x41} (also built from SE OnlineResource + MarkIndex) or {@code wkt://...};
   * {@code square} when absent. A missing Fill or Stroke element means that part is not painted.
   */
  record Mark(Expression wellKnownName, Optional<Fill> fill, Optional<Stroke> stroke, Location at)
      implements GraphicSymbol {}

  /**
   * An image or SVG. {@code href} is the raw link, possibly with {@code ${...}} templates already
   * compiled into the expression and a parametric-SVG query ({@code x.svg?fill=%23ff0000}); resolve
   * its value with {@link GraphicResolver}.
   *
   * @param format the MIME type as written, e.g. {@code image/png}; may be empty
   */
  record ExternalGraphic(Expression href, String format, Location at) implements GraphicSymbol {}
}
