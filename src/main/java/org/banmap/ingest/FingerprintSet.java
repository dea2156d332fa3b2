package org.banmap.ingest;

/**
 * A set of 64-bit fingerprints with open addressing: 8 to 21 bytes per entry instead of the ~50 of a
 * {@code HashSet<Long>}, so de-duplicating millions of events stays cheap. Zero is kept aside as
 * the empty slot marker.
 */
final class FingerprintSet {
  private long[] slots = new long[1024];
  private int size;
  private boolean hasZero;

  /** Adds {@code fp}; false if it was already present. */
  boolean add(long fp) {
    if (fp == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    // Load factor 3/4 (linear probing stays short with a mixed hash): ten million events take a
    // 128 MB table, not 256 MB, and 384 MB while it grows, not 768 MB.
    if (size * 4L >= slots.length * 3L) {
      grow();
    }
    if (!insert(slots, fp)) {
      return false;
    }
    size++;
    return true;
  }

  private static boolean insert(long[] table, long fp) {
    int mask = table.length - 1;
    int i = (int) mix(fp) & mask;
    while (table[i] != 0) {
      if (table[i] == fp) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = fp;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long fp : slots) {
      if (fp != 0) {
        insert(bigger, fp);
      }
    }
    slots = bigger;
  }

  /** Final mix of SplitMix64, so similar fingerprints spread over the table. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
