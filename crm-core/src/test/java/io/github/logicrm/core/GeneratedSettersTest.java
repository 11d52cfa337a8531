package io.github.logicrm.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerBook;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * The collection setters Immutables generates on every builder name themselves when given a null array, iterable
 * or map (the build completes them; see crm-core's pom), instead of a synthetic local such as "<local2>".
 */
class GeneratedSettersTest {

  @Test
  void nullArraysIterablesAndMapsAreRejectedByTheSetterName() {
    assertThatThrownBy(() -> CustomerBook.builder().addCustomers((Customer[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("addCustomers");
    assertThatThrownBy(() -> CustomerBook.builder().addAllCustomers(null))
        .isInstanceOf(NullPointerException.class).hasMessage("addAllCustomers");
    assertThatThrownBy(() -> CustomerBook.builder().customers(null))
        .isInstanceOf(NullPointerException.class).hasMessage("customers");
    assertThatThrownBy(() -> SurveyResponse.builder().putAllAnswers(null))
        .isInstanceOf(NullPointerException.class).hasMessage("putAllAnswers");
  }
}
