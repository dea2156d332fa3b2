package org.banmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralTest {
  @ParameterizedTest
  @CsvSource({
    "122.225.97.85, 122.225.97.85",
    "0.0.0.0, 0.0.0.0",
    "::ffff:61.4.83.52, 61.4.83.52",
    "::FFFF:61.4.83.52, 61.4.83.52",
  })
  void ipv4(String text, String expected) {
    var ip = IpLiteral.parse(text).orElseThrow();
    assertTrue(ip instanceof Inet4Address, text);
    assertEquals(expected, ip.getHostAddress());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001:db8::1", "::1", "2a01:4f8:c17:3a1c::1", "fe80:0:0:0:0:0:0:1", "64:ff9b::192.0.2.33"})
  void ipv6(String text) {
    assertTrue(IpLiteral.parse(text).orElseThrow() instanceof Inet6Address, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"X.X.X.X", "example.com", "localhost", "root", "1.2.3.0/24", "256.1.1.1", "1.2.3", "1.2.3.4.5",
      "01234.1.1.1", "1..2.3", "fe80::1%eth0", "[::1]", "2001:db8::/32", ":::", "", "1.2.3.4,"})
  void notAnIp(String text) {
    assertTrue(IpLiteral.parse(text).isEmpty(), text);
  }
}
