package org.banmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressTableTest {
  @Test
  void numbersAddressesInFirstSeenOrderAcrossIndexGrowth() throws Exception {
    AddressTable table = new AddressTable();
    // Far more addresses than the first index holds, each seen twice, IPv6 ones in between.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5000; i++) {
        int bits = 0x51000000 + i * 7919;
        assertEquals(i + i / 1000, table.number(bits), "address " + i + " round " + round);
        if (i % 1000 == 999) {
          assertEquals(i + i / 1000 + 1, table.number(InetAddress.getByName("2001:db8::" + Integer.toHexString(i))));
        }
      }
    }
    assertEquals(5005, table.size());
    table.freeze();
    assertEquals(5005, table.size());
    assertTrue(table.isIpv4(0));
    assertEquals(0x51000000 + 7919, table.ipv4Bits(1));
    assertEquals(InetAddress.getByAddress(new byte[] {0x51, 0, 0x1e, (byte) 0xef}), table.address(1));
    assertEquals("81.0.30.239", table.text(1));
    assertFalse(table.isIpv4(1000));
    assertEquals("2001:db8:0:0:0:0:0:3e7", table.text(1000));
    assertEquals(InetAddress.getByName("2001:db8::3e7"), table.address(1000));
    assertThrows(IllegalArgumentException.class, () -> table.ipv4Bits(1000));
    assertThrows(IndexOutOfBoundsException.class, () -> table.text(5005));
    assertThrows(IllegalStateException.class, () -> table.number(1), "frozen: read-only");
  }

  @Test
  void anIpv4AddressGivenAsObjectOrBitsIsOneNumber() throws Exception {
    AddressTable table = new AddressTable();
    assertEquals(0, table.number(InetAddress.getByName("203.0.113.7")));
    assertEquals(0, table.number(0xCB007107));
    assertEquals(1, table.number(0));
    assertEquals("0.0.0.0", table.text(1));
  }
}
