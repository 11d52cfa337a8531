package io.github.logicrm.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CovariateModelFitTest {

  private static CovariateModelFit.Builder pareto() {
    return CovariateModelFit.builder()
        .model(PurchaseModelKind.PARETO_NBD)
        .putParameters("beta", 11.7)
        .putParameters("s", 0.61)
        .putParameters("alpha", 10.6)
        .putParameters("r", 0.55)
        .putPurchaseCoefficients("contract", 0.4)
        .putDropoutCoefficients("contract", -0.8)
        .logLikelihood(-9590.1)
        .customers(2357)
        .iterations(40)
        .status(PurchaseFitStatus.CONVERGED);
  }

  @Test
  void parametersAreKeptInTheModelsOrderAndCoefficientsInTheirs() {
    CovariateModelFit fit = pareto().putPurchaseCoefficients("edi", 0.2)
        .putStandardErrors("s", 0.2).putStandardErrors("r", 0.05).putStandardErrors("beta", 6)
        .putStandardErrors("alpha", 0.8)
        .putPurchaseStandardErrors("edi", 0.05).putPurchaseStandardErrors("contract", 0.06)
        .putDropoutStandardErrors("contract", 0.1).build();
    assertThat(fit.parameters().keySet()).containsExactly("r", "alpha", "s", "beta");
    assertThat(fit.standardErrors().keySet()).containsExactly("r", "alpha", "s", "beta");
    assertThat(fit.parameterArray()).containsExactly(0.55, 10.6, 0.61, 11.7);
    assertThat(fit.purchaseCoefficients().keySet()).containsExactly("contract", "edi");
    assertThat(fit.isConverged()).isTrue();
  }

  @Test
  void invalidFitsAreRejectedWithTheFieldAndValue() {
    assertThatThrownBy(() -> pareto().putPurchaseCoefficients("edi", Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("purchaseCoefficients.edi must be finite: NaN");
    assertThatThrownBy(() -> pareto().putPurchaseStandardErrors("contract", 0.1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchaseStandardErrors must be empty when standardErrors is: [contract]");
    assertThatThrownBy(() -> pareto().putParameters("a", 1.0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameters must be [r, alpha, s, beta] for PARETO_NBD: [beta, s, alpha, r, a]");
    assertThatThrownBy(() -> pareto().model(PurchaseModelKind.GAMMA_GAMMA).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model must be BG_NBD or PARETO_NBD for a covariate fit: GAMMA_GAMMA");
  }
}
