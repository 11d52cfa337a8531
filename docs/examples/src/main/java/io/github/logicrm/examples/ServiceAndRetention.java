package io.github.logicrm.examples;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignals;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.ComplaintCategory;
import io.github.logicrm.core.service.CustomerCost;
import io.github.logicrm.core.service.CustomerValue;
import io.github.logicrm.core.service.DeliveredValue;
import io.github.logicrm.core.service.OtifUnit;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.ShipmentScore;
import io.github.logicrm.core.service.TimeReference;
import io.github.logicrm.core.service.TimeWindow;
import io.github.logicrm.metrics.retention.ChurnWarning;
import io.github.logicrm.metrics.retention.WinBackAdvisor;
import io.github.logicrm.metrics.service.ServiceStats;
import io.github.logicrm.metrics.service.SevenRScorer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The worked example of the service and retention guide ({@code docs/service-and-retention.md}): four shipments of
 * one customer scored on the 7R, rolled up, kept current one shipment at a time, then the customer's delivered
 * value, churn risk and win-back advice.
 */
public final class ServiceAndRetention {

  static final CustomerId CUSTOMER = CustomerId.of("C-017");
  static final ZoneId SITE = ZoneId.of("Asia/Shanghai");

  private ServiceAndRetention() {}

  /** One shipment of the example: on day {@code day}, delivered at local {@code deliveredAt}, with 40 ordered. */
  static Shipment shipment(String orderId, int day, LocalTime deliveredAt, double delivered) {
    LocalDate date = LocalDate.of(2026, 9, day);
    return Shipment.builder()
        .orderId(orderId)
        .customerId(CUSTOMER)
        .addLines(ShipmentLine.of("SKU-FRIDGE-300", 40, delivered))
        // The site books windows in local time; convert with its zone so the comparison is exact.
        .requestedWindow(TimeWindow.of(local(date, 9), local(date, 12)))
        .committedWindow(TimeWindow.of(local(date, 9), local(date, 14)))
        .shippedAt(local(date.minusDays(1), 18))
        .deliveredAt(LocalDateTime.of(date, deliveredAt).atZone(SITE).toInstant())
        .deliveredToAgreedLocation(true)
        .quotedPrice(1850)
        .invoicedPrice(1850)
        .contractTermsMet(true)
        .documentsComplete(true)
        .trackingComplete(true)
        .build();
  }

  private static java.time.Instant local(LocalDate date, int hour) {
    return date.atTime(hour, 0).atZone(SITE).toInstant();
  }

  /**
   * The four shipments: a perfect one, one late and short, one early, and one of two lines delivered after the
   * requested window but inside the committed one, with its first line short.
   *
   * @return the shipments
   */
  static List<Shipment> shipments() {
    Shipment late = shipment("SO-2", 8, LocalTime.of(14, 30), 39);
    return List.of(
        shipment("SO-1", 1, LocalTime.of(10, 15), 40),
        Shipment.builder().from(late)
            .addComplaints(Complaint.resolved(ComplaintCategory.DELAY, Duration.ofHours(36))).build(),
        shipment("SO-3", 15, LocalTime.of(8, 40), 40),
        Shipment.builder().from(shipment("SO-4", 22, LocalTime.of(13, 30), 38))
            .addLines(ShipmentLine.of("SKU-WASHER-80", 10, 10)).build());
  }

  /**
   * Scores one shipment on the 7R.
   *
   * @return the score of the late, short shipment
   */
  static ShipmentScore scoreOne() {
    SevenRScorer scorer = SevenRScorer.withDefaults();          // DELIVERED_BY: committed window, early = on time, by order
    return scorer.score(shipments().get(1));
  }

  /**
   * Rolls the shipments up: per-right rates, perfect order two ways, OTIF in three units.
   *
   * @return the summary under the default rules
   */
  static ServiceSummary rollUp() {
    return SevenRScorer.withDefaults().summarize(shipments());
  }

