package io.github.logicrm.metrics.service;

import static io.github.logicrm.metrics.service.Shipments.COMMITTED_END;
import static io.github.logicrm.metrics.service.Shipments.REQUESTED_END;
import static io.github.logicrm.metrics.service.Shipments.REQUESTED_START;
import static io.github.logicrm.metrics.service.Shipments.perfect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.ComplaintCategory;
import io.github.logicrm.core.service.EarlyDelivery;
import io.github.logicrm.core.service.OtifProfile;
import io.github.logicrm.core.service.OtifResult;
import io.github.logicrm.core.service.OtifUnit;
import io.github.logicrm.core.service.RightCheck;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.ShipmentScore;
import io.github.logicrm.core.service.TimeReference;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SevenRScorerTest {

  private static final SevenRScorer DEFAULTS = SevenRScorer.withDefaults();
  private static final String COMMITTED = "committed window [2026-03-02T10:00:00Z, 2026-03-02T14:00:00Z]";
  private static final String REQUESTED = "requested window [2026-03-02T10:00:00Z, 2026-03-02T12:00:00Z]";

  private static RightCheck check(SevenRScorer scorer, Shipment s, ServiceRight right) {
    return scorer.score(s).check(right);
  }

  private static OtifResult otif(OtifUnit unit, Shipment... shipments) {
    return DEFAULTS.withOtifUnit(unit).summarize(List.of(shipments)).otif();
  }

  @Test
  void perfectShipmentPassesEveryRightWithItsReason() {
    ShipmentScore score = DEFAULTS.score(perfect().build());
    assertThat(score.checks()).extracting(RightCheck::passed).containsOnly(true);
    assertThat(score.allRight()).isTrue();
    assertThat(score.perfectOrder()).isTrue();
    assertThat(score.checks()).extracting(RightCheck::reason).containsExactly(
        "all items correct and undamaged",
        "every line delivered as ordered",
        "delivered to the agreed location",
        "delivered 2026-03-02T11:00:00Z inside the " + COMMITTED,
        "contract terms met",
        "invoiced 100.00 against quoted 100.00: difference 0.00 within tolerance 0.01",
        "documents and tracking complete");
  }

  /**
   * A truck an hour before its dock appointment: on time for a parcel "delivered by" promise (the default), a
   * failure for a retail program and for SCOR's on time to the commit date. Every OTIF result names its profile.
   */
  @Test
  void anEarlyTruckFailsTheRetailerAndScorProfilesAndEachResultNamesItsProfile() {
    Shipment early = perfect().deliveredAt(REQUESTED_START.minusSeconds(3600)).build();
    assertThat(DEFAULTS.profile()).hasValue(OtifProfile.DELIVERED_BY);
    assertThat(check(DEFAULTS, early, ServiceRight.TIME).passed()).isTrue();
    OtifResult byDefault = DEFAULTS.summarize(List.of(early)).otif();
    assertThat(byDefault.profile()).hasValue(OtifProfile.DELIVERED_BY);
    assertThat(byDefault.target()).isEmpty();
    assertThat(byDefault.rate()).isEqualTo(1.0);

    SevenRScorer retailer = DEFAULTS.withProfile(OtifProfile.RETAILER);
    assertThat(check(retailer, early, ServiceRight.TIME)).isEqualTo(RightCheck.of(ServiceRight.TIME, false,
        "delivered 2026-03-02T09:00:00Z, PT1H before the start of the " + REQUESTED
            + "; early deliveries count as not on time"));
    OtifResult retail = retailer.summarize(List.of(early, perfect().build())).otif();
    assertThat(retail.profile()).hasValue(OtifProfile.RETAILER);
    assertThat(retail.unit()).isEqualTo(OtifUnit.UNIT);
    assertThat(retail.reference()).isEqualTo(TimeReference.REQUESTED);
    assertThat(retail.earlyDelivery()).isEqualTo(EarlyDelivery.NOT_ON_TIME);
    assertThat(retail.target()).hasValue(0.98);
    assertThat(retail.rate()).isEqualTo(0.5);

    SevenRScorer scor = DEFAULTS.withProfile(OtifProfile.SCOR_PERFECT_ORDER);
    ServiceSummary scorSummary = scor.summarize(List.of(early, perfect().build()));
    assertThat(scorSummary.otif().profile()).hasValue(OtifProfile.SCOR_PERFECT_ORDER);
    assertThat(scorSummary.otif().unit()).isEqualTo(OtifUnit.LINE);
    assertThat(scorSummary.perfectOrderRate()).isEqualTo(0.5);
    assertThat(scorSummary.perfectOrderComponents()).containsExactlyInAnyOrder(ServiceRight.QUANTITY,
        ServiceRight.TIME, ServiceRight.INFORMATION, ServiceRight.PRODUCT);

    // settings changed away from every profile: no profile claimed
    assertThat(DEFAULTS.withOtifUnit(OtifUnit.LINE).profile()).isEmpty();
    assertThat(DEFAULTS.withOtifUnit(OtifUnit.LINE).summarize(List.of(early)).otif().profile()).isEmpty();
    assertThat(scor.withProfile(OtifProfile.DELIVERED_BY)).isEqualTo(DEFAULTS);
  }

  @Test
  void deliveryExactlyAtTheWindowEndIsOnTimeAndOneMillisecondLaterIsLate() {
    assertThat(check(DEFAULTS, perfect().deliveredAt(COMMITTED_END).build(), ServiceRight.TIME))
        .isEqualTo(RightCheck.of(ServiceRight.TIME, true, "delivered 2026-03-02T14:00:00Z inside the " + COMMITTED));
    assertThat(check(DEFAULTS, perfect().deliveredAt(COMMITTED_END.plusMillis(1)).build(), ServiceRight.TIME))
        .isEqualTo(RightCheck.of(ServiceRight.TIME, false,
            "delivered 2026-03-02T14:00:00.001Z, PT0.001S after the end of the " + COMMITTED));
    SevenRScorer requested = DEFAULTS.withTimeReference(TimeReference.REQUESTED);
    assertThat(check(requested, perfect().deliveredAt(REQUESTED_END).build(), ServiceRight.TIME).passed()).isTrue();
    assertThat(check(requested, perfect().deliveredAt(REQUESTED_END.plusMillis(1)).build(), ServiceRight.TIME)
        .passed()).isFalse();
  }

  @Test
  void theReferenceWindowDecidesLateness() {
    Shipment at13 = perfect().deliveredAt(Instant.parse("2026-03-02T13:00:00Z")).build();
    assertThat(check(DEFAULTS, at13, ServiceRight.TIME).passed()).isTrue();
    assertThat(check(DEFAULTS.withTimeReference(TimeReference.REQUESTED), at13, ServiceRight.TIME))
        .isEqualTo(RightCheck.of(ServiceRight.TIME, false,
            "delivered 2026-03-02T13:00:00Z, PT1H after the end of the " + REQUESTED));
    assertThat(DEFAULTS.withTimeReference(TimeReference.REQUESTED).summarize(List.of(at13)).otif())
        .isEqualTo(OtifResult.builder().unit(OtifUnit.ORDER).reference(TimeReference.REQUESTED)
            .earlyDelivery(EarlyDelivery.ON_TIME).onTimeInFull(0).total(1).build());
    assertThat(DEFAULTS.summarize(List.of(at13)).otif().rate()).isEqualTo(1.0);
  }

  @Test
  void earlyDeliveryFollowsTheConfiguredRule() {
    Shipment early = perfect().deliveredAt(Instant.parse("2026-03-02T09:30:00Z")).build();
    assertThat(check(DEFAULTS, early, ServiceRight.TIME)).isEqualTo(RightCheck.of(ServiceRight.TIME, true,
        "delivered 2026-03-02T09:30:00Z, PT30M before the start of the " + COMMITTED
            + "; early deliveries count as on time"));
    SevenRScorer strict = DEFAULTS.withEarlyDelivery(EarlyDelivery.NOT_ON_TIME);
    assertThat(check(strict, early, ServiceRight.TIME)).isEqualTo(RightCheck.of(ServiceRight.TIME, false,
        "delivered 2026-03-02T09:30:00Z, PT30M before the start of the " + COMMITTED
            + "; early deliveries count as not on time"));
    assertThat(check(strict, perfect().deliveredAt(REQUESTED_START).build(), ServiceRight.TIME).passed()).isTrue();
    assertThat(check(strict, perfect().deliveredAt(REQUESTED_START.minusMillis(1)).build(), ServiceRight.TIME)
        .passed()).isFalse();
    for (OtifUnit unit : OtifUnit.values()) {
      assertThat(DEFAULTS.withOtifUnit(unit).summarize(List.of(early)).otif().rate()).as("%s", unit).isEqualTo(1.0);
      OtifResult s = strict.withOtifUnit(unit).summarize(List.of(early)).otif();
      assertThat(s.rate()).as("%s", unit).isEqualTo(0.0);
      assertThat(s.earlyDelivery()).isEqualTo(EarlyDelivery.NOT_ON_TIME);
    }
  }

  @Test
  void oneUnitShortFailsQuantityAndEachOtifUnitCountsItDifferently() {
    Shipment shortOne = perfect().lines(List.of(ShipmentLine.of("SKU-A", 10, 9), ShipmentLine.of("SKU-B", 5, 5)))
        .build();
    ShipmentScore score = DEFAULTS.score(shortOne);
    assertThat(score.check(ServiceRight.QUANTITY))
        .isEqualTo(RightCheck.of(ServiceRight.QUANTITY, false, "lines[0] (SKU-A): 1.0 short of 10.0"));
    assertThat(score.perfectOrder()).isFalse();
    assertThat(score.check(ServiceRight.PRODUCT).passed()).isTrue();
    assertThat(otif(OtifUnit.ORDER, shortOne)).extracting(OtifResult::onTimeInFull, OtifResult::total)
        .containsExactly(0.0, 1.0);
    assertThat(otif(OtifUnit.LINE, shortOne)).extracting(OtifResult::onTimeInFull, OtifResult::total)
        .containsExactly(1.0, 2.0);
    assertThat(otif(OtifUnit.UNIT, shortOne)).extracting(OtifResult::onTimeInFull, OtifResult::total)
        .containsExactly(14.0, 15.0);
  }

  @Test
  void overDeliveryFailsQuantityButUnitsCountAtMostTheOrderedQuantity() {
    Shipment over = perfect().lines(List.of(ShipmentLine.of("SKU-A", 10, 10), ShipmentLine.of("SKU-B", 5, 6)))
        .build();
    assertThat(check(DEFAULTS, over, ServiceRight.QUANTITY))
        .isEqualTo(RightCheck.of(ServiceRight.QUANTITY, false, "lines[1] (SKU-B): 1.0 over 5.0"));
    assertThat(otif(OtifUnit.LINE, over).rate()).isEqualTo(0.5);
    assertThat(otif(OtifUnit.UNIT, over)).extracting(OtifResult::onTimeInFull, OtifResult::total)
        .containsExactly(15.0, 15.0);
  }

  @Test
  void lateDeliveryCountsNothingOnTimeInAnyUnit() {
    Shipment late = perfect().deliveredAt(COMMITTED_END.plusSeconds(60)).build();
    Shipment onTime = perfect().build();
    assertThat(otif(OtifUnit.ORDER, late, onTime).rate()).isEqualTo(0.5);
    assertThat(otif(OtifUnit.LINE, late, onTime)).extracting(OtifResult::onTimeInFull, OtifResult::total)
        .containsExactly(2.0, 4.0);
    assertThat(otif(OtifUnit.UNIT, late, onTime)).extracting(OtifResult::onTimeInFull, OtifResult::total)
        .containsExactly(15.0, 30.0);
  }

  @Test
  void damagedAndWrongItemsFailProduct() {
    Shipment bad = perfect().lines(List.of(
        ShipmentLine.builder().item("SKU-A").orderedQuantity(10).deliveredQuantity(10).damagedQuantity(2).build(),
        ShipmentLine.builder().item("SKU-B").orderedQuantity(5).deliveredQuantity(5).wrongItemQuantity(1).build()))
        .build();
    ShipmentScore score = DEFAULTS.score(bad);
    assertThat(score.check(ServiceRight.PRODUCT)).isEqualTo(RightCheck.of(ServiceRight.PRODUCT, false,
        "lines[0] (SKU-A): 2.0 damaged; lines[1] (SKU-B): 1.0 wrong item"));
    assertThat(score.check(ServiceRight.QUANTITY).passed()).isTrue();
    assertThat(score.perfectOrder()).isFalse();
    assertThat(otif(OtifUnit.ORDER, bad).rate()).as("condition is not part of OTIF").isEqualTo(1.0);
  }

  @Test
  void placeTermsAndInformationFailWithTheirReasons() {
    Shipment s = perfect().deliveredToAgreedLocation(false).contractTermsMet(false).trackingComplete(false).build();
    ShipmentScore score = DEFAULTS.score(s);
    assertThat(score.check(ServiceRight.PLACE))
        .isEqualTo(RightCheck.of(ServiceRight.PLACE, false, "delivered to a location other than agreed"));
    assertThat(score.check(ServiceRight.TERMS))
        .isEqualTo(RightCheck.of(ServiceRight.TERMS, false, "contract terms not met"));
    assertThat(score.check(ServiceRight.INFORMATION))
        .isEqualTo(RightCheck.of(ServiceRight.INFORMATION, false, "tracking incomplete"));
    assertThat(score.perfectOrder()).as("place and terms are not SCOR components").isFalse();
    assertThat(check(DEFAULTS, perfect().documentsComplete(false).build(), ServiceRight.INFORMATION).reason())
        .isEqualTo("documents incomplete");
    assertThat(check(DEFAULTS, perfect().documentsComplete(false).trackingComplete(false).build(),
        ServiceRight.INFORMATION).reason()).isEqualTo("documents and tracking incomplete");
    assertThat(DEFAULTS.score(perfect().deliveredToAgreedLocation(false).build()).perfectOrder()).isTrue();
  }

  @Test
  void priceIsRightWithinTheToleranceInclusive() {
    SevenRScorer half = DEFAULTS.withPriceTolerance(0.5);
    assertThat(check(half, perfect().invoicedPrice(100.5).build(), ServiceRight.PRICE).passed()).isTrue();
    assertThat(check(half, perfect().invoicedPrice(99.5).build(), ServiceRight.PRICE).passed()).isTrue();
    assertThat(check(half, perfect().invoicedPrice(100.75).build(), ServiceRight.PRICE)).isEqualTo(RightCheck.of(
        ServiceRight.PRICE, false, "invoiced 100.75 against quoted 100.00: difference 0.75 above tolerance 0.50"));
    assertThat(check(DEFAULTS.withPriceTolerance(0), perfect().invoicedPrice(100.01).build(),
        ServiceRight.PRICE).passed()).isFalse();
  }

  /** 100.01 - 100.00 is 0.010000000000005116 in binary floating point; a one-cent tolerance must still take it. */
  @Test
  void aToleranceOfOneCentMeansOneCent() {
    assertThat(check(DEFAULTS, perfect().invoicedPrice(100.01).build(), ServiceRight.PRICE)).isEqualTo(RightCheck.of(
        ServiceRight.PRICE, true, "invoiced 100.01 against quoted 100.00: difference 0.01 within tolerance 0.01"));
    assertThat(check(DEFAULTS, perfect().quotedPrice(0.1).invoicedPrice(0.3).build(), ServiceRight.PRICE).passed())
        .isFalse();
    assertThat(check(DEFAULTS.withPriceTolerance(0.2), perfect().quotedPrice(0.1).invoicedPrice(0.3).build(),
        ServiceRight.PRICE).passed()).as("0.3 - 0.1 is 0.19999999999999998 in binary").isTrue();
    assertThat(check(DEFAULTS, perfect().quotedPrice(1_234_567.89).invoicedPrice(1_234_567.90).build(),
        ServiceRight.PRICE).passed()).isTrue();
    assertThat(check(DEFAULTS, perfect().invoicedPrice(100.02).build(), ServiceRight.PRICE).passed()).isFalse();
  }

  @Test
  void pricesAreComparedInTheMinorUnitsOfTheCurrency() {
    SevenRScorer dinar = DEFAULTS.withPriceDecimals(3).withPriceTolerance(0.005);
    assertThat(check(dinar, perfect().invoicedPrice(100.005).build(), ServiceRight.PRICE)).isEqualTo(RightCheck.of(
        ServiceRight.PRICE, true, "invoiced 100.005 against quoted 100.000: difference 0.005 within tolerance 0.005"));
    assertThat(check(dinar, perfect().invoicedPrice(100.006).build(), ServiceRight.PRICE).passed()).isFalse();
    SevenRScorer yen = DEFAULTS.withPriceTolerance(1).withPriceDecimals(0);
    assertThat(check(yen, perfect().invoicedPrice(101).build(), ServiceRight.PRICE).reason())
        .isEqualTo("invoiced 101 against quoted 100: difference 1 within tolerance 1");
    // an invoice states whole minor units: 100.004 is invoiced as 100.00
    assertThat(check(DEFAULTS.withPriceTolerance(0), perfect().invoicedPrice(100.004).build(), ServiceRight.PRICE)
        .passed()).isTrue();
    assertThatThrownBy(() -> DEFAULTS.withPriceTolerance(0.005))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceTolerance must be a whole number of minor units 0.01: 0.005");
    assertThatThrownBy(() -> DEFAULTS.withPriceTolerance(0.5).withPriceDecimals(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceTolerance must be a whole number of minor units 1: 0.5");
    assertThatThrownBy(() -> DEFAULTS.withPriceDecimals(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceDecimals must be in [0, 6]: 7");
  }

  @Test
  void perOrderRateAndProductOfRatesDifferWhenFailuresCluster() {
    // Two perfect orders and two that are both late and short: TIME and QUANTITY rates 0.5 each, the others 1.
    Shipment good = perfect().build();
    Shipment bad = perfect().deliveredAt(COMMITTED_END.plusSeconds(3600))
        .lines(List.of(ShipmentLine.of("SKU-A", 10, 8))).build();
    ServiceSummary summary = DEFAULTS.summarize(List.of(good, bad, good, bad));
    assertThat(summary.rate(ServiceRight.TIME)).isEqualTo(0.5);
    assertThat(summary.rate(ServiceRight.QUANTITY)).isEqualTo(0.5);
    assertThat(summary.perfectOrderRate()).isEqualTo(0.5);
    assertThat(summary.perfectOrderRateFromComponents()).isEqualTo(0.25);
  }

  @Test
  void perOrderRateAndProductOfRatesAgreeWhenFailuresAreIndependent() {
    // Late on orders 1 and 2, short on orders 1 and 3: each rate 0.5, only order 4 perfect.
    Shipment lateShort = perfect().deliveredAt(COMMITTED_END.plusSeconds(60))
        .lines(List.of(ShipmentLine.of("SKU-A", 10, 8))).build();
    Shipment late = perfect().deliveredAt(COMMITTED_END.plusSeconds(60)).build();
    Shipment shortOnly = perfect().lines(List.of(ShipmentLine.of("SKU-A", 10, 8))).build();
    ServiceSummary summary = DEFAULTS.summarize(List.of(lateShort, late, shortOnly, perfect().build()));
    assertThat(summary.perfectOrderRate()).isEqualTo(0.25);
    assertThat(summary.perfectOrderRateFromComponents()).isEqualTo(0.25);
    assertThat(summary.allRightRate()).isEqualTo(0.25);
  }

  @Test
  void perfectOrderComponentsAreConfigurable() {
    Shipment wrongPlace = perfect().deliveredToAgreedLocation(false).build();
    SevenRScorer all = DEFAULTS.withPerfectOrderComponents(EnumSet.allOf(ServiceRight.class));
    assertThat(all.score(wrongPlace).perfectOrder()).isFalse();
    ServiceSummary summary = all.summarize(List.of(wrongPlace, perfect().build()));
    assertThat(summary.perfectOrderComponents()).containsExactly(ServiceRight.values());
    assertThat(summary.perfectOrderRate()).isEqualTo(0.5);
    assertThat(summary.perfectOrderRateFromComponents()).isEqualTo(0.5);
    assertThat(DEFAULTS.summarize(List.of(wrongPlace)).perfectOrderRate()).isEqualTo(1.0);
  }

  @Test
  void complaintsAreCountedWithTheirResolutionTime() {
    Shipment s = perfect().addComplaints(
        Complaint.resolved(ComplaintCategory.DELAY, Duration.ofHours(10)),
        Complaint.resolved(ComplaintCategory.BILLING, Duration.ofHours(30)),
        Complaint.open(ComplaintCategory.STAFF))
        .build();
    ServiceSummary summary = DEFAULTS.summarize(List.of(s, perfect().build()));
    assertThat(summary.complaints()).isEqualTo(3);
    assertThat(summary.resolvedComplaints()).isEqualTo(2);
    assertThat(summary.meanResolutionTime()).contains(Duration.ofHours(20));
    assertThat(DEFAULTS.summarize(List.of(perfect().build())).meanResolutionTime()).isEmpty();
  }

  @Test
  void columnarMaskAgreesWithTheFriendlyScore() {
    List<Shipment> shipments = Shipments.random(7, 500, 5);
    ShipmentTable table = ShipmentTable.of(shipments);
    for (SevenRScorer scorer : List.of(DEFAULTS, DEFAULTS.withTimeReference(TimeReference.REQUESTED)
        .withEarlyDelivery(EarlyDelivery.NOT_ON_TIME))) {
      for (int row = 0; row < table.size(); row++) {
        ShipmentScore score = scorer.score(shipments.get(row));
        int mask = scorer.passMask(table, row);
        for (ServiceRight right : ServiceRight.values()) {
          assertThat((mask & SevenRScorer.bit(right)) != 0).isEqualTo(score.check(right).passed());
        }
        assertThat(scorer.isPerfect(mask)).isEqualTo(score.perfectOrder());
      }
    }
    // the random book exercises every right both ways
    ServiceSummary all = DEFAULTS.summarize(shipments);
    for (ServiceRight right : ServiceRight.values()) {
      assertThat(all.passed().get(right)).as("%s", right).isBetween(1, 499);
    }
  }

  @Test
  void rejectsBadConfigurationAndInput() {
    assertThatThrownBy(() -> DEFAULTS.withPriceTolerance(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceTolerance must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> DEFAULTS.withPerfectOrderComponents(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perfectOrderComponents must not be empty");
    assertThatThrownBy(() -> DEFAULTS.summarize(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shipments must not be empty");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> DEFAULTS.summarizeByCustomer(List.of(), t, t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must not be before from 2026-01-01T00:00:00Z: 2025-12-31T23:59:59Z");
  }
}
