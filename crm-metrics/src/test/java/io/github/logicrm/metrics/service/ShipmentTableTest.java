package io.github.logicrm.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.EarlyDelivery;
import io.github.logicrm.core.service.OtifUnit;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentTableTest {

  private static final CustomerId C1 = CustomerId.of("C-001");

  /** The same shipments entered column by column, as a TMS would from its own tables. */
  private static ShipmentTable byBuilder(List<Shipment> shipments) {
    ShipmentTable.Builder b = ShipmentTable.builder();
    for (Shipment s : shipments) {
      b.row(s.customerId(), s.shippedAt().toEpochMilli(), s.deliveredAt().toEpochMilli())
          .requestedWindow(s.requestedWindow().start().toEpochMilli(), s.requestedWindow().end().toEpochMilli());
      s.committedWindow().ifPresent(w -> b.committedWindow(w.start().toEpochMilli(), w.end().toEpochMilli()));
      b.prices(s.quotedPrice(), s.invoicedPrice())
          .outcome(s.deliveredToAgreedLocation(), s.contractTermsMet(), s.documentsComplete(), s.trackingComplete());
      for (ShipmentLine l : s.lines()) {
        b.line(l.orderedQuantity(), l.deliveredQuantity(), l.damagedQuantity(), l.wrongItemQuantity());
      }
      for (Complaint c : s.complaints()) {
        c.resolutionTime().ifPresentOrElse(d -> b.resolvedComplaint(d.toMillis()), b::openComplaint);
      }
    }
    return b.build();
  }

  @Test
  void builderGivesTheSameTableAsTheValueTypes() {
    List<Shipment> shipments = Shipments.random(99, 1500, 7);
    ShipmentTable fromValues = ShipmentTable.of(shipments);
    ShipmentTable fromColumns = byBuilder(shipments);
    assertThat(fromColumns.size()).isEqualTo(1500);
    assertThat(fromColumns.customerIds()).isEqualTo(fromValues.customerIds());
    for (OtifUnit unit : OtifUnit.values()) {
      SevenRScorer scorer = SevenRScorer.withDefaults().withOtifUnit(unit)
          .withTimeReference(unit == OtifUnit.LINE ? TimeReference.REQUESTED : TimeReference.COMMITTED)
          .withEarlyDelivery(unit == OtifUnit.UNIT ? EarlyDelivery.NOT_ON_TIME : EarlyDelivery.ON_TIME);
      ServiceStats a = scorer.create();
      ServiceStats b = scorer.create();
      for (int row = 0; row < fromValues.size(); row++) {
        assertThat(scorer.passMask(fromColumns, row)).isEqualTo(scorer.passMask(fromValues, row));
        assertThat(fromColumns.customerIndex(row)).isEqualTo(fromValues.customerIndex(row));
        a.add(fromValues, row);
        b.add(fromColumns, row);
      }
      assertThat(b.finish()).isEqualTo(a.finish()).isEqualTo(scorer.summarize(shipments));
    }
  }

  @Test
  void committedWindowDefaultsToTheRequestedOne() {
    ShipmentTable t = ShipmentTable.builder()
        .row(C1, 0, 5_000).requestedWindow(1_000, 4_000).prices(10, 10).outcome(true, true, true, true)
        .line(1, 1, 0, 0)
        .build();
    assertThat(SevenRScorer.withDefaults().passMask(t, 0) & SevenRScorer.bit(ServiceRight.TIME)).as("late against the requested window").isZero();
    ShipmentTable atEnd = ShipmentTable.builder()
        .row(C1, 0, 4_000).requestedWindow(1_000, 4_000).prices(10, 10).outcome(true, true, true, true)
        .line(1, 1, 0, 0)
        .build();
    assertThat(SevenRScorer.withDefaults().passMask(atEnd, 0)).isEqualTo(SevenRScorer.ALL);
  }

  @Test
  void rejectsBadColumnsNamingTheRow() {
    ShipmentTable.Builder b = ShipmentTable.builder()
        .row(C1, 0, 10).requestedWindow(0, 10).prices(1, 1).outcome(true, true, true, true).line(1, 1, 0, 0);
    assertThatThrownBy(() -> b.row(C1, 1_000, 900))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deliveredAt[1] must not be before shippedAt 1000: 900");
    ShipmentTable.Builder second = b.row(C1, 0, 10);
    assertThatThrownBy(() -> second.requestedWindow(10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestedEnd[1] must not be before start 10: 5");
    assertThatThrownBy(() -> second.committedWindow(10, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("committedEnd[1] must not be before start 10: 9");
    assertThatThrownBy(() -> second.line(5, -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deliveredQuantity[1][0] must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> second.line(-5, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderedQuantity[1][0] must be finite and > 0: -5.0");
    assertThatThrownBy(() -> second.line(5, 4, 5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("damagedQuantity[1][0] must be <= deliveredQuantity 4.0: 5.0");
    assertThatThrownBy(() -> second.line(5, 4, 0, 4.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wrongItemQuantity[1][0] must be <= deliveredQuantity 4.0: 4.5");
    assertThatThrownBy(() -> second.prices(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quotedPrice[1] must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> second.resolvedComplaint(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resolutionMillis[1] must be >= 0: -1");
    second.requestedWindow(0, 10);
    assertThatThrownBy(second::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row 1 is missing [prices, outcome, line]");
    assertThatThrownBy(() -> ShipmentTable.builder().line(1, 1, 0, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no row started: call row(..) first");
  }

  @Test
  void anEmptyTableHasNoRows() {
    ShipmentTable empty = ShipmentTable.builder().build();
    assertThat(empty.size()).isZero();
    assertThat(empty.customerIds()).isEmpty();
    assertThat(ShipmentTable.of(List.of()).size()).isZero();
  }
}
