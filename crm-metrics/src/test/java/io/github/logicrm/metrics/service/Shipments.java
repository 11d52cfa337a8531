package io.github.logicrm.metrics.service;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.ComplaintCategory;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test shipments: a perfect one to vary, and random books from a fixed seed. */
final class Shipments {

  /** Start of the requested window of {@link #perfect()}. */
  static final Instant REQUESTED_START = Instant.parse("2026-03-02T10:00:00Z");
  /** End of the requested window. */
  static final Instant REQUESTED_END = Instant.parse("2026-03-02T12:00:00Z");
  /** End of the committed window (start is the requested start). */
  static final Instant COMMITTED_END = Instant.parse("2026-03-02T14:00:00Z");

  private Shipments() {}

  /** A perfect shipment: two lines of 10 and 5 delivered in full at 11:00 inside both windows. */
  static Shipment.Builder perfect() {
    return Shipment.builder()
        .orderId("SO-1")
        .customerId(CustomerId.of("C-001"))
        .addLines(ShipmentLine.of("SKU-A", 10, 10), ShipmentLine.of("SKU-B", 5, 5))
        .requestedWindow(TimeWindow.of(REQUESTED_START, REQUESTED_END))
        .committedWindow(TimeWindow.of(REQUESTED_START, COMMITTED_END))
        .shippedAt(Instant.parse("2026-03-02T06:00:00Z"))
        .deliveredAt(Instant.parse("2026-03-02T11:00:00Z"))
        .deliveredToAgreedLocation(true)
        .quotedPrice(100)
        .invoicedPrice(100)
        .contractTermsMet(true)
        .documentsComplete(true)
        .trackingComplete(true);
  }

  /**
   * Random shipments of a few customers, each right failing now and then, quantities whole numbers so unit sums
   * are exact in any order.
   */
  static List<Shipment> random(long seed, int count, int customers) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Shipment> list = new ArrayList<>();
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      Instant start = base.plus(Duration.ofHours(r.nextInt(24 * 300)));
      Instant end = start.plus(Duration.ofHours(2));
      Instant committedEnd = end.plus(Duration.ofHours(r.nextInt(3)));
      Instant delivered = start.plus(Duration.ofMinutes(r.nextInt(-120, 300)));
      int quoted = 100 + r.nextInt(900);
      Shipment.Builder b = Shipment.builder()
          .orderId("SO-" + i)
          .customerId(CustomerId.of(String.format("C-%03d", 1 + r.nextInt(customers))))
          .requestedWindow(TimeWindow.of(start, end))
          .committedWindow(TimeWindow.of(start, committedEnd))
          .shippedAt(start.minus(Duration.ofHours(6)))
          .deliveredAt(delivered)
          .deliveredToAgreedLocation(r.nextInt(50) != 0)
          .quotedPrice(quoted)
          .invoicedPrice(r.nextInt(25) == 0 ? quoted + 1 + r.nextInt(50) : quoted)
          .contractTermsMet(r.nextInt(40) != 0)
          .documentsComplete(r.nextInt(30) != 0)
          .trackingComplete(r.nextInt(20) != 0);
      int lines = 1 + r.nextInt(4);
      for (int l = 0; l < lines; l++) {
        int ordered = 1 + r.nextInt(40);
        int delivered0 = r.nextInt(10) == 0 ? ordered - 1 - r.nextInt(ordered) + r.nextInt(3) : ordered;
        int damaged = r.nextInt(30) == 0 ? Math.min(1, delivered0) : 0;
        b.addLines(ShipmentLine.builder().item("SKU-" + r.nextInt(100)).orderedQuantity(ordered)
            .deliveredQuantity(delivered0).damagedQuantity(damaged).build());
      }
      int complaints = r.nextInt(8) == 0 ? 1 + r.nextInt(2) : 0;
      for (int c = 0; c < complaints; c++) {
        b.addComplaints(r.nextBoolean()
            ? Complaint.resolved(ComplaintCategory.values()[r.nextInt(8)], Duration.ofMinutes(r.nextInt(5000)))
            : Complaint.open(ComplaintCategory.DELAY));
      }
      list.add(b.build());
    }
    return list;
  }
}
