package org.banmap.basemap;

import java.util.List;

/** The shapes drawn under the bans, and the credit line their licence asks for. */
public record Basemap(List<BasemapFeature> features, String attribution) {
  public Basemap {
    features = List.copyOf(features);
  }
}
