package org.banmap.geo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct addresses of a run, numbered 0, 1, 2… in first-seen order, so that a ban holds its
 * address as an int. IPv4 addresses are kept as their bits in an int array and found through an
 * open-addressing index of two int arrays: ten million distinct addresses cost a few int arrays,
 * not ten million {@code InetAddress} objects and map nodes for the garbage collector to trace.
 * Other addresses (IPv6, rare in ban logs) are kept as objects. Numbers are only added while the
 * geo stage builds the table; afterwards it is read-only and safe to share between threads.
 */
public final class AddressTable {
  private int[] ipv4 = new int[1024];
  /** Numbers whose address is in {@link #others}, not {@link #ipv4} (a bit set: no boxing per query). */
  private final BitSet notIpv4 = new BitSet();
  private final Map<Integer, InetAddress> others = new HashMap<>();
  private int size;
  /** IPv4 bits to number; null once {@link #freeze frozen}. */
  private int[] indexKeys = new int[1024];
  private int[] indexValues = newIndexValues(1024);
  private Map<InetAddress, Integer> otherNumbers = new HashMap<>();

  /** The number of these IPv4 bits, a new one if the address was not seen yet. */
  int number(int ipv4Bits) {
    checkOpen();
    // Load factor 3/4: ten million addresses index in 2 x 16M ints (128 MB), not 2 x 32M.
    if (size * 4 >= indexKeys.length * 3) {
      growIndex();
    }
    int mask = indexKeys.length - 1;
    int i = mix(ipv4Bits) & mask;
    while (indexValues[i] >= 0) {
      if (indexKeys[i] == ipv4Bits) {
        return indexValues[i];
      }
      i = (i + 1) & mask;
    }
    int number = append(ipv4Bits);
    indexKeys[i] = ipv4Bits;
    indexValues[i] = number;
    return number;
  }

  /** The number of {@code ip}, a new one if it was not seen yet. */
  int number(InetAddress ip) {
    if (ip.getAddress().length == 4) {
      return number(bits(ip.getAddress()));
    }
    checkOpen();
    Integer known = otherNumbers.get(ip);
    if (known != null) {
      return known;
    }
    int number = append(0);
    notIpv4.set(number);
    others.put(number, ip);
    otherNumbers.put(ip, number);
    return number;
  }

  /** Drops the lookup index and spare capacity: the table is read-only from here on. */
  AddressTable freeze() {
    if (indexKeys == null) {
      return this;
    }
    ipv4 = Arrays.copyOf(ipv4, size);
    indexKeys = null;
    indexValues = null;
    otherNumbers = null;
    return this;
  }

  public int size() {
    return size;
  }

  public boolean isIpv4(int number) {
    return !notIpv4.get(check(number));
  }

  /** The address's bits as a big-endian int; only for {@link #isIpv4} numbers. */
  public int ipv4Bits(int number) {
    if (!isIpv4(number)) {
      throw new IllegalArgumentException("address " + number + " is not IPv4: " + others.get(number));
    }
    return ipv4[number];
  }

  public InetAddress address(int number) {
    if (!isIpv4(number)) {
      return others.get(number);
    }
    int b = ipv4[number];
    try {
      return InetAddress.getByAddress(new byte[] {(byte) (b >>> 24), (byte) (b >>> 16), (byte) (b >>> 8), (byte) b});
    } catch (UnknownHostException e) {
      throw new AssertionError("4 bytes are always an IPv4 address", e);
    }
  }

  /** The address as {@link InetAddress#getHostAddress()} writes it, e.g. {@code 203.0.113.7}. */
  public String text(int number) {
    if (!isIpv4(number)) {
      return others.get(number).getHostAddress();
    }
    int b = ipv4[number];
    return (b >>> 24) + "." + ((b >>> 16) & 0xFF) + "." + ((b >>> 8) & 0xFF) + "." + (b & 0xFF);
  }

  static int bits(byte[] b) {
    return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
  }

  private int check(int number) {
    if (number < 0 || number >= size) {
      throw new IndexOutOfBoundsException("address " + number + " of " + size);
    }
    return number;
  }

  private void checkOpen() {
    if (indexKeys == null) {
      throw new IllegalStateException("the address table is frozen");
    }
  }

  private int append(int bits) {
    if (size == ipv4.length) {
      ipv4 = Arrays.copyOf(ipv4, size * 2);
    }
    ipv4[size] = bits;
    return size++;
  }

  private void growIndex() {
    int[] oldKeys = indexKeys;
    int[] oldValues = indexValues;
    indexKeys = new int[oldKeys.length * 2];
    indexValues = newIndexValues(oldKeys.length * 2);
    int mask = indexKeys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] >= 0) {
        int i = mix(oldKeys[j]) & mask;
        while (indexValues[i] >= 0) {
          i = (i + 1) & mask;
        }
        indexKeys[i] = oldKeys[j];
        indexValues[i] = oldValues[j];
      }
    }
  }

  private static int[] newIndexValues(int length) {
    int[] values = new int[length];
    Arrays.fill(values, -1);
    return values;
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
