package org.banmap.geo;

/**
 * A stable sort of indexes by a long key, on primitive arrays: bottom-up merge sort, so ten
 * million bans sort in two int arrays instead of ten million boxed indexes and a comparator.
 */
final class TimeOrder {
  private TimeOrder() {}

  /** The indexes 0..n-1 ordered by {@code keys}, equal keys in index order. */
  static int[] stableOrder(long[] keys) {
    int n = keys.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] buffer = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        merge(keys, order, buffer, lo, mid, hi);
      }
      int[] swap = order;
      order = buffer;
      buffer = swap;
    }
    return order;
  }

  /** Merges the sorted runs {@code from[lo, mid)} and {@code from[mid, hi)} into {@code to[lo, hi)}. */
  private static void merge(long[] keys, int[] from, int[] to, int lo, int mid, int hi) {
    int a = lo;
    int b = mid;
    for (int k = lo; k < hi; k++) {
      // "<=" takes from the left run on ties: that is what keeps the sort stable.
      if (b >= hi || (a < mid && keys[from[a]] <= keys[from[b]])) {
        to[k] = from[a++];
      } else {
        to[k] = from[b++];
      }
    }
  }
}
