package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.clv.CovariateModelFit;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelKind;
import org.junit.jupiter.api.Test;

class CovariateJsonTest {

  static CovariateModelFit fit() {
    return CovariateModelFit.builder()
        .model(PurchaseModelKind.BG_NBD)
        .putParameters("r", 0.2425945)
        .putParameters("alpha", 4.4136019)
        .putParameters("a", 0.7929199)
        .putParameters("b", 2.4258881)
        .putPurchaseCoefficients("contract", 0.62)
        .putPurchaseCoefficients("region", -0.18)
        .putDropoutCoefficients("contract", 0.95)
        .putStandardErrors("r", 0.0131)
        .putStandardErrors("alpha", 0.412)
        .putStandardErrors("a", 0.1903)
        .putStandardErrors("b", 0.7411)
        .putPurchaseStandardErrors("contract", 0.071)
        .putPurchaseStandardErrors("region", 0.069)
        .putDropoutStandardErrors("contract", 0.34)
        .logLikelihood(-9544.12)
        .customers(2357)
        .iterations(31)
        .status(PurchaseFitStatus.CONVERGED)
        .build();
  }

  @Test
  void fitMatchesGoldenAndKeepsCovariateOrder() throws Exception {
    assertMatchesGolden(fit(), CovariateModelFit.class);
    assertThat(MAPPER.writeValueAsString(fit()).replaceAll("\\s", ""))
        .contains("\"purchaseCoefficients\":{\"contract\":0.62,\"region\":-0.18}");
  }

  @Test
  void coefficientWithoutItsStandardErrorIsRejected() {
    String json = "{\"model\":\"PARETO_NBD\",\"parameters\":{\"r\":0.55,\"alpha\":10.6,\"s\":0.61,\"beta\":11.7},"
        + "\"purchaseCoefficients\":{\"contract\":0.4},\"dropoutCoefficients\":{},"
        + "\"standardErrors\":{\"r\":0.05,\"alpha\":0.8,\"s\":0.2,\"beta\":6.0},\"purchaseStandardErrors\":{},"
        + "\"dropoutStandardErrors\":{},\"logLikelihood\":-9590.1,\"customers\":2357,\"iterations\":40,"
        + "\"status\":\"CONVERGED\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, CovariateModelFit.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("purchaseStandardErrors must have the names of purchaseCoefficients [contract]: []")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void modelWithoutCovariateSupportIsRejected() {
    String json = "{\"model\":\"MBG_NBD\",\"parameters\":{\"r\":0.5,\"alpha\":10,\"a\":0.6,\"b\":11},"
        + "\"logLikelihood\":-9594.98,\"customers\":2357,\"iterations\":30,\"status\":\"CONVERGED\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, CovariateModelFit.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("model must be BG_NBD or PARETO_NBD for a covariate fit: MBG_NBD");
  }
}
