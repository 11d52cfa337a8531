package io.github.logicrm.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegularityChoiceTest {

  private static PurchaseModelFit fit(PurchaseModelKind model, double k, double logLikelihood,
      PurchaseFitStatus status, double customers) {
    return PurchaseModelFit.builder().model(model)
        .parameters(Map.of("k", k, "r", 1.0, "alpha", 2.0, "a", 1.0, "b", 3.0))
        .logLikelihood(logLikelihood).customers(customers).iterations(10).status(status).build();
  }

  private static PurchaseModelFit fit(double k, double logLikelihood, PurchaseFitStatus status) {
    return fit(PurchaseModelKind.BG_CNBD_K, k, logLikelihood, status, 100);
  }

  @Test
  void choosesTheHighestLikelihoodAmongIdentifiedFitsAndTheSmallestKOnATie() {
    RegularityChoice choice = RegularityChoice.of(List.of(fit(1, -500, PurchaseFitStatus.CONVERGED),
        fit(2, -450, PurchaseFitStatus.MAX_ITERATIONS), fit(3, -450, PurchaseFitStatus.CONVERGED),
        fit(4, -400, PurchaseFitStatus.NOT_IDENTIFIED)));
    assertThat(choice.k()).isEqualTo(2);
    assertThat(choice.chosen()).isSameAs(choice.fits().get(1));
    RegularityChoice none = RegularityChoice.of(List.of(fit(1, -500, PurchaseFitStatus.NOT_IDENTIFIED),
        fit(2, -400, PurchaseFitStatus.NOT_IDENTIFIED)));
    assertThat(none.k()).isEqualTo(2);
    assertThat(none.model()).isEqualTo(PurchaseModelKind.BG_CNBD_K);
  }

  @Test
  void rejectsFitsThatBreakTheRules() {
    assertThatThrownBy(() -> RegularityChoice.of(List.of())).hasMessage("fits must not be empty: []");
    assertThatThrownBy(() -> RegularityChoice.of(List.of(fit(2, -1, PurchaseFitStatus.CONVERGED))))
        .hasMessage("fits[0].parameters.k must be 1: 2.0");
    assertThatThrownBy(() -> RegularityChoice.of(List.of(fit(1, -1, PurchaseFitStatus.CONVERGED),
        fit(PurchaseModelKind.MBG_CNBD_K, 2, -1, PurchaseFitStatus.CONVERGED, 100))))
        .hasMessage("fits[1].model must be BG_CNBD_K as fits[0]: MBG_CNBD_K");
    assertThatThrownBy(() -> RegularityChoice.of(List.of(fit(1, -1, PurchaseFitStatus.CONVERGED),
        fit(PurchaseModelKind.BG_CNBD_K, 2, -1, PurchaseFitStatus.CONVERGED, 99))))
        .hasMessage("fits[1].customers must be 100.0 as fits[0]: 99.0");
    PurchaseModelFit bgNbd = PurchaseModelFit.builder().model(PurchaseModelKind.BG_NBD)
        .parameters(Map.of("r", 1.0, "alpha", 2.0, "a", 1.0, "b", 3.0)).logLikelihood(-1).customers(100)
        .iterations(1).status(PurchaseFitStatus.CONVERGED).build();
    assertThatThrownBy(() -> RegularityChoice.of(List.of(bgNbd)))
        .hasMessage("fits[0].model must be BG_CNBD_K or MBG_CNBD_K: BG_NBD");
  }
}
