package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.CashFlowProjection;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.RetentionScenario;
import io.github.logicrm.core.clv.RetentionWhatIf;
import io.github.logicrm.core.clv.ScenarioOutcome;

/**
 * Retention economics: what a book is worth, and what it earns per period, under a retention rate and an
 * acquisition cost, and how both change when either changes.
 *
 * <p>Two views of one book of {@code N} customers with margin {@code m}, retention spend {@code M}, retention
 * rate {@code r} and acquisition cost {@code A}:
 *
 * <ul>
 *   <li>Lifetime: each active customer is worth its infinite-horizon retention lifetime value
 *       (see {@link RetentionClv}; retention spend at mid-period), and the book
 *       {@code equity = N * customerValue}.
 *   <li>Steady state: a book kept at {@code N} customers replaces the {@code N (1 - r)} it loses each period at
 *       {@code A} apiece, so it earns {@code N (m - M - (1 - r) A)} per period. Raising retention raises profit
 *       both through the longer lifetime and through the acquisitions it saves, which is why small gains in
 *       retention can lift profit by far more than their own size when winning a customer costs several times
 *       keeping one.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class RetentionEconomics {

  private RetentionEconomics() {}

  /**
   * Values a scenario.
   *
   * @param scenario the book's figures, not null
   * @return its lifetime and steady-state values
   * @throws IllegalArgumentException if the lifetime value diverges (retention 1 with a discount rate of 0)
   */
  public static ScenarioOutcome value(RetentionScenario scenario) {
    CashFlowProjection projection = CashFlowProjection.builder()
        .period(scenario.period())
        .addMargins(scenario.margin())
        .addRetentionRates(scenario.retentionRate())
        .retentionSpend(scenario.retentionSpend())
        .timing(scenario.timing())
        .build();
    RetentionClvResult clv = RetentionClv.of(projection, scenario.discountRate(), Horizon.infinite());
    double perCustomer = clv.clv();
    double churned = 1 - scenario.retentionRate();
    ScenarioOutcome.Builder outcome = ScenarioOutcome.builder()
        .scenario(scenario)
        .customerValue(perCustomer)
        .acquisitionValue(perCustomer - scenario.acquisitionCost())
        .equity(scenario.customers() * perCustomer)
        .steadyStateProfit(scenario.customers()
            * (scenario.margin() - scenario.retentionSpend() - churned * scenario.acquisitionCost()));
    if (churned > 0) {
      outcome.expectedLifetime(1 / churned);
    }
    return outcome.build();
  }

  /**
   * Compares two scenarios of the same book, such as today's retention rate and one five points higher, or
   * today's acquisition cost and a cheaper channel's.
   *
   * @param base the current figures, not null
   * @param alternative the changed figures, not null
   * @return both outcomes and the changes in equity and profit
   * @throws IllegalArgumentException if either lifetime value diverges
   */
  public static RetentionWhatIf compare(RetentionScenario base, RetentionScenario alternative) {
    return RetentionWhatIf.builder().base(value(base)).alternative(value(alternative)).build();
  }
}
