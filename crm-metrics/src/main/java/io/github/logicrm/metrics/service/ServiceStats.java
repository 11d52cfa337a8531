package io.github.logicrm.metrics.service;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.OtifResult;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Running service statistics of a stream of shipments, usually one customer's: a TMS adds each shipment as it is
 * delivered and reads a {@link ServiceSummary} at any time.
 *
 * <p>The mutable buffer of {@link SevenRScorer#collector()}, with the contract of {@link
 * java.util.stream.Collector}'s supplier ({@link SevenRScorer#create()}), accumulator ({@link #add(Shipment)}),
 * combiner ({@link #merge}) and finisher ({@link #finish()}):
 *
 * <pre>{@code
 * // identity: merging empty statistics changes nothing, on either side
 * a.merge(scorer.create())   gives the summary of a
 * scorer.create().merge(a)   gives the summary of a
 * // associativity: shipments split anywhere, the parts merged in any grouping, equal one pass
 * scorer.create().add(s1).add(s2).add(s3)
 *     equals  scorer.create().add(s1).merge(scorer.create().add(s2).add(s3))
 * }</pre>
 *
 * <p>Statistics are counts and sums, so adding shipments one at a time, in any order, or adding them to several
 * statistics and {@linkplain #merge merging} those (one per thread), in any order, gives the same summary as a
 * batch over the same shipments: a customer seen in two parts is simply the sum of both. Unit quantities are
 * summed in floating point, so the unit OTIF of very large fractional quantities may differ in the last bits
 * between orders of addition. Adding a table row allocates nothing.
 *
 * <p>Mutable and not thread-safe: give each thread its own and merge them.
 */
public final class ServiceStats {

  private final SevenRScorer scorer;
  private long shipments;
  private long product;
  private long quantity;
  private long place;
  private long time;
  private long terms;
  private long price;
  private long information;
  private long allRight;
  private long perfectOrders;
  private long ordersOnTimeInFull;
  private long lines;
  private long linesOnTimeInFull;
  private double unitsOrdered;
  private double unitsOnTimeInFull;
  private long complaints;
  private long resolvedComplaints;
  private long resolutionMillis;

  ServiceStats(SevenRScorer scorer) {
    this.scorer = scorer;
  }

  /**
   * Returns the scorer whose rules these statistics follow.
   *
   * @return the scorer
   */
  public SevenRScorer scorer() {
    return scorer;
  }

  /**
   * Returns the number of shipments added.
   *
   * @return the count
   */
  public long shipments() {
    return shipments;
  }

  /**
   * Adds one shipment.
   *
   * @param shipment the shipment, not null
   * @return these statistics
   */
  public ServiceStats add(Shipment shipment) {
    Objects.requireNonNull(shipment, "shipment");
    int mask = scorer.passMask(shipment);
    List<ShipmentLine> shipmentLines = shipment.lines();   // by index: no iterator per shipment
    int lineCount = shipmentLines.size();
    double units = 0;
    for (int i = 0; i < lineCount; i++) {
      units += shipmentLines.get(i).orderedQuantity();
    }
    if (countRights(mask, lineCount, units) == PARTLY_ON_TIME_IN_FULL) {
      for (int i = 0; i < lineCount; i++) {
        ShipmentLine l = shipmentLines.get(i);
        addLineOnTime(l.orderedQuantity(), l.deliveredQuantity());
      }
    }
    List<Complaint> raised = shipment.complaints();
    for (int i = 0; i < raised.size(); i++) {
      Complaint c = raised.get(i);
      complaints++;
      if (c.resolutionTime().isPresent()) {
        resolvedComplaints++;
        resolutionMillis += c.resolutionTime().get().toMillis();
      }
    }
    return this;
  }

  /**
   * Adds one row of a table: the hot path, which allocates nothing.
   *
   * @param table the shipments, not null
   * @param row the row, in {@code [0, table.size())}
   * @return these statistics
   * @throws IllegalArgumentException if the row is out of range
   */
  public ServiceStats add(ShipmentTable table, int row) {
    int mask = scorer.passMask(table, row);
    int first = table.firstLine[row];
    int end = table.firstLine[row + 1];
    if (countRights(mask, end - first, table.orderedUnits[row]) == PARTLY_ON_TIME_IN_FULL) {
      for (int l = first; l < end; l++) {
        addLineOnTime(table.ordered[l], table.delivered[l]);
      }
    }
    int raised = table.complaints[row];
    if (raised != 0) {
      complaints += raised;
      resolvedComplaints += table.resolvedComplaints[row];
      resolutionMillis += table.resolutionMillis[row];
    }
    return this;
  }

  /** The order was on time but not in full: its lines and units count one by one. */
  private static final int PARTLY_ON_TIME_IN_FULL = 1;

  /**
   * Counts one order's rights and its order-level OTIF figures; returns {@link #PARTLY_ON_TIME_IN_FULL} when the
   * caller must add its lines one by one ({@link #addLineOnTime}), 0 otherwise.
   */
  private int countRights(int mask, int lineCount, double orderedUnits) {
    shipments++;
    product += mask & 1;
    quantity += (mask >>> 1) & 1;
    place += (mask >>> 2) & 1;
    time += (mask >>> 3) & 1;
    terms += (mask >>> 4) & 1;
    price += (mask >>> 5) & 1;
    information += (mask >>> 6) & 1;
    allRight += mask == SevenRScorer.ALL ? 1 : 0;
    perfectOrders += scorer.isPerfect(mask) ? 1 : 0;
    boolean onTime = (mask & SevenRScorer.bit(ServiceRight.TIME)) != 0;
    boolean inFull = (mask & SevenRScorer.bit(ServiceRight.QUANTITY)) != 0;
    ordersOnTimeInFull += onTime && inFull ? 1 : 0;
    lines += lineCount;
    unitsOrdered += orderedUnits;
    if (onTime && inFull) {
      linesOnTimeInFull += lineCount;
      unitsOnTimeInFull += orderedUnits;
      return 0;
    }
    return onTime ? PARTLY_ON_TIME_IN_FULL : 0;
  }

  private void addLineOnTime(double ordered, double delivered) {
    linesOnTimeInFull += delivered == ordered ? 1 : 0;
    unitsOnTimeInFull += Math.min(delivered, ordered);
  }

  /**
   * Adds another statistics' counts to these, as if its shipments had been added here.
   *
   * @param other statistics of the same scorer rules, not null; left unchanged
   * @return these statistics
   * @throws IllegalArgumentException if {@code other} follows different rules
   */
  public ServiceStats merge(ServiceStats other) {
    if (!scorer.equals(other.scorer)) {
      throw new IllegalArgumentException("other must follow the same rules " + scorer + ": " + other.scorer);
    }
    shipments += other.shipments;
    product += other.product;
    quantity += other.quantity;
    place += other.place;
    time += other.time;
    terms += other.terms;
    price += other.price;
    information += other.information;
    allRight += other.allRight;
    perfectOrders += other.perfectOrders;
    ordersOnTimeInFull += other.ordersOnTimeInFull;
    lines += other.lines;
    linesOnTimeInFull += other.linesOnTimeInFull;
    unitsOrdered += other.unitsOrdered;
    unitsOnTimeInFull += other.unitsOnTimeInFull;
    complaints += other.complaints;
    resolvedComplaints += other.resolvedComplaints;
    resolutionMillis += other.resolutionMillis;
    return this;
  }

  /**
   * Writes these statistics' counts and sums in a compact binary form (sixteen longs and two doubles), for a host
   * that moves buffers between machines (a Spark aggregation buffer). The rules are not written: the reading side
   * brings its own scorer. {@link #mergeFrom(DataInput)} reads the form back.
   *
   * @param out where to write, not null
   * @throws IOException if {@code out} fails
   */
  public void writeTo(DataOutput out) throws IOException {
    for (long count : new long[] {shipments, product, quantity, place, time, terms, price, information, allRight,
        perfectOrders, ordersOnTimeInFull, lines, linesOnTimeInFull, complaints, resolvedComplaints,
        resolutionMillis}) {
      out.writeLong(count);
    }
    out.writeDouble(unitsOrdered);
    out.writeDouble(unitsOnTimeInFull);
  }

  /**
   * Reads statistics written by {@link #writeTo(DataOutput)} and merges them into these, as {@link #merge} would:
   * reading into new statistics ({@code scorer.create().mergeFrom(in)}) restores the written ones exactly, under the
   * rules of this side's scorer.
   *
   * @param in where to read, not null
   * @return these statistics
   * @throws IOException if {@code in} fails or ends early
   */
  public ServiceStats mergeFrom(DataInput in) throws IOException {
    shipments += in.readLong();
    product += in.readLong();
    quantity += in.readLong();
    place += in.readLong();
    time += in.readLong();
    terms += in.readLong();
    price += in.readLong();
    information += in.readLong();
    allRight += in.readLong();
    perfectOrders += in.readLong();
    ordersOnTimeInFull += in.readLong();
    lines += in.readLong();
    linesOnTimeInFull += in.readLong();
    complaints += in.readLong();
    resolvedComplaints += in.readLong();
    resolutionMillis += in.readLong();
    unitsOrdered += in.readDouble();
    unitsOnTimeInFull += in.readDouble();
    return this;
  }

  /**
   * Returns the summary across whatever customers were added: the finisher.
   *
   * @return the summary, with no customer id
   * @throws IllegalStateException if no shipment was added
   */
  public ServiceSummary finish() {
    return summary(Optional.empty());
  }

  /**
   * Returns the summary of one customer's shipments.
   *
   * @param customerId the customer these statistics belong to, not null
   * @return the summary
   * @throws IllegalStateException if no shipment was added
   */
  public ServiceSummary finish(CustomerId customerId) {
    return summary(Optional.of(Objects.requireNonNull(customerId, "customerId")));
  }

  private ServiceSummary summary(Optional<CustomerId> customerId) {
    if (shipments == 0) {
      throw new IllegalStateException("no shipment added: a summary needs at least one");
    }
    Map<ServiceRight, Integer> counts = new EnumMap<>(ServiceRight.class);
    counts.put(ServiceRight.PRODUCT, count(product));
    counts.put(ServiceRight.QUANTITY, count(quantity));
    counts.put(ServiceRight.PLACE, count(place));
    counts.put(ServiceRight.TIME, count(time));
    counts.put(ServiceRight.TERMS, count(terms));
    counts.put(ServiceRight.PRICE, count(price));
    counts.put(ServiceRight.INFORMATION, count(information));
    return ServiceSummary.builder()
        .customerId(customerId)
        .shipments(count(shipments))
        .passed(counts)
        .allRight(count(allRight))
        .perfectOrderComponents(scorer.perfectOrderComponents())
        .perfectOrders(count(perfectOrders))
        .otif(otif())
        .complaints(count(complaints))
        .resolvedComplaints(count(resolvedComplaints))
        .totalResolutionTime(Duration.ofMillis(resolutionMillis))
        .build();
  }

  private static int count(long count) {
    if (count > Integer.MAX_VALUE) {
      throw new IllegalStateException("count too large for a summary, must be <= " + Integer.MAX_VALUE + ": " + count);
    }
    return (int) count;
  }

  private OtifResult otif() {
    OtifResult.Builder b = OtifResult.builder()
        .unit(scorer.otifUnit())
        .reference(scorer.timeReference())
        .earlyDelivery(scorer.earlyDelivery())
        .profile(scorer.profile());
    scorer.profile().ifPresent(p -> b.target(p.target()));
    return switch (scorer.otifUnit()) {
      case ORDER -> b.onTimeInFull(ordersOnTimeInFull).total(shipments).build();
      case LINE -> b.onTimeInFull(linesOnTimeInFull).total(lines).build();
      case UNIT -> b.onTimeInFull(unitsOnTimeInFull).total(unitsOrdered).build();
    };
  }
}
