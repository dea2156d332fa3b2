package org.banmap.ingest;

import java.util.Arrays;

/**
 * Growable primitive columns stored in fixed-size chunks: adding never copies what is there, and
 * the spare room is at most one chunk, where a doubling array copies everything (briefly holding
 * it twice) and leaves up to half of itself unused. {@link BanList} keeps its columns in these.
 */
final class Chunks {
  /** 4,096 entries: small runs (the demo's 5,000 bans) take a few chunks, not megabytes. */
  private static final int SHIFT = 12;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private Chunks() {}

  /** A column of longs. */
  static final class Longs {
    private long[][] chunks = new long[4][];
    private int size;

    void add(long value) {
      int c = size >>> SHIFT;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      if (chunks[c] == null) {
        chunks[c] = new long[CHUNK];
      }
      chunks[c][size & MASK] = value;
      size++;
    }

    long get(int index) {
      return chunks[index >>> SHIFT][index & MASK];
    }

    int size() {
      return size;
    }

    /** Reorders the column so that entry {@code i} becomes the old entry {@code order[i]}. */
    void permute(int[] order) {
      Longs moved = new Longs();
      for (int from : order) {
        moved.add(get(from));
      }
      chunks = moved.chunks;
    }
  }

  /** A column of ints. */
  static final class Ints {
    private int[][] chunks = new int[4][];
    private int size;

    void add(int value) {
      int c = size >>> SHIFT;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      if (chunks[c] == null) {
        chunks[c] = new int[CHUNK];
      }
      chunks[c][size & MASK] = value;
      size++;
    }

    int get(int index) {
      return chunks[index >>> SHIFT][index & MASK];
    }

    int size() {
      return size;
    }

    /** Reorders the column so that entry {@code i} becomes the old entry {@code order[i]}. */
    void permute(int[] order) {
      Ints moved = new Ints();
      for (int from : order) {
        moved.add(get(from));
      }
      chunks = moved.chunks;
    }
  }
}
