package io.github.logicrm.core.retention;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.segmentation.ValueTier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionTypesTest {

  private static ChurnSignals.Builder signals() {
    return ChurnSignals.builder().customerId(CustomerId.of("C-1")).baselineVolume(10).recentVolume(5)
        .recentShipments(15).complaints(0).outstandingReceivables(100).overdueReceivables(10);
  }

  private static WinBackCase.Builder winBack() {
    return WinBackCase.builder().customerId(CustomerId.of("C-1")).tier(ValueTier.KEY).clvIfRecovered(1000)
        .clvIfLost(0).successProbability(0.5);
  }

  @Test
  void churnSignalsRejectBadValues() {
    assertThatThrownBy(() -> signals().recentVolume(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recentVolume must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> signals().pAlive(1.2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pAlive must be in [0.0, 1.0]: 1.2");
    assertThatThrownBy(() -> signals().complaints(-3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complaints must be >= 0: -3");
    assertThatThrownBy(() -> signals().overdueReceivables(150).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overdueReceivables must be <= outstandingReceivables 100.0: 150.0");
    assertThatThrownBy(() -> signals().meanResolutionTime(Duration.ofMinutes(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meanResolutionTime must not be negative: PT-1M");
    assertThatThrownBy(() -> signals().serviceFailureRate(-0.1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serviceFailureRate must be in [0.0, 1.0]: -0.1");
    assertThatThrownBy(() -> signals().recentShipments(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recentShipments must be >= 0: -1");
    assertThatThrownBy(() -> signals().timeSinceLastShipment(Duration.ofDays(-1)).typicalInterval(Duration.ofDays(7))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeSinceLastShipment must not be negative: PT-24H");
    assertThatThrownBy(() -> signals().timeSinceLastShipment(Duration.ofDays(3)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeSinceLastShipment and typicalInterval must be given together: Optional[PT72H], "
            + "Optional.empty");
  }

  @Test
  void letGoAdviceCarriesNoSpendCap() {
    assertThatThrownBy(() -> WinBackAdvice.builder().customerId(CustomerId.of("C-1")).tier(ValueTier.KEY)
        .decision(WinBackDecision.LET_GO).expectedGain(500).spendCap(500).addReasons("let go").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spendCap must be 0 when the decision is LET_GO: 500.0");
  }

  @Test
  void winBackCaseRejectsBadValues() {
    assertThatThrownBy(() -> winBack().successProbability(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("successProbability must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> winBack().clvIfRecovered(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clvIfRecovered must be finite: NaN");
    assertThatThrownBy(() -> winBack().recoveryCost(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recoveryCost must be finite and >= 0: -5.0");
  }
}
