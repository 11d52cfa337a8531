package io.github.logicrm.metrics.internal;

import java.util.Arrays;

/**
 * Order statistics on {@code double} arrays: in-place median by selection, and tie-aware counts against a
 * sorted array. Values must not be NaN (callers validate first). Not part of the public API.
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
   * Returns how many elements of a sorted array are strictly less than a value.
   *
   * @param sorted values in ascending order
   * @param value value to compare
   * @return the count, in {@code [0, sorted.length]}
   */
  public static int countBelow(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns how many elements of a sorted array are less than or equal to a value.
   *
   * @param sorted values in ascending order
   * @param value value to compare
   * @return the count, in {@code [0, sorted.length]}
   */
  public static int countAtOrBelow(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
    double[] sorted = sortedCopy(values);
    for (int i = 0; i < n; i++) {
      int below = countBelow(sorted, values[i]);
      int ties = countAtOrBelow(sorted, values[i]) - below;
      out[i] = (below + (ties - 1) * 0.5) / (n - 1);
    }
  }

  /**
   * Returns an ascending sorted copy.
   *
   * @param values values, not modified
   * @return a new sorted array
   */
  public static double[] sortedCopy(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
