package io.github.logicrm.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomerIdTest {

  @Test
  void comparesAndPrintsByValue() {
    assertThat(CustomerId.of("A")).isEqualTo(CustomerId.of("A")).isLessThan(CustomerId.of("B"));
    assertThat(CustomerId.of("C-7")).hasToString("C-7");
  }

  @Test
  void rejectsBlankAndNull() {
    assertThatThrownBy(() -> CustomerId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customerId must not be blank: ' '");
    assertThatThrownBy(() -> CustomerId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customerId must not be null");
  }
}
