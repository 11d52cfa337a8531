package io.github.logicrm.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

  @Test
  void selectAndMedianAgreeWithSorting() {
    SplittableRandom random = new SplittableRandom(1);
    for (int round = 0; round < 2000; round++) {
      int n = 1 + random.nextInt(80);
      double[] a = new double[n];
      int distinct = 1 + random.nextInt(n + 1); // from all equal to all different
      for (int i = 0; i < n; i++) {
        a[i] = random.nextInt(distinct) - distinct / 2.0;
      }
      double[] sorted = a.clone();
      Arrays.sort(sorted);
      int k = random.nextInt(n);
      double[] work = a.clone();
      assertThat(OrderStatistics.select(work, n, k)).isEqualTo(sorted[k]);
      for (int i = 0; i < n; i++) {
        assertThat(i < k ? work[i] <= sorted[k] : work[i] >= sorted[k]).as("partitioned around k").isTrue();
      }
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      assertThat(OrderStatistics.medianInPlace(a.clone(), n)).isEqualTo(median);
    }
  }

  @Test
  void ascendingOrderIsAStableSortOfAllDoubles() {
    SplittableRandom random = new SplittableRandom(2);
    double[] specials = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0};
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(300);
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(4);
        a[i] = kind == 0 ? specials[random.nextInt(specials.length)]
            : kind == 1 ? random.nextInt(5) : random.nextGaussian() * Math.pow(10, random.nextInt(-300, 300));
      }
      int[] order = OrderStatistics.ascendingOrder(a);
      assertThat(order).hasSize(n);
      boolean[] seen = new boolean[n];
      for (int r = 0; r < n; r++) {
        seen[order[r]] = true;
        if (r > 0) {
          double previous = a[order[r - 1]];
          double current = a[order[r]];
          assertThat(previous <= current).as("ascending at %d: %s then %s", r, previous, current).isTrue();
          if (previous == current) {
            assertThat(order[r - 1]).as("stable").isLessThan(order[r]);
          }
        }
      }
      assertThat(seen).doesNotContain(false);
      double[] expected = a.clone();
      for (int i = 0; i < n; i++) {
        expected[i] += 0.0;
      }
      Arrays.sort(expected);
      assertThat(OrderStatistics.sortedCopy(a)).containsExactly(expected);
    }
  }

  @Test
  void midRankPercentilesShareTiedRanks() {
    double[] out = new double[5];
    OrderStatistics.midRankPercentiles(new double[] {10, 30, 20, 20, 40}, out);
    assertThat(out).containsExactly(0.0, 0.75, 0.375, 0.375, 1.0);
    double[] one = new double[1];
    OrderStatistics.midRankPercentiles(new double[] {7}, one);
    assertThat(one).containsExactly(0.5);
  }
}
