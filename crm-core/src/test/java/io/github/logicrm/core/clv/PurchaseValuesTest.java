package io.github.logicrm.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseValuesTest {

  private static PurchaseSummary.Builder summary() {
    return PurchaseSummary.builder().customerId(CustomerId.of("C-1")).frequency(2).recency(5).age(10)
        .meanRepeatSpend(20);
  }

  private static Map<String, Double> map(String[] names, double... values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return m;
  }

  private static PurchaseModelFit.Builder fit() {
    return PurchaseModelFit.builder()
        .model(PurchaseModelKind.GAMMA_GAMMA)
        .parameters(map(new String[] {"p", "q", "gamma"}, 6.25, 3.74, 15.44))
        .logLikelihood(-4055.92)
        .customers(946)
        .iterations(21)
        .status(PurchaseFitStatus.CONVERGED);
  }

  private static void rejects(Runnable build, String message) {
    assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void summaryRules() {
    assertThat(summary().build().meanRepeatSpend()).hasValue(20);
    rejects(() -> summary().recency(11).build(), "recency must be <= age 10.0: 11.0");
    rejects(() -> summary().frequency(-1).build(), "frequency must be >= 0: -1");
    rejects(() -> summary().age(Double.NaN).build(), "age must be finite and >= 0: NaN");
    rejects(() -> PurchaseSummary.builder().customerId(CustomerId.of("C-1")).frequency(0).recency(3).age(10).build(),
        "recency must be 0 when frequency is 0: 3.0");
    rejects(() -> summary().frequency(0).recency(0).build(), "meanRepeatSpend must be absent when frequency is 0: 20.0");
    rejects(() -> PurchaseSummary.builder().customerId(CustomerId.of("C-1")).frequency(1).recency(3).age(10).build(),
        "meanRepeatSpend must be present when frequency is 1");
    rejects(() -> summary().meanRepeatSpend(-2).build(), "meanRepeatSpend must be finite and >= 0: -2.0");
    rejects(() -> summary().holdoutPurchases(2).build(),
        "holdoutPurchases and holdoutSpend must be both present or both absent");
  }

  @Test
  void fitRules() {
    PurchaseModelFit good = fit().build();
    assertThat(good.parameter("q")).isEqualTo(3.74);
    assertThat(good.parameterArray()).containsExactly(6.25, 3.74, 15.44);
    assertThat(good.isConverged()).isTrue();
    assertThat(good.penalty()).isZero();
    rejects(() -> good.parameter("r"), "parameter must be one of [p, q, gamma]: r");
    PurchaseModelFit shuffled = fit().parameters(map(new String[] {"q", "gamma", "p"}, 3.74, 15.44, 6.25))
        .standardErrors(map(new String[] {"gamma", "p", "q"}, 0.3, 0.1, 0.2)).build();
    assertThat(shuffled).isEqualTo(fit().standardErrors(map(new String[] {"p", "q", "gamma"}, 0.1, 0.2, 0.3)).build());
    assertThat(shuffled.parameters().keySet()).containsExactly("p", "q", "gamma");
    assertThat(shuffled.standardErrors().keySet()).containsExactly("p", "q", "gamma");
    assertThat(shuffled.parameterArray()).containsExactly(6.25, 3.74, 15.44);
    rejects(() -> fit().parameters(map(new String[] {"q", "p", "delta"}, 1, 2, 3)).build(),
        "parameters must be [p, q, gamma] for GAMMA_GAMMA: [q, p, delta]");
    rejects(() -> fit().parameters(map(new String[] {"p", "q", "gamma"}, 1, -2, 3)).build(),
        "parameters.q must be finite and > 0: -2.0");
    rejects(() -> fit().standardErrors(map(new String[] {"p"}, 1)).build(),
        "standardErrors must be empty or [p, q, gamma] for GAMMA_GAMMA: [p]");
    rejects(() -> fit().logLikelihood(Double.NEGATIVE_INFINITY).build(), "logLikelihood must be finite: -Infinity");
    rejects(() -> fit().customers(0).build(), "customers must be finite and > 0: 0.0");
    rejects(() -> fit().iterations(-1).build(), "iterations must be >= 0: -1");
    rejects(() -> fit().penalty(-0.1).build(), "penalty must be finite and >= 0: -0.1");
  }

  @Test
  void periodIndices() {
    LocalDate monday = LocalDate.of(2026, 1, 5);
    assertThat(PurchaseTimeUnit.WEEKS.periodIndex(monday.plusDays(6)))
        .isEqualTo(PurchaseTimeUnit.WEEKS.periodIndex(monday));
    assertThat(PurchaseTimeUnit.WEEKS.periodIndex(monday.minusDays(1)))
        .isEqualTo(PurchaseTimeUnit.WEEKS.periodIndex(monday) - 1);
    assertThat(PurchaseTimeUnit.MONTHS.periodIndex(LocalDate.of(2026, 1, 31)) + 1)
        .isEqualTo(PurchaseTimeUnit.MONTHS.periodIndex(LocalDate.of(2026, 2, 1)));
    assertThat(PurchaseTimeUnit.YEARS.periodIndex(LocalDate.of(2026, 12, 31))).isEqualTo(2026);
    assertThat(PurchaseTimeUnit.DAYS.periodIndex(LocalDate.of(1970, 1, 2))).isEqualTo(1);
    assertThat(PurchaseTimeUnit.MONTHS.days()).isEqualTo(30.4375);
    assertThat(PurchaseModelKind.PARETO_NBD.parameterNames()).containsExactly("r", "alpha", "s", "beta");
  }
}
