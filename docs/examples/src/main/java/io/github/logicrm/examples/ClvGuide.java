package io.github.logicrm.examples;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.CashFlowProjection;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.MigrationClvResult;
import io.github.logicrm.core.clv.MigrationModel;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.RetentionScenario;
import io.github.logicrm.core.clv.RetentionWhatIf;
import io.github.logicrm.core.clv.TimingConvention;
import io.github.logicrm.core.clv.TransitionEstimate;
import io.github.logicrm.metrics.clv.MigrationClv;
import io.github.logicrm.metrics.clv.RetentionClv;
import io.github.logicrm.metrics.clv.RetentionEconomics;
import java.util.List;
import java.util.Set;

/** The code shown in {@code docs/clv.md}: the deterministic lifetime-value models on small worked examples. */
public final class ClvGuide {

  private ClvGuide() {}

  /**
   * A contract shipper: 1.2 million margin a year, 80% chance of renewing each year, 10% cost of capital,
   * 500,000 to win the contract; margin received at the start of each contract year.
   *
   * @param horizon how many contract years to count
   * @param timing when in the year the margin arrives
   * @return the lifetime value with its parts
   */
  public static RetentionClvResult contractShipper(Horizon horizon, TimingConvention timing) {
    CashFlowProjection shipper = CashFlowProjection.builder()
        .period(CashFlowPeriod.YEAR)
        .addMargins(1_200_000)
        .addRetentionRates(0.80)
        .acquisitionCost(500_000)
        .timing(timing)
        .build();
    return RetentionClv.of(shipper, DiscountRate.yearly(0.10), horizon);
  }

  /**
   * The same shipper with a 30,000 account-management budget spent mid-year to keep it, and a margin that
   * starts at 900,000 in the onboarding year and then grows 4% a year.
   *
   * @return the infinite-horizon lifetime value with its parts
   */
  public static RetentionClvResult growingShipper() {
    CashFlowProjection shipper = CashFlowProjection.builder()
        .period(CashFlowPeriod.YEAR)
        .addMargins(900_000, 1_200_000)
        .marginGrowth(0.04)
        .addRetentionRates(0.80)
        .retentionSpend(30_000)
        .acquisitionCost(500_000)
        .build();
    return RetentionClv.of(shipper, DiscountRate.yearly(0.10), Horizon.infinite());
  }

  /**
   * Values a book held as arrays: three contract shippers' margins, renewal rates and acquisition costs, one CLV
   * each, written into an output array without allocating per customer.
   *
   * @return each shipper's infinite-horizon CLV, margin at the start of each contract year
   */
  public static double[] bookAsArrays() {
    double[] margins = {1_200_000, 300_000, 80_000};
    double[] retentionRates = {0.80, 0.70, 0.50};
    double[] acquisitionCosts = {500_000, 100_000, 20_000};
    double[] clv = new double[margins.length];
    RetentionClv.batch(margins, retentionRates, acquisitionCosts, CashFlowPeriod.YEAR,
        DiscountRate.yearly(0.10), Horizon.infinite(), TimingConvention.START_OF_PERIOD, clv);
    return clv;
  }

  /**
   * Spot shippers in quarterly recency classes: R1 shipped this quarter, R2 last shipped a quarter ago, ...,
   * LOST after a year without a shipment. A quarter with a shipment brings 120,000 of margin; every customer
   * on the list costs 5,000 a quarter in sales calls.
   *
   * @return the model
   */
  public static MigrationModel recencyModel() {
    return MigrationModel.builder()
        .states(List.of("R1", "R2", "R3", "R4", "LOST"))
        .addTransitionMatrix(List.of(0.70, 0.30, 0.00, 0.00, 0.00))
        .addTransitionMatrix(List.of(0.40, 0.00, 0.60, 0.00, 0.00))
        .addTransitionMatrix(List.of(0.20, 0.00, 0.00, 0.80, 0.00))
        .addTransitionMatrix(List.of(0.10, 0.00, 0.00, 0.00, 0.90))
        .addTransitionMatrix(List.of(0.00, 0.00, 0.00, 0.00, 1.00))
        .rewards(List.of(115_000.0, -5_000.0, -5_000.0, -5_000.0, 0.0))
        .period(CashFlowPeriod.QUARTER)
        .build();
  }

  /**
   * Values the recency model at a yearly 10%, converted to quarters.
   *
   * @param horizon how many quarters to count
   * @return the value of a customer starting in each class
   */
  public static MigrationClvResult recencyValues(Horizon horizon) {
    return MigrationClv.of(recencyModel(), DiscountRate.yearly(0.10), horizon);
  }

  /**
   * Estimates the transition matrix from three customers' quarterly recency histories.
   *
   * @return the counts and the estimated probabilities
   */
  public static TransitionEstimate estimateFromHistory() {
    List<String> states = List.of("R1", "R2", "R3", "R4", "LOST");
    List<List<String>> histories = List.of(
        List.of("R1", "R1", "R2", "R1", "R1", "R2", "R3", "R4", "LOST"),
        List.of("R1", "R2", "R3", "R1", "R2", "R1"),
        List.of("R2", "R3", "R4", "R1", "R1"));
    return MigrationClv.estimateByName(states, histories, Set.of("LOST"));
  }

  /**
   * Retention economics of a book of 200 contract shippers: what five more points of retention are worth.
   *
   * @return today's book and the book with 85% retention, side by side
   */
  public static RetentionWhatIf fivePointsMoreRetention() {
    RetentionScenario today = RetentionScenario.builder()
        .customers(200)
        .period(CashFlowPeriod.YEAR)
        .margin(300_000)
        .retentionRate(0.80)
        .retentionSpend(20_000)
        .acquisitionCost(140_000)
        .discountRate(DiscountRate.yearly(0.10))
        .build();
    RetentionScenario better = RetentionScenario.builder().from(today).retentionRate(0.85).build();
    return RetentionEconomics.compare(today, better);
  }
}
