package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PurchaseDataTest {

  private static final int[] X = {0, 2, 1};
  private static final double[] TX = {0, 5, 3};
  private static final double[] T = {10, 8, 3};

  private static void rejects(Runnable make, String message) {
    assertThatThrownBy(make::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void everyBadRowIsRejectedWithItsIndexAndValue() {
    rejects(() -> PurchaseData.of(new int[0], new double[0], new double[0]), "frequency must not be empty");
    rejects(() -> PurchaseData.of(new int[] {0, -1}, new double[] {0, 0}, new double[] {1, 1}),
        "frequency[1] must be >= 0: -1");
    rejects(() -> PurchaseData.of(X, new double[] {0, Double.NaN, 1}, T), "recency[1] must be finite and >= 0: NaN");
    rejects(() -> PurchaseData.of(X, TX, new double[] {10, 8, -3}), "age[2] must be finite and >= 0: -3.0");
    rejects(() -> PurchaseData.of(X, new double[] {0, 9, 1}, T), "recency[1] must be <= age 8.0: 9.0");
    rejects(() -> PurchaseData.of(X, new double[] {2, 5, 1}, T), "recency[0] must be 0 when frequency is 0: 2.0");
    rejects(() -> PurchaseData.of(X, TX, T, new double[] {1, 0, 1}), "weight[1] must be finite and > 0: 0.0");
    rejects(() -> PurchaseData.of(X, TX, new double[] {1}), "age length must equal frequency length 3: 1");
    rejects(() -> PurchaseData.of(X, TX, T).withMeanSpend(new double[] {4, 10, 12}),
        "meanSpend[0] must be 0 for a customer without repeat purchases: 4.0");
    rejects(() -> PurchaseData.of(X, TX, T).withMeanSpend(new double[] {0, 10, Double.POSITIVE_INFINITY}),
        "meanSpend[2] must be finite and >= 0: Infinity");
  }

  @Test
  void repeatPurchasesNeedAPositiveRecency() {
    // with t_x = 0 the BG/NBD likelihood is unbounded as alpha -> 0: the fit reported a log-likelihood of +2637
    rejects(() -> PurchaseData.of(new int[] {3}, new double[] {0}, new double[] {40}),
        "recency[0] must be > 0 when frequency is 3: 0.0");
  }

  @Test
  void nullArraysAreNamed() {
    assertThatThrownBy(() -> PurchaseData.of(X, TX, T).withMeanSpend(null))
        .isInstanceOf(NullPointerException.class).hasMessage("meanSpend");
    assertThatThrownBy(() -> PurchaseData.of(null, TX, T)).isInstanceOf(NullPointerException.class)
        .hasMessage("frequency");
    assertThatThrownBy(() -> PurchaseData.of(X, TX, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("age");
    assertThatThrownBy(() -> PurchaseData.of(X, TX, T, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("weight");
  }

  @Test
  void rowAccessorsRejectRowsOutOfRange() {
    PurchaseData data = PurchaseData.of(X, TX, T).withMeanSpend(new double[] {0, 10, 12});
    rejects(() -> data.frequency(-1), "row must be in [0, size 3): -1");
    rejects(() -> data.recency(3), "row must be in [0, size 3): 3");
    rejects(() -> data.age(-1), "row must be in [0, size 3): -1");
    rejects(() -> data.weight(Integer.MAX_VALUE), "row must be in [0, size 3): 2147483647");
    rejects(() -> data.meanSpend(-5), "row must be in [0, size 3): -5");
  }

  @Test
  void inputArraysAreCopied() {
    int[] x = X.clone();
    PurchaseData data = PurchaseData.of(x, TX, T);
    x[1] = 99;
    assertThat(data.frequency(1)).isEqualTo(2);
    assertThat(data.customers()).isEqualTo(3);
    assertThat(data.hasMeanSpend()).isFalse();
    assertThatThrownBy(() -> data.meanSpend(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void compressionAddsWeightsOfIdenticalRows() {
    PurchaseData data = PurchaseData.of(new int[] {1, 0, 1, 0}, new double[] {2, 0, 2, 0}, new double[] {5, 5, 5, 6},
        new double[] {1, 2, 3, 4});
    PurchaseData compressed = data.compress();
    assertThat(compressed.size()).isEqualTo(3);
    assertThat(compressed.weight(0)).isEqualTo(4);
    assertThat(compressed.weight(1)).isEqualTo(2);
    assertThat(compressed.weight(2)).isEqualTo(4);
    assertThat(compressed.customers()).isEqualTo(10);
  }
}
