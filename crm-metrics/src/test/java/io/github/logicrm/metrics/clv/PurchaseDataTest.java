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