  /**
   * Keeps the statistics current one shipment at a time, on two threads' worth of statistics merged.
   *
   * @return the summary of the merged statistics
   */
  static ServiceSummary streaming() {
    SevenRScorer scorer = SevenRScorer.withDefaults();
    ServiceStats morning = scorer.create();
    ServiceStats evening = scorer.create();
    List<Shipment> shipments = shipments();
    morning.add(shipments.get(0)).add(shipments.get(1));   // as the TMS confirms each delivery
    evening.add(shipments.get(2)).add(shipments.get(3));
    return morning.merge(evening).finish(CUSTOMER);     // the same as summarizing all four at once
  }

  /**
   * The customer's delivered value (Kotler).
   *
   * @return the delivered value
   */
  static DeliveredValue deliveredValue() {
    CustomerValue value = CustomerValue.of(52_000, 9_000, 6_000, 3_000);   // product, service, personnel, image
    CustomerCost cost = CustomerCost.of(48_000, 4_000, 2_500, 1_500);      // monetary, time, energy, psychic
    return DeliveredValue.of(value, cost);
  }

  /**
   * The customer's churn risk.
   *
   * @param summary the quarter's service summary, for the failure rate
   * @return the risk
   */
  static ChurnRisk churnRisk(ServiceSummary summary) {
    ChurnSignals signals = ChurnSignals.builder()
        .customerId(CUSTOMER)
        .timeSinceLastShipment(Duration.ofDays(9))
        .typicalInterval(Duration.ofDays(5))      // the customer's own rhythm: median days between shipments
        .baselineVolume(10)                       // shipments a month over the previous year
        .recentVolume(6)                          // shipments a month this quarter
        .recentShipments(18)
        .pAlive(0.75)                             // from a fitted BG/NBD model, when there is one
        .complaints(2)
        .meanResolutionTime(Duration.ofHours(36))
        .outstandingReceivables(120_000)
        .overdueReceivables(30_000)
        .serviceFailureRate(1 - summary.perfectOrderRate())
        .build();
    return ChurnWarning.withDefaults().assess(signals);
  }

  /**
   * The advice if the customer leaves.
   *
   * @return the advice
   */
  static WinBackAdvice winBack() {
    WinBackCase lost = WinBackCase.builder()
        .customerId(CUSTOMER)
        .tier(ValueTier.MAJOR)
        .clvIfRecovered(120_000)
        .successProbability(0.4)
        .clvIfLost(6_000)
        .recoveryCost(15_000)
        .build();
    return WinBackAdvisor.withDefaults().advise(lost);
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    scoreOne().checks().forEach(c -> System.out.println(c.right() + " " + (c.passed() ? "ok  " : "FAIL") + " "
        + c.reason()));
    ServiceSummary summary = rollUp();
    System.out.printf(Locale.ROOT, "perfect orders: %.2f per order, %.4f as the product of component rates%n",
        summary.perfectOrderRate(), summary.perfectOrderRateFromComponents());
    SevenRScorer scorer = SevenRScorer.withDefaults();
    for (OtifUnit unit : OtifUnit.values()) {
      System.out.printf(Locale.ROOT, "OTIF by %s: %.4f%n", unit, scorer.withOtifUnit(unit).summarize(shipments()).otif().rate());
    }
    System.out.printf(Locale.ROOT, "OTIF by UNIT against the requested window: %.4f%n", scorer.withOtifUnit(OtifUnit.UNIT)
        .withTimeReference(TimeReference.REQUESTED).summarize(shipments()).otif().rate());
    System.out.println("streamed and merged equals batch: " + streaming().equals(
        scorer.summarizeByCustomer(shipments()).get(CUSTOMER)));
    DeliveredValue dv = deliveredValue();
    System.out.printf(Locale.ROOT, "delivered value %.0f, ratio %.2f%n", dv.delivered(), dv.ratio().orElseThrow());
    ChurnRisk risk = churnRisk(summary);
    System.out.printf(Locale.ROOT, "churn risk %.2f (%s)%n", risk.score(), risk.level());
    risk.fired().forEach(s -> System.out.printf(Locale.ROOT, "  %s: measured %.3f, %.1f points%n", s.kind(), s.measured(),
        s.points()));
    risk.reasons().forEach(r -> System.out.println("  - " + r));
    WinBackAdvice advice = winBack();
    System.out.println(advice.decision() + ", spend at most " + advice.spendCap() + ": " + advice.reasons());
  }
}
