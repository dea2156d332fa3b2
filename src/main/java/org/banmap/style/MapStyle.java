package org.banmap.style;

import java.nio.file.Path;
import java.util.List;

/**
 * A whole SLD document, flattened: every NamedLayer/UserLayer's UserStyles' FeatureTypeStyles in
 * document order (first paints at the bottom). Each FTS keeps its layer and style name.
 *
 * @param name the first UserStyle's name, else the first layer's name; may be null
 * @param title the first UserStyle's title; may be null
 * @param source the file name used in messages
 * @param baseDir the folder relative ExternalGraphic hrefs resolve against; may be null for
 *     styles read from a string without one (then relative graphics are Missing)
 */
public record MapStyle(
    String name, String title, List<FeatureTypeStyle> featureTypeStyles, String source, Path baseDir) {
  public MapStyle {
    featureTypeStyles = List.copyOf(featureTypeStyles);
  }
}
