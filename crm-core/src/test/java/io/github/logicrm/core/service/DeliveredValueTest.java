package io.github.logicrm.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeliveredValueTest {

  @Test
  void deliveredValueIsTotalValueMinusTotalCost() {
    // Value 500 + 200 + 100 + 50 = 850; cost 600 + 60 + 30 + 10 = 700.
    DeliveredValue dv = DeliveredValue.of(CustomerValue.of(500, 200, 100, 50), CustomerCost.of(600, 60, 30, 10));
    assertThat(dv.value().total()).isEqualTo(850.0);
    assertThat(dv.cost().total()).isEqualTo(700.0);
    assertThat(dv.delivered()).isEqualTo(150.0);
    assertThat(dv.ratio()).hasValue(850.0 / 700.0);
  }

  @Test
  void cuttingANonMonetaryCostRaisesDeliveredValueAtTheSamePrice() {
    CustomerValue value = CustomerValue.of(500, 200, 100, 50);
    DeliveredValue before = DeliveredValue.of(value, CustomerCost.of(600, 60, 30, 10));
    DeliveredValue after = DeliveredValue.of(value, CustomerCost.of(600, 20, 30, 10));
    assertThat(after.delivered() - before.delivered()).isEqualTo(40.0);
  }

  @Test
  void ratioIsEmptyWhenNothingIsGivenUp() {
    DeliveredValue dv = DeliveredValue.of(CustomerValue.of(1, 0, 0, 0), CustomerCost.of(0, 0, 0, 0));
    assertThat(dv.ratio()).isEmpty();
    assertThat(dv.delivered()).isEqualTo(1.0);
  }

  @Test
  void rejectsNegativeParts() {
    assertThatThrownBy(() -> CustomerValue.of(1, -2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("service must be finite and >= 0: -2.0");
    assertThatThrownBy(() -> CustomerCost.of(1, 0, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("psychic must be finite and >= 0: NaN");
  }
}
