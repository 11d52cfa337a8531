package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.ChurnSignalKind;
import io.github.logicrm.core.retention.RiskLevel;
import io.github.logicrm.core.retention.WinBackDecision;
import io.github.logicrm.core.service.OtifUnit;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.TimeReference;
import io.github.logicrm.metrics.service.SevenRScorer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The guide's numbers, worked out by hand from the four shipments. */
class ServiceAndRetentionTest {

  @Test
  void theLateShortShipmentFailsTimeAndQuantity() {
    var score = ServiceAndRetention.scoreOne();
    assertThat(score.check(ServiceRight.TIME).passed()).isFalse();
    assertThat(score.check(ServiceRight.QUANTITY).reason()).isEqualTo("lines[0] (SKU-FRIDGE-300): 1.0 short of 40.0");
    assertThat(score.check(ServiceRight.TIME).reason()).isEqualTo("delivered 2026-09-08T06:30:00Z, PT30M after the"
        + " end of the committed window [2026-09-08T01:00:00Z, 2026-09-08T06:00:00Z]");
  }

  @Test
  void rollUpMatchesTheHandCount() {
    ServiceSummary s = ServiceAndRetention.rollUp();
    // TIME fails on SO-2 only (3/4), QUANTITY on SO-2 and SO-4 (2/4); perfect: SO-1 and SO-3.
    assertThat(s.rate(ServiceRight.TIME)).isEqualTo(0.75);
    assertThat(s.rate(ServiceRight.QUANTITY)).isEqualTo(0.5);
    assertThat(s.perfectOrderRate()).isEqualTo(0.5);
    assertThat(s.perfectOrderRateFromComponents()).isEqualTo(0.375);
    SevenRScorer scorer = SevenRScorer.withDefaults();
    var shipments = ServiceAndRetention.shipments();
    assertThat(scorer.withOtifUnit(OtifUnit.LINE).summarize(shipments).otif().rate()).isEqualTo(3 / 5.0);
    // units: 40 + 0 + 40 + (38 + 10) of 170 ordered; against the requested window SO-4 is late too: 80 of 170.
    assertThat(scorer.withOtifUnit(OtifUnit.UNIT).summarize(shipments).otif().rate()).isEqualTo(128 / 170.0);
    assertThat(scorer.withOtifUnit(OtifUnit.UNIT).withTimeReference(TimeReference.REQUESTED).summarize(shipments)
        .otif().rate()).isEqualTo(80 / 170.0);
  }

  @Test
  void streamingEqualsTheBatch() {
    ServiceSummary streamed = ServiceAndRetention.streaming();
    assertThat(streamed).isEqualTo(SevenRScorer.withDefaults()
        .summarizeByCustomer(ServiceAndRetention.shipments()).get(ServiceAndRetention.CUSTOMER));
  }

  @Test
  void deliveredValueChurnAndWinBack() {
    var dv = ServiceAndRetention.deliveredValue();
    assertThat(dv.delivered()).isEqualTo(14_000.0);
    assertThat(dv.ratio().orElseThrow()).isEqualTo(1.25);
    var risk = ServiceAndRetention.churnRisk(ServiceAndRetention.rollUp());
    // 100 x (0.3 x 0.4 + 0.2 x 0.8 + 0.2 x 0.3125 + 0.1 x 1 + 0.05 x 0.5 + 0.05 x 0.5 + 0.1 x 1) = 59.25
    assertThat(risk.score()).isCloseTo(59.25, within(1e-9));
    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(risk.fired()).extracting(ChurnSignal::kind).containsExactly(ChurnSignalKind.VOLUME_DROP,
        ChurnSignalKind.COMPLAINTS, ChurnSignalKind.SLOW_RESOLUTION, ChurnSignalKind.OVERDUE_RECEIVABLES,
        ChurnSignalKind.SERVICE_FAILURES);
    var advice = ServiceAndRetention.winBack();
    assertThat(advice.decision()).isEqualTo(WinBackDecision.SAVE);
    // 0.4 x (120,000 - 6,000): a failed attempt still leaves the 6,000 of the lost state
    assertThat(advice.spendCap()).isEqualTo(45_600.0);
  }

  @Test
  void mainPrintsWhatTheGuideQuotes() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      ServiceAndRetention.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).contains(
        "QUANTITY FAIL lines[0] (SKU-FRIDGE-300): 1.0 short of 40.0",
        "perfect orders: 0.50 per order, 0.3750 as the product of component rates",
        "OTIF by ORDER: 0.5000", "OTIF by LINE: 0.6000", "OTIF by UNIT: 0.7529",
        "OTIF by UNIT against the requested window: 0.4706",
        "streamed and merged equals batch: true",
        "churn risk 59.25 (MEDIUM)",
        "  VOLUME_DROP: measured 0.400, 16.0 points",
        "  - complaints: 2 on 18 shipments, 11.1 per 100");
  }
}
