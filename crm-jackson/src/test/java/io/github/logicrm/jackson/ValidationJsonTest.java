package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.clv.FrequencyGroup;
import io.github.logicrm.core.clv.HoldoutErrors;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.clv.TrackingPeriod;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationJsonTest {

  static FrequencyGroup group(int frequency, boolean orMore, int customers, long actual, double expected) {
    return FrequencyGroup.builder().frequency(frequency).orMore(orMore).customers(customers)
        .actualPurchases(actual).expectedPurchases(expected).build();
  }

  static TrackingPeriod week() {
    return TrackingPeriod.builder()
        .index(39)
        .firstDay(LocalDate.of(1997, 10, 1))
        .lastDay(LocalDate.of(1997, 10, 7))
        .holdout(true)
        .actual(50)
        .expected(52.66)
        .cumulativeActual(2507)
        .cumulativeExpected(2546.62)
        .build();
  }

  static HoldoutErrors errors() {
    return HoldoutErrors.builder()
        .customers(2357)
        .actualTotal(1882)
        .expectedTotal(1653.41)
        .meanAbsoluteError(0.7855)
        .rootMeanSquaredError(1.608)
        .totalErrorPercent(-12.15)
        .build();
  }

  static PurchaseModelValidation validation() {
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("r", 0.2425945);
    parameters.put("alpha", 4.4136019);
    parameters.put("a", 0.7929199);
    parameters.put("b", 2.4258881);
    return PurchaseModelValidation.builder()
        .model(PurchaseModelKind.BG_NBD)
        .parameters(parameters)
        .logLikelihood(-9582.429)
        .aic(19172.858)
        .bic(19195.92)
        .holdoutErrors(errors())
        .frequencyGroups(List.of(group(0, false, 1411, 334, 317.6), group(1, true, 946, 1548, 1335.81)))
        .tracking(List.of(TrackingPeriod.builder().from(week()).index(0).build()))
        .build();
  }

  @Test
  void valuesMatchTheirGoldenFiles() {
    assertMatchesGolden(group(7, true, 64, 407, 394.06), FrequencyGroup.class);
    assertMatchesGolden(week(), TrackingPeriod.class);
    assertMatchesGolden(errors(), HoldoutErrors.class);
    assertMatchesGolden(validation(), PurchaseModelValidation.class);
    assertMatchesGolden(PurchaseModelComparison.builder()
        .unit(PurchaseTimeUnit.WEEKS)
        .calibrationEnd(LocalDate.of(1997, 9, 30))
        .holdoutEnd(LocalDate.of(1998, 6, 30))
        .holdoutLength(39)
        .customers(2357)
        .laterCustomers(0)
        .addModels(validation())
        .build(), PurchaseModelComparison.class);
  }

  @Test
  void groupsOutOfOrderAreRejected() {
    String json = "{\"model\":\"BG_NBD\",\"parameters\":{\"r\":0.24,\"alpha\":4.41,\"a\":0.79,\"b\":2.43},"
        + "\"logLikelihood\":-9582.4,\"aic\":19172.9,\"bic\":19195.9,\"holdoutErrors\":{\"customers\":1,"
        + "\"actualTotal\":0,\"expectedTotal\":0.1,\"meanAbsoluteError\":0.1,\"rootMeanSquaredError\":0.1},"
        + "\"frequencyGroups\":[{\"frequency\":1,\"orMore\":true,\"customers\":1,\"actualPurchases\":0,"
        + "\"expectedPurchases\":0.1}],\"tracking\":[]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, PurchaseModelValidation.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("frequencyGroups[0] must have frequency 0 or more: ");
  }
}
