package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.RegularityChoice;
import org.junit.jupiter.api.Test;

/** The figures {@code docs/clv.md} quotes under "Regular buyers". */
class RegularBuyersExampleTest {

  @Test
  void aWeeklyShipperSilentForThreeWeeksIsProbablyGoneASpotShipperIsNot() {
    RegularityChoice weekly = RegularBuyersExample.choose(RegularBuyersExample.book(7, 200, 12, 7, 0.03), 12);
    RegularityChoice spot = RegularBuyersExample.choose(RegularBuyersExample.book(11, 200, 1, 7, 0.03), 3);
    // drawn with Erlang-12 gaps, rounded to whole days by the log
    assertThat(weekly.k()).isEqualTo(11);
    assertThat(weekly.chosen().status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(spot.k()).isEqualTo(1);
    double[] regular = RegularBuyersExample.silentForThreeWeeks(weekly.chosen());
    double[] asIfPoisson = RegularBuyersExample.silentForThreeWeeks(weekly.fits().get(0));
    double[] irregular = RegularBuyersExample.silentForThreeWeeks(spot.chosen());
    assertThat(regular[0]).isCloseTo(0.009, within(0.0005));
    assertThat(regular[1]).isCloseTo(0.09, within(0.005));
    assertThat(asIfPoisson[0]).isCloseTo(0.784, within(0.0005));
    assertThat(asIfPoisson[1]).isCloseTo(9.39, within(0.005));
    assertThat(irregular[0]).isCloseTo(0.804, within(0.0005));
    assertThat(irregular[1]).isCloseTo(8.65, within(0.005));
  }
}
