package org.banmap.geo;

import java.util.Objects;
import org.banmap.ingest.BanEvent;

/** A ban with the place its address was found at. */
public record LocatedBan(BanEvent ban, GeoPlace place) {
  public LocatedBan {
    Objects.requireNonNull(ban, "ban");
    Objects.requireNonNull(place, "place");
  }
}
