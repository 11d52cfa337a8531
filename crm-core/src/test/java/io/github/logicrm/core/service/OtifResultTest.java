package io.github.logicrm.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OtifResultTest {

  private static OtifResult.Builder retail() {
    return OtifResult.builder().unit(OtifUnit.UNIT).reference(TimeReference.REQUESTED)
        .earlyDelivery(EarlyDelivery.NOT_ON_TIME).onTimeInFull(97).total(100);
  }

  @Test
  void profilesNameTheirSettings() {
    assertThat(OtifProfile.RETAILER.target()).hasValue(0.98);
    assertThat(OtifProfile.DELIVERED_BY.target()).isEmpty();
    assertThat(OtifProfile.SCOR_PERFECT_ORDER.matches(TimeReference.COMMITTED, EarlyDelivery.NOT_ON_TIME,
        OtifUnit.LINE)).isTrue();
    assertThat(retail().profile(OtifProfile.RETAILER).target(0.98).build().rate()).isEqualTo(0.97);
  }

  @Test
  void aProfileMustMatchTheSettings() {
    assertThatThrownBy(() -> retail().profile(OtifProfile.DELIVERED_BY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile must match the settings UNIT, REQUESTED, NOT_ON_TIME: DELIVERED_BY");
    assertThatThrownBy(() -> retail().target(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target must be in (0, 1]: 1.5");
  }
}
