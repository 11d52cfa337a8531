package io.github.logicrm.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerStatusTest {

  @Test
  void currentStatusesAreTheBuyingOnes() {
    assertThat(CustomerStatus.values())
        .filteredOn(CustomerStatus::isCurrent)
        .containsExactly(CustomerStatus.FIRST_TIME, CustomerStatus.REPEAT, CustomerStatus.LOYAL);
  }

  @Test
  void lostCustomersReturnToTheProspectList() {
    assertThat(CustomerStatus.LOST.canMoveTo(CustomerStatus.PROSPECT)).isTrue();
    assertThat(CustomerStatus.LOST.canMoveTo(CustomerStatus.LOYAL)).isFalse();
  }

  @Test
  void movesForwardOneStepAtATime() {
    assertThat(CustomerStatus.POTENTIAL.canMoveTo(CustomerStatus.PROSPECT)).isTrue();
    assertThat(CustomerStatus.POTENTIAL.canMoveTo(CustomerStatus.REPEAT)).isFalse();
    assertThat(CustomerStatus.PROSPECT.canMoveTo(CustomerStatus.FIRST_TIME)).isTrue();
    assertThat(CustomerStatus.FIRST_TIME.canMoveTo(CustomerStatus.REPEAT)).isTrue();
    assertThat(CustomerStatus.REPEAT.canMoveTo(CustomerStatus.LOYAL)).isTrue();
    assertThat(CustomerStatus.LOYAL.canMoveTo(CustomerStatus.REPEAT)).isTrue();
    assertThat(CustomerStatus.LOYAL.canMoveTo(CustomerStatus.LOST)).isTrue();
    assertThat(CustomerStatus.PROSPECT.canMoveTo(CustomerStatus.LOST)).isFalse();
    for (CustomerStatus s : CustomerStatus.values()) {
      assertThat(s.canMoveTo(s)).isTrue();
    }
  }
}
