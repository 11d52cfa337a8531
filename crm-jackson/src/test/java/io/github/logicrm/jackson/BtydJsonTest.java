package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.customer.CustomerId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BtydJsonTest {

  static PurchaseModelFit fit() {
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("r", 0.2425945);
    parameters.put("alpha", 4.4136019);
    parameters.put("a", 0.7929199);
    parameters.put("b", 2.4258881);
    Map<String, Double> errors = new LinkedHashMap<>();
    errors.put("r", 0.0126);
    errors.put("alpha", 0.3782);
    errors.put("a", 0.1857);
    errors.put("b", 0.7054);
    return PurchaseModelFit.builder()
        .model(PurchaseModelKind.BG_NBD)
        .parameters(parameters)
        .standardErrors(errors)
        .logLikelihood(-9582.429)
        .customers(2357)
        .iterations(27)
        .status(PurchaseFitStatus.CONVERGED)
        .build();
  }

  @Test
  void fitMatchesGoldenAndKeepsParameterOrder() throws Exception {
    assertMatchesGolden(fit(), PurchaseModelFit.class);
    assertThat(MAPPER.writeValueAsString(fit()).replaceAll("\\s", ""))
        .contains("\"parameters\":{\"r\":0.2425945,\"alpha\":4.4136019,\"a\":0.7929199,\"b\":2.4258881}");
  }

  @Test
  void summaryMatchesGolden() {
    PurchaseSummary summary = PurchaseSummary.builder()
        .customerId(CustomerId.of("C-004"))
        .frequency(2)
        .recency(30.43)
        .age(38.86)
        .meanRepeatSpend(22.35)
        .holdoutPurchases(1)
        .holdoutSpend(14.96)
        .build();
    assertMatchesGolden(summary, PurchaseSummary.class);
  }

  @Test
  void fitWithParametersInAnotherOrderIsReadInTheModelsOrder() throws Exception {
    String json = "{\"model\":\"BG_NBD\",\"parameters\":{\"b\":2.4258881,\"a\":0.7929199,\"alpha\":4.4136019,"
        + "\"r\":0.2425945},\"standardErrors\":{\"alpha\":0.3782,\"r\":0.0126,\"b\":0.7054,\"a\":0.1857},"
        + "\"logLikelihood\":-9582.429,\"customers\":2357,\"iterations\":27,\"status\":\"CONVERGED\"}";
    PurchaseModelFit read = MAPPER.readValue(json, PurchaseModelFit.class);
    assertThat(read).isEqualTo(fit());
    assertThat(read.parameters().keySet()).containsExactly("r", "alpha", "a", "b");
  }

  @Test
  void fitWithWrongParameterNamesIsRejected() {
    String json = "{\"model\":\"PARETO_NBD\",\"parameters\":{\"r\":0.5,\"alpha\":10,\"a\":0.6,\"b\":11},"
        + "\"standardErrors\":{},\"logLikelihood\":-9594.98,\"customers\":2357,\"iterations\":30,"
        + "\"status\":\"CONVERGED\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, PurchaseModelFit.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("parameters must be [r, alpha, s, beta] for PARETO_NBD: [r, alpha, a, b]")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summaryWithSpendButNoRepeatPurchaseIsRejected() {
    String json = "{\"customerId\":\"C-1\",\"frequency\":0,\"recency\":0,\"age\":10,\"meanRepeatSpend\":5}";
    assertThatThrownBy(() -> MAPPER.readValue(json, PurchaseSummary.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("meanRepeatSpend must be absent when frequency is 0: 5.0");
  }
}
