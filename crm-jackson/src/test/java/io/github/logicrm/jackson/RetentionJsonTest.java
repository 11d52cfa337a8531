package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.ChurnSignalKind;
import io.github.logicrm.core.retention.ChurnSignals;
import io.github.logicrm.core.retention.LetGoReason;
import io.github.logicrm.core.retention.RiskLevel;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.retention.WinBackDecision;
import io.github.logicrm.core.segmentation.ValueTier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionJsonTest {

  @Test
  void churnSignalsAndRiskMatchGolden() {
    ChurnSignals signals = ChurnSignals.builder()
        .customerId(CustomerId.of("C-007"))
        .timeSinceLastShipment(Duration.ofDays(9))
        .typicalInterval(Duration.ofDays(5))
        .baselineVolume(10)
        .recentVolume(6)
        .recentShipments(18)
        .pAlive(0.75)
        .complaints(2)
        .meanResolutionTime(Duration.ofHours(36))
        .outstandingReceivables(120000)
        .overdueReceivables(30000)
        .serviceFailureRate(0.125)
        .build();
    assertMatchesGolden(signals, ChurnSignals.class);
    ChurnSignal volume = ChurnSignal.builder().kind(ChurnSignalKind.VOLUME_DROP).measured(0.4).fullAt(0.5)
        .strength(0.8).weight(0.25).points(20).fired(true).build();
    ChurnSignal complaints = ChurnSignal.builder().kind(ChurnSignalKind.COMPLAINTS).measured(2).fullAt(4)
        .strength(0.5).weight(0.15).points(7.5).fired(true).build();
    assertMatchesGolden(volume, ChurnSignal.class);
    assertMatchesGolden(ChurnRisk.builder().customerId(CustomerId.of("C-007")).score(27.5).level(RiskLevel.LOW)
        .addSignals(volume, complaints)
        .addReasons("volume_drop: 6.0 per period against a baseline of 10.0, 40% lower")
        .addReasons("left out for lack of data: inactivity").build(), ChurnRisk.class);
  }

  @Test
  void winBackCaseAndAdviceMatchGolden() {
    assertMatchesGolden(WinBackCase.builder()
        .customerId(CustomerId.of("C-042"))
        .tier(ValueTier.ORDINARY)
        .clvIfRecovered(60000)
        .clvIfLost(2000)
        .successProbability(0.35)
        .recoveryCost(8000)
        .addLetGoReasons(LetGoReason.NON_PAYING)
        .build(), WinBackCase.class);
    assertMatchesGolden(WinBackAdvice.builder()
        .customerId(CustomerId.of("C-042"))
        .tier(ValueTier.ORDINARY)
        .decision(WinBackDecision.LET_GO)
        .expectedGain(20300)
        .spendCap(0)
        .addLetGoReasons(LetGoReason.NON_PAYING)
        .addReasons("expected gain 0.35 x (60000.00 - 2000.00) = 20300.00")
        .addReasons("let go whatever the tier: [NON_PAYING]")
        .build(), WinBackAdvice.class);
  }

  @Test
  void rejectedCaseNamesTheField() {
    String json = "{\"customerId\":\"C-1\",\"tier\":\"KEY\",\"clvIfRecovered\":1000,\"clvIfLost\":0,"
        + "\"successProbability\":1.5}";
    assertThatThrownBy(() -> MAPPER.readValue(json, WinBackCase.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Invalid field 'successProbability' of WinBackCase: successProbability must be in [0.0, 1.0]: 1.5")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
