package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fit whose parameters the data did not determine is not turned into a model that would score garbage. */
class FitStatusTest {

  private static final PurchaseModelFitter FITTER = PurchaseModelFitter.withDefaults();

  @Test
  void notIdentifiedFitsAreNotScored() {
    PurchaseModelFit fit = FITTER.fitBgNbd(PurchaseData.of(new int[] {0, 0}, new double[] {0, 0},
        new double[] {30, 40}));
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.NOT_IDENTIFIED);
    assertThatThrownBy(() -> PurchaseModel.from(fit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fit.status must be CONVERGED or MAX_ITERATIONS to make a model")
        .hasMessageEndingWith(": NOT_IDENTIFIED");
    PurchaseModelFit spend = PurchaseModelFit.builder().from(fit).model(PurchaseModelKind.GAMMA_GAMMA)
        .parameters(Map.of("p", 1.0, "q", 2.0, "gamma", 3.0)).standardErrors(Map.of()).build();
    assertThatThrownBy(() -> GammaGamma.from(spend)).hasMessageEndingWith(": NOT_IDENTIFIED");
    PurchaseModelFit bgbb = PurchaseModelFit.builder().from(spend).model(PurchaseModelKind.BG_BB)
        .parameters(Map.of("alpha", 1.0, "beta", 2.0, "gamma", 3.0, "delta", 4.0)).build();
    assertThatThrownBy(() -> BgBb.from(bgbb)).hasMessageEndingWith(": NOT_IDENTIFIED");
  }

  @Test
  void aConvergedSpendFitWithQAtMostOneIsNotScored() {
    PurchaseModelFit fit = FITTER.fitBgNbd(PurchaseData.of(new int[] {0, 0}, new double[] {0, 0},
        new double[] {30, 40}));
    PurchaseModelFit spend = PurchaseModelFit.builder().from(fit).model(PurchaseModelKind.GAMMA_GAMMA)
        .status(PurchaseFitStatus.CONVERGED).parameters(Map.of("p", 6.0, "q", 0.8, "gamma", 15.0))
        .standardErrors(Map.of()).build();
    assertThatThrownBy(() -> GammaGamma.from(spend)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("q must be > 1 for the mean spend p gamma / (q - 1) to exist: 0.8");
    PurchaseModelFit good = PurchaseModelFit.builder().from(spend).parameters(Map.of("p", 6.0, "q", 3.0,
        "gamma", 15.0)).build();
    assertThat(GammaGamma.from(good).expectedSpend()).isEqualTo(45.0);
  }
}
