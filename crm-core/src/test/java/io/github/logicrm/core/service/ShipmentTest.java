package io.github.logicrm.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static Shipment.Builder valid() {
    return Shipment.builder()
        .orderId("SO-1")
        .customerId(CustomerId.of("C-001"))
        .addLines(ShipmentLine.of("SKU-1", 10, 10))
        .requestedWindow(TimeWindow.of(T0.plusSeconds(3600), T0.plusSeconds(7200)))
        .shippedAt(T0)
        .deliveredAt(T0.plusSeconds(5000))
        .deliveredToAgreedLocation(true)
        .quotedPrice(100)
        .invoicedPrice(100)
        .contractTermsMet(true)
        .documentsComplete(true)
        .trackingComplete(true);
  }

  @Test
  void committedWindowDefaultsToTheRequestedOne() {
    Shipment s = valid().build();
    assertThat(s.window(TimeReference.COMMITTED)).isEqualTo(s.requestedWindow());
    TimeWindow committed = TimeWindow.of(T0.plusSeconds(3600), T0.plusSeconds(9000));
    Shipment c = valid().committedWindow(committed).build();
    assertThat(c.window(TimeReference.COMMITTED)).isEqualTo(committed);
    assertThat(c.window(TimeReference.REQUESTED)).isEqualTo(c.requestedWindow());
  }

  @Test
  void windowIncludesBothEnds() {
    TimeWindow w = TimeWindow.of(T0, T0.plusSeconds(60));
    assertThat(w.contains(T0)).isTrue();
    assertThat(w.contains(T0.plusSeconds(60))).isTrue();
    assertThat(w.contains(T0.plusSeconds(60).plusNanos(1))).isFalse();
    assertThat(w.contains(T0.minusNanos(1))).isFalse();
    assertThat(TimeWindow.of(T0, T0).contains(T0)).isTrue();
  }

  @Test
  void rejectsWindowEndBeforeStart() {
    assertThatThrownBy(() -> TimeWindow.of(T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window end must not be before start 2026-03-02T08:00:00Z: 2026-03-02T07:59:59Z");
  }

  @Test
  void rejectsDeliveryBeforeShipment() {
    assertThatThrownBy(() -> valid().deliveredAt(T0.minusSeconds(60)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deliveredAt must not be before shippedAt 2026-03-02T08:00:00Z: 2026-03-02T07:59:00Z");
  }

  @Test
  void deliveryAtTheShipTimeIsAccepted() {
    assertThat(valid().deliveredAt(T0).build().deliveredAt()).isEqualTo(T0);
  }

  @Test
  void rejectsBadQuantities() {
    assertThatThrownBy(() -> ShipmentLine.of("SKU-1", 10, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deliveredQuantity must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> ShipmentLine.of("SKU-1", -5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderedQuantity must be finite and > 0: -5.0");
    assertThatThrownBy(() -> ShipmentLine.of("SKU-1", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderedQuantity must be finite and > 0: 0.0");
    assertThatThrownBy(() -> ShipmentLine.of("SKU-1", Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderedQuantity must be finite and > 0: NaN");
    assertThatThrownBy(() -> ShipmentLine.builder().item("A").orderedQuantity(5).deliveredQuantity(5)
        .damagedQuantity(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("damagedQuantity must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> ShipmentLine.builder().item("A").orderedQuantity(5).deliveredQuantity(4)
        .damagedQuantity(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("damagedQuantity must be <= deliveredQuantity 4.0: 5.0");
    assertThatThrownBy(() -> ShipmentLine.builder().item("A").orderedQuantity(5).deliveredQuantity(4)
        .wrongItemQuantity(4.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wrongItemQuantity must be <= deliveredQuantity 4.0: 4.5");
    assertThatThrownBy(() -> ShipmentLine.of(" ", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item must not be blank: ' '");
  }

  @Test
  void rejectsOtherBadFields() {
    assertThatThrownBy(() -> valid().lines(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lines must not be empty");
    assertThatThrownBy(() -> valid().orderId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderId must not be blank: ''");
    assertThatThrownBy(() -> valid().quotedPrice(-0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quotedPrice must be finite and >= 0: -0.5");
    assertThatThrownBy(() -> valid().invoicedPrice(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invoicedPrice must be finite and >= 0: Infinity");
    assertThatThrownBy(() -> Complaint.resolved(ComplaintCategory.DELAY, Duration.ofHours(-2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resolutionTime must not be negative: PT-2H");
  }

  @Test
  void requiredFieldsAreRequired() {
    assertThatThrownBy(() -> Shipment.builder().orderId("SO-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("customerId");
  }
}
