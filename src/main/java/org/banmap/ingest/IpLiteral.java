package org.banmap.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Parses an IP address literal without ever asking DNS: fail2ban ids can be hostnames or user
 * names, and {@link InetAddress#getByName} would resolve those (slowly, and leaking the lookup).
 */
public final class IpLiteral {
  private IpLiteral() {}

  /**
   * IPv4 dotted quad or IPv6 (any compressed form, with or without an embedded IPv4 tail). An
   * IPv4-mapped address ({@code ::ffff:61.4.83.52}) comes back as the plain IPv4 address. CIDRs,
   * zone ids ({@code fe80::1%eth0}), brackets and masked text ({@code X.X.X.X}) are rejected.
   */
  public static Optional<InetAddress> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 45) {
      return Optional.empty();
    }
    if (text.indexOf(':') < 0) {
      byte[] v4 = parseIpv4(text);
      return v4 == null ? Optional.empty() : Optional.of(byAddress(v4));
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
      if (!ok) {
        return Optional.empty();
      }
    }
    try {
      // With a ':' and only hex digits, ':' and '.', the JDK takes the IPv6 literal path and
      // throws instead of resolving; it also turns ::ffff:a.b.c.d into an Inet4Address.
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static byte[] parseIpv4(String s) {
    byte[] out = new byte[4];
    int part = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c == '.') {
        if (digits == 0 || part > 3) {
          return null;
        }
        out[part++] = (byte) value;
        value = 0;
        digits = 0;
      } else if (c >= '0' && c <= '9' && digits < 3) {
        value = value * 10 + (c - '0');
        digits++;
        if (value > 255) {
          return null;
        }
      } else {
        return null;
      }
    }
    return part == 4 ? out : null;
  }

  private static InetAddress byAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new AssertionError("4 bytes are always a valid IPv4 address", e);
    }
  }
}
