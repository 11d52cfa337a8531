package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.PurchaseRecord;
import io.github.logicrm.core.book.StageFlow;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.RiskLevel;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackDecision;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueTier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Customer360JsonTest {

  static CustomerProfile profile() {
    return CustomerProfile.builder()
        .customerId(CustomerId.of("C00042"))
        .name("Shipper 42")
        .segment("electronics")
        .status(CustomerStatus.REPEAT)
        .firstOrder(LocalDate.of(2023, 3, 6))
        .lastOrder(LocalDate.of(2025, 9, 30))
        .orders(57)
        .revenue(48210.5)
        .revenue12m(9120.25)
        .marginRate(0.18)
        .frequency(54)
        .recency(134.57142857142858)
        .age(147.42857142857142)
        .meanRepeatSpend(845.75)
        .pAlive(0.41)
        .expectedOrders(9.8)
        .expectedOrderValue(830.1)
        .clv(1290.4)
        .abcTier(ValueTier.MAJOR)
        .tierValue(9120.25)
        .rfm(RfmScore.builder().recency(2).frequency(5).monetary(4).weightedScore(3.667).build())
        .lifecycle(LifecycleAssessment.builder().stage(LifecycleStage.DECLINE).tenure(33).periodsSinceLastOrder(3)
            .trend(-0.08).levelToPeak(0.35).volatility(0.4).recentLevel(0.2).peakLevel(0.9).referenceWindow(24)
            .build())
        .meanDeliveryHours(30.5)
        .receivablesOutstanding(1650)
        .receivablesOverdue(820)
        .daysSalesOutstanding(61.2)
        .csi(58.3)
        .nps(-50)
        .respondents(2)
        .churn(ChurnRisk.builder().customerId(CustomerId.of("C00042")).score(63.5).level(RiskLevel.HIGH).build())
        .addAtRiskDependencies(CustomerId.of("C00007"))
        .winBack(WinBackAdvice.builder().customerId(CustomerId.of("C00042")).tier(ValueTier.MAJOR)
            .decision(WinBackDecision.SAVE).expectedGain(2100).spendCap(2100)
            .addReasons("expected gain 0.3 x (7000.00 - 0.00) = 2100.00; spend cap 2100.00").build())
        .build();
  }

  static BookSummary summary() {
    return BookSummary.builder()
        .asOf(LocalDate.of(2025, 12, 31))
        .customers(2)
        .orders(75)
        .revenue(60210.5)
        .equity(5290.4)
        .horizonMonths(36)
        .annualDiscountRate(0.1)
        .putStatuses(CustomerStatus.REPEAT, 1)
        .putStatuses(CustomerStatus.LOYAL, 1)
        .purchaseFit(BtydJsonTest.fit())
        .addSpendFitExcluded(CustomerId.of("C00101"))
        .addTiers(TierSummary.builder().tier(ValueTier.KEY).customers(1).customerShare(0.5).value(12000)
            .valueShare(0.6).build())
        .putStages(LifecycleStage.DECLINE, 1)
        .putStages(LifecycleStage.STABILITY, 1)
        .addStageTransitions(StageFlow.of(LifecycleStage.STABILITY, LifecycleStage.DECLINE, 1))
        .csi(61.2)
        .putCsiBySegment("electronics", 58.3)
        .nps(-12.5)
        .addAtRisk(CustomerId.of("C00042"))
        .build();
  }

  @Test
  void profileMatchesGolden() {
    assertMatchesGolden(profile(), CustomerProfile.class);
  }

  @Test
  void bookSummaryMatchesGolden() {
    assertMatchesGolden(summary(), BookSummary.class);
  }

  @Test
  void stageFlowMatchesGolden() {
    assertMatchesGolden(StageFlow.of(LifecycleStage.FORMATION, LifecycleStage.STABILITY, 14), StageFlow.class);
  }

  @Test
  void purchaseMatchesGolden() {
    assertMatchesGolden(PurchaseRecord.of(CustomerId.of("00001"), LocalDate.of(1997, 1, 1), 11.77),
        PurchaseRecord.class);
  }

  @Test
  void invalidValuesAreRejectedWithTheDomainMessage() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"from\":\"FORMATION\",\"to\":\"STABILITY\",\"customers\":0}",
        StageFlow.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("customers must be > 0: 0")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
