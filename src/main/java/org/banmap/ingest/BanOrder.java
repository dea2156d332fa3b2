package org.banmap.ingest;

/**
 * Sorts ban columns by time, then file (by path) and line, the order of {@link
 * BanEvent#BY_TIME_FILE_LINE}, without building an object per ban: a merge sort of ban numbers.
 * Reading order is nearly time order (files by first timestamp, lines in time), so a check that
 * finds the columns sorted costs one pass, and runs that are already in order are not merged.
 */
final class BanOrder {
  private final Chunks.Longs epochSecond;
  private final Chunks.Ints nano;
  private final Chunks.Longs at;
  private final int[] fileRank;
  private final int lineBits;

  /**
   * @param at file number << {@code lineBits} | line
   * @param fileRank each file number's rank in path order
   */
  BanOrder(Chunks.Longs epochSecond, Chunks.Ints nano, Chunks.Longs at, int[] fileRank, int lineBits) {
    this.epochSecond = epochSecond;
    this.nano = nano;
    this.at = at;
    this.fileRank = fileRank;
    this.lineBits = lineBits;
  }

  /** The ban numbers in sorted order, or null when bans {@code 0 .. size-1} are in order already. */
  int[] sorted(int size) {
    boolean inOrder = true;
    for (int i = 1; i < size && inOrder; i++) {
      inOrder = compare(i - 1, i) <= 0;
    }
    if (inOrder) {
      return null;
    }
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    int[] scratch = order.clone();
    mergeSort(scratch, order, 0, size);
    return order;
  }

  /** Sorts {@code dst[from, to)}; {@code src} holds the same numbers on entry and is overwritten. */
  private void mergeSort(int[] src, int[] dst, int from, int to) {
    if (to - from < 32) {
      for (int i = from + 1; i < to; i++) {
        int x = dst[i];
        int j = i - 1;
        while (j >= from && compare(dst[j], x) > 0) {
          dst[j + 1] = dst[j];
          j--;
        }
        dst[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(dst, src, from, mid);
    mergeSort(dst, src, mid, to);
    if (compare(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, from, dst, from, to - from);
      return;
    }
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && compare(src[i], src[j]) <= 0)) {
        dst[k] = src[i++];
      } else {
        dst[k] = src[j++];
      }
    }
  }

  private int compare(int a, int b) {
    int c = Long.compare(epochSecond.get(a), epochSecond.get(b));
    if (c == 0) {
      c = Integer.compare(nano.get(a), nano.get(b));
    }
    if (c == 0) {
      long atA = at.get(a);
      long atB = at.get(b);
      c = Integer.compare(fileRank[(int) (atA >>> lineBits)], fileRank[(int) (atB >>> lineBits)]);
      if (c == 0) {
        c = Long.compare(atA, atB);
      }
    }
    return c;
  }
}
