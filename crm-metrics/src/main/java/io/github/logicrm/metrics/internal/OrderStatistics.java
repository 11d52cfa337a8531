package io.github.logicrm.metrics.internal;

import java.util.Arrays;

/**
 * Order statistics on {@code double} arrays: in-place median by selection, a radix sort of indices with
 * tie runs, and mid-rank percentiles. Values must not be NaN (callers validate first). Not part of the public
 * API.
 */
public final class OrderStatistics {

  private OrderStatistics() {}

  /**
   * Returns the median of the first {@code length} elements, reordering them.
   *
   * @param a values, reordered in place
   * @param length how many leading elements to use, {@code >= 1}
   * @return the median; the mean of the two middle values when {@code length} is even
   */
  public static double medianInPlace(double[] a, int length) {
    int k = length >>> 1;
    double upper = select(a, length, k);
    if ((length & 1) == 1) {
      return upper;
    }
    double lower = a[0];
    for (int i = 1; i < k; i++) {
      if (a[i] > lower) {
        lower = a[i];
      }
    }
    return 0.5 * (lower + upper);
  }

  /**
   * Moves the {@code k}-th smallest of the first {@code length} elements to index {@code k}, smaller or equal
   * values before it and greater or equal after it, and returns it.
   *
   * <p>Quickselect with a median-of-three pivot and branch-free partitions (values below the pivot, then
   * values equal to it), so that random data costs few mispredicted branches and many ties cost no extra
   * rounds.
   *
   * @param a values, reordered in place
   * @param length how many leading elements to use
   * @param k rank sought, 0-based, {@code < length}
   * @return the {@code k}-th smallest value
   */
  public static double select(double[] a, int length, int k) {
    int lo = 0;
    int hi = length - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      double pivot = a[mid];
      int less = lo;
      for (int i = lo; i <= hi; i++) {
        double x = a[i];
        a[i] = a[less];
        a[less] = x;
        less += x < pivot ? 1 : 0;
      }
      if (k < less) {
        hi = less - 1;
        continue;
      }
      int equal = less;
      for (int i = less; i <= hi; i++) {
        double x = a[i];
        a[i] = a[equal];
        a[equal] = x;
        equal += x == pivot ? 1 : 0;
      }
      if (k < equal) {
        return pivot;
      }
      lo = equal;
    }
    return a[k];
  }

  /**
   * Writes each value's mid-rank percentile in its column: {@code (below + (ties - 1) / 2) / (n - 1)}, where
   * {@code below} counts values strictly smaller and {@code ties} values equal (itself included). The smallest
   * distinct value gets 0, the largest 1, tied values the mean of the ranks they span; a column of one value,
   * or of equal values, gets 0.5 throughout.
   *
   * @param values the column, not modified
   * @param out receives the percentiles, as long as {@code values}
   */
  public static void midRankPercentiles(double[] values, double[] out) {
    int n = values.length;
    if (n == 1) {
      out[0] = 0.5;
      return;
    }
    int[] order = ascendingOrder(values);
    int start = 0;
    while (start < n) {
      int end = tieEnd(values, order, start);
      double percentile = (start + (end - start - 1) * 0.5) / (n - 1);
      for (int r = start; r < end; r++) {
        out[order[r]] = percentile;
      }
      start = end;
    }
  }

  /**
   * Returns the end (exclusive) of the run of values equal to {@code values[order[start]]} in ascending order.
   *
   * @param values the values
   * @param order their ascending order, from {@link #ascendingOrder(double[])}
   * @param start a position in {@code order}
   * @return the first position after {@code start} holding a larger value, or {@code order.length}
   */
  public static int tieEnd(double[] values, int[] order, int start) {
    double v = values[order[start]];
    int end = start + 1;
    while (end < order.length && values[order[end]] == v) {
      end++;
    }
    return end;
  }

  /**
   * Returns the indices of the values in ascending order of value, ties in index order (a stable sort).
   *
   * <p>An LSD radix sort on the bits of the values, 8 bits a pass, skipping passes where every value has the
   * same byte: O(n) time and three arrays of n ints or longs, where a comparison sort of indices would box
   * them or sort pairs. Values must not be NaN; {@code -0.0} sorts with {@code 0.0}.
   *
   * @param values the values, not modified
   * @return a new array of indices
   */
  public static int[] ascendingOrder(double[] values) {
    int n = values.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = key(values[i]);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] next = new int[n];
    int[][] starts = radixStarts(keys);
    for (int pass = 0; pass < 8; pass++) {
      int[] start = starts[pass];
      if (start == null) {
        continue; // every key has this byte: the pass would not move anything
      }
      int shift = 8 * pass;
      for (int r = 0; r < n; r++) {
        int i = order[r];
        next[start[(int) ((keys[i] >>> shift) & 0xff)]++] = i;
      }
      int[] swap = order;
      order = next;
      next = swap;
    }
    return order;
  }

  /**
   * Returns the values sorted in ascending order, by the radix sort of {@link #ascendingOrder(double[])} on the
   * values alone (faster than a comparison sort for large arrays). Values must not be NaN; {@code -0.0}
   * becomes {@code 0.0}.
   *
   * @param values the values, not modified
   * @return a new sorted array
   */
  public static double[] sortedCopy(double[] values) {
    int n = values.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = key(values[i]);
    }
    long[] next = new long[n];
    int[][] starts = radixStarts(keys);
    for (int pass = 0; pass < 8; pass++) {
      int[] start = starts[pass];
      if (start == null) {
        continue;
      }
      int shift = 8 * pass;
      for (int i = 0; i < n; i++) {
        long k = keys[i];
        next[start[(int) ((k >>> shift) & 0xff)]++] = k;
      }
      long[] swap = keys;
      keys = next;
      next = swap;
    }
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) {
      long k = keys[i];
      sorted[i] = Double.longBitsToDouble(k < 0 ? k ^ Long.MIN_VALUE : ~k);
    }
    return sorted;
  }

  /**
   * Counts the bytes of all keys in one sweep and returns, per byte position (least significant first), where
   * each byte value's run starts in the output; {@code null} for a position where all keys share one byte.
   */
  private static int[][] radixStarts(long[] keys) {
    int n = keys.length;
    int[][] counts = new int[8][256];
    for (long k : keys) {
      for (int pass = 0; pass < 8; pass++) {
        counts[pass][(int) ((k >>> (8 * pass)) & 0xff)]++;
      }
    }
    int[][] starts = new int[8][];
    for (int pass = 0; pass < 8; pass++) {
      int[] c = counts[pass];
      if (n == 0 || c[(int) ((keys[0] >>> (8 * pass)) & 0xff)] == n) {
        continue;
      }
      int[] start = new int[256];
      int sum = 0;
      for (int b = 0; b < 256; b++) {
        start[b] = sum;
        sum += c[b];
      }
      starts[pass] = start;
    }
    return starts;
  }

  /** The bits of a value as a long whose unsigned order is the numeric order of the values. */
  private static long key(double value) {
    long bits = Double.doubleToRawLongBits(value + 0.0); // + 0.0 turns -0.0 into 0.0
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
