package org.banmap.geo;

import java.net.InetAddress;
import java.util.Optional;

/** Finds where an IP address is. The real one reads a MaxMind database; tests use fakes. */
public interface GeoLocator extends AutoCloseable {
  /** Empty when the database has no location for this address. Never does DNS. */
  Optional<GeoPlace> locate(InetAddress ip);

  /** The database's own name for attribution, e.g. "GeoLite2-City (MaxMind)". */
  String attribution();

  @Override
  default void close() {}
}
