package org.banmap.render;

import java.time.ZoneId;

/**
 * What is burned into every frame on top of the map: the clock (in {@code zone}), a running ban
 * count, an activity strip along the bottom with a cursor, and the data attribution.
 */
public record Overlay(boolean enabled, ZoneId zone, String attribution) {
  /** No text or strip: used by golden tests, whose pixels must not depend on installed fonts. */
  public static Overlay none() {
    return new Overlay(false, ZoneId.of("UTC"), "");
  }

  public static Overlay of(ZoneId zone, String attribution) {
    return new Overlay(true, zone, attribution);
  }
}
