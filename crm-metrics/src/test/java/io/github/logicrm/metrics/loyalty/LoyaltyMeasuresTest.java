package io.github.logicrm.metrics.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoyaltyMeasuresTest {

  @Test
  void repeatPurchaseRateCountsPeriodsAfterTheFirstOrder() {
    assertThat(LoyaltyMeasures.repeatPurchaseRate(new int[] {2, 0, 1, 1, 0})).isEqualTo(2.0 / 4);
    assertThat(LoyaltyMeasures.repeatPurchaseRate(new int[] {0, 0, 3, 0, 1})).isEqualTo(1.0 / 2);
    assertThat(LoyaltyMeasures.repeatPurchaseRate(new int[] {1, 1, 1})).isEqualTo(1.0);
    assertThat(LoyaltyMeasures.repeatPurchaseRate(new int[] {1, 0, 0})).isEqualTo(0.0);
  }

  @Test
  void repeatPurchaseRateNeedsAPeriodAfterTheFirstOrder() {
    assertThatThrownBy(() -> LoyaltyMeasures.repeatPurchaseRate(new int[] {0, 0, 4}))
        .hasMessage("ordersPerPeriod must have an order before its last period: [0, 0, 4]");
    assertThatThrownBy(() -> LoyaltyMeasures.repeatPurchaseRate(new int[0]))
        .hasMessage("ordersPerPeriod must have an order before its last period: []");
    assertThatThrownBy(() -> LoyaltyMeasures.repeatPurchaseRate(new int[] {1, -1}))
        .hasMessage("ordersPerPeriod[1] must be >= 0: -1");
  }

  @Test
  void repeatCustomerRateIgnoresCustomersWhoNeverBought() {
    assertThat(LoyaltyMeasures.repeatCustomerRate(new int[] {0, 1, 2, 5, 0, 1})).isEqualTo(2.0 / 4);
    assertThatThrownBy(() -> LoyaltyMeasures.repeatCustomerRate(new int[] {0, 0}))
        .hasMessage("purchases must include at least one customer who bought");
    assertThatThrownBy(() -> LoyaltyMeasures.repeatCustomerRate(new int[] {3, -2}))
        .hasMessage("purchases[1] must be >= 0: -2");
  }

  @Test
  void shareOfWallet() {
    assertThat(LoyaltyMeasures.shareOfWallet(300_000, 1_200_000)).isEqualTo(0.25);
    assertThat(LoyaltyMeasures.shareOfWallet(0, 10)).isZero();
    assertThat(LoyaltyMeasures.shareOfWallet(10, 10)).isEqualTo(1);
    assertThatThrownBy(() -> LoyaltyMeasures.shareOfWallet(11, 10))
        .hasMessage("categorySpend must be >= spendWithProvider 11.0: 10.0");
    assertThatThrownBy(() -> LoyaltyMeasures.shareOfWallet(0, 0))
        .hasMessage("categorySpend must be finite and > 0: 0.0");
    assertThatThrownBy(() -> LoyaltyMeasures.shareOfWallet(-1, 10))
        .hasMessage("spendWithProvider must be finite and >= 0: -1.0");
  }
}
