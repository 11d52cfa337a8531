package io.github.logicrm.metrics.service;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeReference;
import io.github.logicrm.core.service.TimeWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shipments in columnar form: one primitive array per field, lines packed one after another. This is the form the
 * hot paths read ({@link SevenRScorer#passMask(ShipmentTable, int)}, {@link ServiceStats#add(ShipmentTable, int)}):
 * scoring a row reads a few array slots and allocates nothing.
 *
 * <p>Times are kept as epoch milliseconds, so the scorer compares them at millisecond precision; build shipments
 * from times with no finer part when that matters. Customers are numbered in order of first appearance
 * ({@link #customerIndex(int)}, {@link #customerIds()}), so per-customer statistics can live in a plain array.
 * Immutable once built and safe to share between threads.
 */
public final class ShipmentTable {

  static final int LOCATION = 1;
  static final int TERMS = 2;
  static final int DOCUMENTS = 4;
  static final int TRACKING = 8;

  private final List<CustomerId> customerIds;
  final int size;
  final int[] customer;
  final long[] deliveredAt;
  final long[] requestedStart;
  final long[] requestedEnd;
  final long[] committedStart;
  final long[] committedEnd;
  final int[] flags;
  final double[] quotedPrice;
  final double[] invoicedPrice;
  final int[] complaints;
  final int[] resolvedComplaints;
  final long[] resolutionMillis;
  final int[] firstLine;
  final double[] orderedUnits;
  final double[] ordered;
  final double[] delivered;
  final double[] damaged;
  final double[] wrongItem;

  private ShipmentTable(List<Shipment> shipments) {
    size = shipments.size();
    customer = new int[size];
    deliveredAt = new long[size];
    requestedStart = new long[size];
    requestedEnd = new long[size];
    committedStart = new long[size];
    committedEnd = new long[size];
    flags = new int[size];
    quotedPrice = new double[size];
    invoicedPrice = new double[size];
    complaints = new int[size];
    resolvedComplaints = new int[size];
    resolutionMillis = new long[size];
    firstLine = new int[size + 1];
    orderedUnits = new double[size];
    int lines = 0;
    for (Shipment s : shipments) {
      lines += s.lines().size();
    }
    ordered = new double[lines];
    delivered = new double[lines];
    damaged = new double[lines];
    wrongItem = new double[lines];
    Map<CustomerId, Integer> index = new HashMap<>();
    List<CustomerId> ids = new ArrayList<>();
    int line = 0;
    for (int row = 0; row < size; row++) {
      Shipment s = shipments.get(row);
      customer[row] = index.computeIfAbsent(s.customerId(), id -> {
        ids.add(id);
        return ids.size() - 1;
      });
      deliveredAt[row] = s.deliveredAt().toEpochMilli();
      TimeWindow requested = s.window(TimeReference.REQUESTED);
      TimeWindow committed = s.window(TimeReference.COMMITTED);
      requestedStart[row] = requested.start().toEpochMilli();
      requestedEnd[row] = requested.end().toEpochMilli();
      committedStart[row] = committed.start().toEpochMilli();
      committedEnd[row] = committed.end().toEpochMilli();
      flags[row] = (s.deliveredToAgreedLocation() ? LOCATION : 0)
          | (s.contractTermsMet() ? TERMS : 0)
          | (s.documentsComplete() ? DOCUMENTS : 0)
          | (s.trackingComplete() ? TRACKING : 0);
      quotedPrice[row] = s.quotedPrice();
      invoicedPrice[row] = s.invoicedPrice();
      complaints[row] = s.complaints().size();
      for (Complaint c : s.complaints()) {
        if (c.resolutionTime().isPresent()) {
          resolvedComplaints[row]++;
          resolutionMillis[row] += c.resolutionTime().map(Duration::toMillis).orElse(0L);
        }
      }
      firstLine[row] = line;
      for (ShipmentLine l : s.lines()) {
        ordered[line] = l.orderedQuantity();
        delivered[line] = l.deliveredQuantity();
        damaged[line] = l.damagedQuantity();
        wrongItem[line] = l.wrongItemQuantity();
        orderedUnits[row] += l.orderedQuantity();
        line++;
      }
    }
    firstLine[size] = line;
    customerIds = List.copyOf(ids);
  }

  /**
   * Lays shipments out in columns, in the order given.
   *
   * @param shipments the shipments, not null
   * @return the table
   */
  public static ShipmentTable of(List<Shipment> shipments) {
    return new ShipmentTable(List.copyOf(shipments));
  }

  /**
   * Returns the number of shipments (rows).
   *
   * @return the row count
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of the customer of a row, an index into {@link #customerIds()}.
   *
   * @param row the row, in {@code [0, size)}
   * @return the customer number
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int customerIndex(int row) {
    return customer[row];
  }

  /**
   * Returns the customers of the table, in order of first appearance.
   *
   * @return the customer ids, unique
   */
  public List<CustomerId> customerIds() {
    return customerIds;
  }
}
