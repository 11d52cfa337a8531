package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.CashFlowProjection;
import io.github.logicrm.core.clv.CustomerClv;
import io.github.logicrm.core.clv.CustomerEquitySummary;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.EventClvLine;
import io.github.logicrm.core.clv.EventClvResult;
import io.github.logicrm.core.clv.ForecastEvent;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.MigrationClvResult;
import io.github.logicrm.core.clv.MigrationModel;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.RetentionScenario;
import io.github.logicrm.core.clv.RetentionWhatIf;
import io.github.logicrm.core.clv.ScenarioOutcome;
import io.github.logicrm.core.clv.TierEquity;
import io.github.logicrm.core.clv.TimingConvention;
import io.github.logicrm.core.clv.TransitionEstimate;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.segmentation.ValueTier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClvJsonTest {

  static DiscountRate rate() {
    return DiscountRate.yearly(0.1);
  }

  static CashFlowProjection projection() {
    return CashFlowProjection.builder().period(CashFlowPeriod.YEAR).addMargins(-200, 800, 1200)
        .marginGrowth(0.03).addRetentionRates(0.6, 0.8).retentionSpend(60).acquisitionCost(900)
        .timing(TimingConvention.END_OF_PERIOD).build();
  }

  static RetentionClvResult retentionResult() {
    return RetentionClvResult.builder().clv(2766.6666666666665).marginValue(3666.6666666666665)
        .retentionSpendValue(0).acquisitionCost(900).expectedPeriods(5).horizon(Horizon.infinite())
        .discountRate(rate()).timing(TimingConvention.START_OF_PERIOD).build();
  }

  static MigrationModel migrationModel() {
    return MigrationModel.builder().states(List.of("R1", "R2", "LOST"))
        .addTransitionMatrix(List.of(0.6, 0.4, 0.0))
        .addTransitionMatrix(List.of(0.3, 0.0, 0.7))
        .addTransitionMatrix(List.of(0.0, 0.0, 1.0))
        .rewards(List.of(950.0, -50.0, 0.0)).period(CashFlowPeriod.YEAR).build();
  }

  static ForecastEvent event() {
    return ForecastEvent.of(LocalDate.of(2027, 3, 1), "spring tender, Chengdu-Xi'an lane", 250_000, 205_000, 0.4);
  }

  static EventClvLine line() {
    return EventClvLine.builder().event(event()).periodsAhead(0.5).discountFactor(0.953462589245592)
        .expectedProfit(18_000).presentValue(17_162.326606420656).build();
  }

  static ScenarioOutcome outcome(double retention, double customerValue, double profit) {
    RetentionScenario scenario = RetentionScenario.builder().customers(1000).period(CashFlowPeriod.YEAR)
        .margin(1000).retentionRate(retention).retentionSpend(100).acquisitionCost(700).discountRate(rate())
        .build();
    return ScenarioOutcome.builder().scenario(scenario).customerValue(customerValue)
        .acquisitionValue(customerValue - 700).equity(1000 * customerValue).steadyStateProfit(profit)
        .expectedLifetime(1 / (1 - retention)).build();
  }

  @Test
  void cashFlowTypesMatchGolden() {
    assertMatchesGolden(rate(), DiscountRate.class);
    assertMatchesGolden(Horizon.finite(10), Horizon.class);
    assertMatchesGolden(projection(), CashFlowProjection.class);
    assertMatchesGolden(retentionResult(), RetentionClvResult.class);
  }

  @Test
  void infiniteHorizonIsAnEmptyObject() throws Exception {
    assertThat(MAPPER.writeValueAsString(Horizon.infinite()).replaceAll("\\s", "")).isEqualTo("{}");
    assertThat(MAPPER.readValue("{}", Horizon.class)).isEqualTo(Horizon.infinite());
  }

  @Test
  void migrationTypesMatchGolden() {
    assertMatchesGolden(migrationModel(), MigrationModel.class);
    assertMatchesGolden(MigrationClvResult.builder().states(List.of("R1", "R2", "LOST"))
        .values(List.of(2650.0, 580.0, 0.0)).horizon(Horizon.infinite()).discountRate(rate()).build(),
        MigrationClvResult.class);
    assertMatchesGolden(TransitionEstimate.builder().states(List.of("ACTIVE", "LOST"))
        .addCounts(List.of(8, 2)).addCounts(List.of(0, 0))
        .addProbabilities(List.of(0.8, 0.2)).addProbabilities(List.of(0.0, 1.0)).build(),
        TransitionEstimate.class);
  }

  @Test
  void eventTypesMatchGolden() {
    assertMatchesGolden(event(), ForecastEvent.class);
    assertMatchesGolden(line(), EventClvLine.class);
    assertMatchesGolden(EventClvResult.builder().valuationDate(LocalDate.of(2026, 10, 31)).discountRate(rate())
        .addLines(line()).build(), EventClvResult.class);
  }

  @Test
  void equityTypesMatchGolden() {
    CustomerClv entry = CustomerClv.of(CustomerId.of("C-007"), ValueTier.KEY, 1_250_000);
    assertMatchesGolden(entry, CustomerClv.class);
    TierEquity tier = TierEquity.builder().tier(ValueTier.MAJOR).customers(8).equity(2_400_000).share(0.15).build();
    assertMatchesGolden(tier, TierEquity.class);
    assertMatchesGolden(CustomerEquitySummary.builder().customers(40).equity(16_000_000).addTiers(tier).build(),
        CustomerEquitySummary.class);
  }

  @Test
  void retentionEconomicsTypesMatchGolden() {
    ScenarioOutcome base = outcome(0.8, 3317.0637172766164, 760_000);
    assertMatchesGolden(base.scenario(), RetentionScenario.class);
    assertMatchesGolden(base, ScenarioOutcome.class);
    assertMatchesGolden(RetentionWhatIf.builder().base(base).alternative(outcome(0.85, 4005.0, 795_000)).build(),
        RetentionWhatIf.class);
  }

  @Test
  void nonStochasticRowIsRejectedWithTheRow() {
    String json = "{\"states\":[\"A\",\"B\"],\"transitionMatrix\":[[0.5,0.5],[0.2,0.7]],"
        + "\"rewards\":[1.0,0.0],\"period\":\"YEAR\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, MigrationModel.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("transitionMatrix[1] (state 'B') must sum to 1 within 1.0E-6: 0.8999999999999999")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeDiscountRateIsRejected() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"rate\":-0.1,\"period\":\"YEAR\"}", DiscountRate.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("discountRate must be finite and >= 0: -0.1");
  }

  @Test
  void matrixReadFromJsonIsDeeplyImmutable() throws Exception {
    MigrationModel model = MAPPER.readValue(MAPPER.writeValueAsString(migrationModel()), MigrationModel.class);
    assertThatThrownBy(() -> model.transitionMatrix().get(0).set(0, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
