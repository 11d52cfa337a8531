package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.ComplaintCategory;
import io.github.logicrm.core.service.CustomerCost;
import io.github.logicrm.core.service.CustomerValue;
import io.github.logicrm.core.service.DeliveredValue;
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
import io.github.logicrm.core.service.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceJsonTest {

  static Shipment shipment() {
    return Shipment.builder()
        .orderId("SO-2026-000417")
        .customerId(CustomerId.of("C-001"))
        .addLines(ShipmentLine.of("SKU-TV55", 40, 40))
        .addLines(ShipmentLine.builder().item("SKU-SB20").orderedQuantity(12).deliveredQuantity(11)
            .damagedQuantity(1).build())
        .requestedWindow(TimeWindow.of(Instant.parse("2026-03-02T02:00:00Z"), Instant.parse("2026-03-02T04:00:00Z")))
        .committedWindow(TimeWindow.of(Instant.parse("2026-03-02T02:00:00Z"), Instant.parse("2026-03-02T06:00:00Z")))
        .shippedAt(Instant.parse("2026-03-01T22:15:00Z"))
        .deliveredAt(Instant.parse("2026-03-02T05:10:00Z"))
        .deliveredToAgreedLocation(true)
        .quotedPrice(1850.0)
        .invoicedPrice(1850.0)
        .contractTermsMet(true)
        .documentsComplete(true)
        .trackingComplete(false)
        .addComplaints(Complaint.resolved(ComplaintCategory.DAMAGE, Duration.ofHours(26)))
        .addComplaints(Complaint.open(ComplaintCategory.SHORTAGE))
        .build();
  }

  static ServiceSummary summary() {
    Map<ServiceRight, Integer> passed = new EnumMap<>(ServiceRight.class);
    int[] counts = {118, 117, 120, 109, 119, 116, 112};
    for (ServiceRight r : ServiceRight.values()) {
      passed.put(r, counts[r.ordinal()]);
    }
    return ServiceSummary.builder()
        .customerId(CustomerId.of("C-001"))
        .shipments(120)
        .passed(passed)
        .allRight(98)
        .perfectOrderComponents(EnumSet.of(ServiceRight.PRODUCT, ServiceRight.QUANTITY, ServiceRight.TIME,
            ServiceRight.INFORMATION))
        .perfectOrders(101)
        .otif(otif())
        .complaints(4)
        .resolvedComplaints(3)
        .totalResolutionTime(Duration.ofHours(51).plusMinutes(30))
        .build();
  }

  static OtifResult otif() {
    return OtifResult.builder().unit(OtifUnit.UNIT).reference(TimeReference.REQUESTED)
        .earlyDelivery(EarlyDelivery.NOT_ON_TIME).profile(OtifProfile.RETAILER).target(0.98)
        .onTimeInFull(301).total(322).build();
  }

  @Test
  void shipmentAndItsPartsMatchGolden() {
    Shipment s = shipment();
    assertMatchesGolden(s, Shipment.class);
    assertMatchesGolden(s.lines().get(1), ShipmentLine.class);
    assertMatchesGolden(s.committedWindow().orElseThrow(), TimeWindow.class);
    assertMatchesGolden(s.complaints().get(0), Complaint.class);
  }

  @Test
  void scoresAndSummariesMatchGolden() {
    List<RightCheck> checks = new ArrayList<>();
    for (ServiceRight r : ServiceRight.values()) {
      checks.add(RightCheck.of(r, r != ServiceRight.QUANTITY, r == ServiceRight.QUANTITY
          ? "lines[1] (SKU-SB20): 1.0 short of 12.0" : "ok"));
    }
    ShipmentScore score = ShipmentScore.builder().orderId("SO-2026-000417").customerId(CustomerId.of("C-001"))
        .checks(checks).perfectOrder(false).build();
    assertMatchesGolden(score, ShipmentScore.class);
    assertMatchesGolden(checks.get(1), RightCheck.class);
    assertMatchesGolden(otif(), OtifResult.class);
    assertMatchesGolden(summary(), ServiceSummary.class);
  }

  @Test
  void deliveredValueMatchesGolden() {
    CustomerValue value = CustomerValue.of(52000, 9000, 6000, 3000);
    CustomerCost cost = CustomerCost.of(48000, 4000, 2500, 1500);
    assertMatchesGolden(value, CustomerValue.class);
    assertMatchesGolden(cost, CustomerCost.class);
    assertMatchesGolden(DeliveredValue.of(value, cost), DeliveredValue.class);
  }

  @Test
  void aTmsBatchReadsAsAListOfShipments() throws Exception {
    String json = MAPPER.writeValueAsString(List.of(shipment(), shipment()));
    List<Shipment> back = MAPPER.readValue(json, new TypeReference<List<Shipment>>() {});
    assertThat(back).containsExactly(shipment(), shipment());
  }

  @Test
  void aMinimalTmsRecordLeavesOutWhatDefaults() throws Exception {
    String json = "{\"orderId\":\"SO-9\",\"customerId\":\"C-009\","
        + "\"lines\":[{\"item\":\"SKU-1\",\"orderedQuantity\":10,\"deliveredQuantity\":10}],"
        + "\"requestedWindow\":{\"start\":\"2026-03-02T02:00:00Z\",\"end\":\"2026-03-02T04:00:00Z\"},"
        + "\"shippedAt\":\"2026-03-01T22:00:00Z\",\"deliveredAt\":\"2026-03-02T03:00:00Z\","
        + "\"deliveredToAgreedLocation\":true,\"quotedPrice\":100,\"invoicedPrice\":100,"
        + "\"contractTermsMet\":true,\"documentsComplete\":true,\"trackingComplete\":true}";
    Shipment s = MAPPER.readValue(json, Shipment.class);
    assertThat(s.committedWindow()).isEmpty();
    assertThat(s.complaints()).isEmpty();
    assertThat(s.lines().get(0).damagedQuantity()).isZero();
    assertThat(s.lines().get(0).wrongItemQuantity()).isZero();
    assertThatThrownBy(() -> MAPPER.readValue(json.replace("\"contractTermsMet\":true,", ""), Shipment.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("contractTermsMet");
  }

  @Test
  void rejectedShipmentNamesTheRuleAndKeepsTheDomainCause() throws Exception {
    String json = MAPPER.writeValueAsString(shipment())
        .replace("\"deliveredAt\" : \"2026-03-02T05:10:00Z\"", "\"deliveredAt\" : \"2026-03-01T20:00:00Z\"");
    assertThatThrownBy(() -> MAPPER.readValue(json, Shipment.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Invalid fields 'deliveredAt', 'shippedAt' of Shipment: deliveredAt must not be before shippedAt "
            + "2026-03-01T22:15:00Z: 2026-03-01T20:00:00Z")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    String window = "{\"start\":\"2026-03-02T04:00:00Z\",\"end\":\"2026-03-02T02:00:00Z\"}";
    assertThatThrownBy(() -> MAPPER.readValue(window, TimeWindow.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("window end must not be before start 2026-03-02T04:00:00Z: 2026-03-02T02:00:00Z");
    String line = "{\"item\":\"A\",\"orderedQuantity\":5,\"deliveredQuantity\":-1}";
    assertThatThrownBy(() -> MAPPER.readValue(line, ShipmentLine.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("deliveredQuantity must be finite and >= 0: -1.0");
  }
}
