package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.core.customer.LogisticsService;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void quickStartRoundTripsTheCustomer() throws Exception {
    var customer = QuickStart.run();
    assertThat(customer.name()).isEqualTo("Huanan Electronics Co., Ltd.");
    assertThat(customer.services()).containsExactly(LogisticsService.TRANSPORT, LogisticsService.WAREHOUSING);
    assertThat(customer.annualRevenue()).hasValue(4.2e8);
  }
}
