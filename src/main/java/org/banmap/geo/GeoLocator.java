package org.banmap.geo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Finds where an IP address is. The real one reads a MaxMind database; tests use fakes. */
public interface GeoLocator extends AutoCloseable {
  /** Empty when the database has no location for this address. Never does DNS. */
  Optional<GeoPlace> locate(InetAddress ip);

  /**
   * {@link #locate} of the IPv4 address with these bits (big-endian). A locator that can answer
   * from the bits (a cache) overrides this to skip building the {@code InetAddress}.
   */
  default Optional<GeoPlace> locateIpv4(int bits) {
    try {
      return locate(InetAddress.getByAddress(
          new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits}));
    } catch (UnknownHostException e) {
      throw new AssertionError("4 bytes are always an IPv4 address", e);
    }
  }

  /** The database's own name for attribution, e.g. "GeoLite2-City (MaxMind)". */
  String attribution();

  @Override
  default void close() {}
}
