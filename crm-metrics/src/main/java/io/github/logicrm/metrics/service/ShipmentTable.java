package io.github.logicrm.metrics.service;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeReference;
import io.github.logicrm.core.service.TimeWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shipments in columnar form: one primitive array per field, lines packed one after another. This is the form the
 * hot paths read ({@link SevenRScorer#passMask(ShipmentTable, int)}, {@link ServiceStats#add(ShipmentTable, int)}):
 * scoring a row reads a few array slots and allocates nothing.
 *
 * <p>Make a table from {@link Shipment} values with {@link #of(List)}, or fill one straight from a TMS's own
 * columns with a {@link #builder()}, which checks the same rules as {@link Shipment}. Times are epoch milliseconds,
 * so the scorer compares them at millisecond precision. Customers are numbered in order of first appearance
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

  private ShipmentTable(Builder b) {
    size = b.size;
    int lines = b.lines;
    customerIds = List.copyOf(b.ids);
    customer = Arrays.copyOf(b.customer, size);
    deliveredAt = Arrays.copyOf(b.deliveredAt, size);
    requestedStart = Arrays.copyOf(b.requestedStart, size);
    requestedEnd = Arrays.copyOf(b.requestedEnd, size);
    committedStart = Arrays.copyOf(b.committedStart, size);
    committedEnd = Arrays.copyOf(b.committedEnd, size);
    flags = Arrays.copyOf(b.flags, size);
    quotedPrice = Arrays.copyOf(b.quotedPrice, size);
    invoicedPrice = Arrays.copyOf(b.invoicedPrice, size);
    complaints = Arrays.copyOf(b.complaints, size);
    resolvedComplaints = Arrays.copyOf(b.resolvedComplaints, size);
    resolutionMillis = Arrays.copyOf(b.resolutionMillis, size);
    firstLine = Arrays.copyOf(b.firstLine, size + 1);
    firstLine[size] = lines;
    orderedUnits = Arrays.copyOf(b.orderedUnits, size);
    ordered = Arrays.copyOf(b.ordered, lines);
    delivered = Arrays.copyOf(b.delivered, lines);
    damaged = Arrays.copyOf(b.damaged, lines);
    wrongItem = Arrays.copyOf(b.wrongItem, lines);
  }

  /**
   * Lays shipments out in columns, in the order given.
   *
   * @param shipments the shipments, not null
   * @return the table
   */
  public static ShipmentTable of(List<Shipment> shipments) {
    Builder b = new Builder(shipments.size());
    for (Shipment s : shipments) {
      Objects.requireNonNull(s, "shipments must not contain null");
      TimeWindow requested = s.window(TimeReference.REQUESTED);
      TimeWindow committed = s.window(TimeReference.COMMITTED);
      b.row(s.customerId(), s.shippedAt().toEpochMilli(), s.deliveredAt().toEpochMilli())
          .requestedWindow(requested.start().toEpochMilli(), requested.end().toEpochMilli())
          .committedWindow(committed.start().toEpochMilli(), committed.end().toEpochMilli())
          .prices(s.quotedPrice(), s.invoicedPrice())
          .outcome(s.deliveredToAgreedLocation(), s.contractTermsMet(), s.documentsComplete(), s.trackingComplete());
      for (ShipmentLine l : s.lines()) {
        b.line(l.orderedQuantity(), l.deliveredQuantity(), l.damagedQuantity(), l.wrongItemQuantity());
      }
      for (Complaint c : s.complaints()) {
        if (c.resolutionTime().isPresent()) {
          b.resolvedComplaint(c.resolutionTime().get().toMillis());
        } else {
          b.openComplaint();
        }
      }
    }
    return b.build();
  }

  /**
   * Starts an empty builder, to fill a table row by row from primitive columns.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(16);
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
   * @throws IllegalArgumentException if the row is out of range
   */
  public int customerIndex(int row) {
    return customer[Checks.index("row", row, size)];
  }

  /**
   * Returns the customers of the table, in order of first appearance.
   *
   * @return the customer ids, unique
   */
  public List<CustomerId> customerIds() {
    return customerIds;
  }

  /**
   * Fills a {@link ShipmentTable} row by row. Start each shipment with {@link #row}; give its requested window, its
   * prices, its outcome and at least one line; the committed window (default: the requested one) and complaints
   * are optional. Times are epoch milliseconds. Each value is checked as it is given, by the rules of
   * {@link Shipment} and {@link ShipmentLine}, and the message names the row ({@code "deliveredAt[3] must not be
   * before shippedAt 1000: 900"}); a row missing a required part fails when the next row starts or at
   * {@link #build()}. Not thread-safe.
   */
  public static final class Builder {

    private static final int WINDOW = 1;
    private static final int PRICES = 2;
    private static final int OUTCOME = 4;

    private final Map<CustomerId, Integer> index = new HashMap<>();
    private final List<CustomerId> ids = new ArrayList<>();
    private int size;
    private int lines;
    private int given;
    private boolean committedGiven;
    private int[] customer;
    private long[] deliveredAt;
    private long[] requestedStart;
    private long[] requestedEnd;
    private long[] committedStart;
    private long[] committedEnd;
    private int[] flags;
    private double[] quotedPrice;
    private double[] invoicedPrice;
    private int[] complaints;
    private int[] resolvedComplaints;
    private long[] resolutionMillis;
    private int[] firstLine;
    private double[] orderedUnits;
    private double[] ordered;
    private double[] delivered;
    private double[] damaged;
    private double[] wrongItem;

    private Builder(int capacity) {
      int rows = Math.max(capacity, 1);
      customer = new int[rows];
      deliveredAt = new long[rows];
      requestedStart = new long[rows];
      requestedEnd = new long[rows];
      committedStart = new long[rows];
      committedEnd = new long[rows];
      flags = new int[rows];
      quotedPrice = new double[rows];
      invoicedPrice = new double[rows];
      complaints = new int[rows];
      resolvedComplaints = new int[rows];
      resolutionMillis = new long[rows];
      firstLine = new int[rows + 1];
      orderedUnits = new double[rows];
      ordered = new double[2 * rows];
      delivered = new double[2 * rows];
      damaged = new double[2 * rows];
      wrongItem = new double[2 * rows];
    }

    /**
     * Starts a new row (shipment), after checking that the previous one is complete.
     *
     * @param customerId the customer, not null
     * @param shippedAtMillis when the goods left, epoch milliseconds
     * @param deliveredAtMillis when they were delivered, epoch milliseconds, not before {@code shippedAtMillis}
     * @return this builder
     * @throws IllegalArgumentException if the delivery is before the shipment
     * @throws IllegalStateException if the previous row lacks a required part
     */
    public Builder row(CustomerId customerId, long shippedAtMillis, long deliveredAtMillis) {
      Objects.requireNonNull(customerId, "customerId");
      closeRow();
      int row = size;
      if (deliveredAtMillis < shippedAtMillis) {
        throw new IllegalArgumentException("deliveredAt[" + row + "] must not be before shippedAt " + shippedAtMillis
            + ": " + deliveredAtMillis);
      }
      if (row == customer.length) {
        growRows();
      }
      Integer number = index.get(customerId);
      if (number == null) {
        number = ids.size();
        index.put(customerId, number);
        ids.add(customerId);
      }
      customer[row] = number;
      deliveredAt[row] = deliveredAtMillis;
      firstLine[row] = lines;
      complaints[row] = 0;
      resolvedComplaints[row] = 0;
      resolutionMillis[row] = 0;
      orderedUnits[row] = 0;
      given = 0;
      committedGiven = false;
      size++;
      return this;
    }

    /**
     * Sets the current row's requested window.
     *
     * @param startMillis start, epoch milliseconds, inclusive
     * @param endMillis end, epoch milliseconds, inclusive, not before the start
     * @return this builder
     * @throws IllegalArgumentException if the end is before the start
     * @throws IllegalStateException if no row was started
     */
    public Builder requestedWindow(long startMillis, long endMillis) {
      int row = current();
      checkWindow("requestedEnd", row, startMillis, endMillis);
      requestedStart[row] = startMillis;
      requestedEnd[row] = endMillis;
      given |= WINDOW;
      return this;
    }

    /**
     * Sets the current row's committed window; without it the requested window is the commitment.
     *
     * @param startMillis start, epoch milliseconds, inclusive
     * @param endMillis end, epoch milliseconds, inclusive, not before the start
     * @return this builder
     * @throws IllegalArgumentException if the end is before the start
     * @throws IllegalStateException if no row was started
     */
    public Builder committedWindow(long startMillis, long endMillis) {
      int row = current();
      checkWindow("committedEnd", row, startMillis, endMillis);
      committedStart[row] = startMillis;
      committedEnd[row] = endMillis;
      committedGiven = true;
      return this;
    }

    private static void checkWindow(String name, int row, long start, long end) {
      if (end < start) {
        throw new IllegalArgumentException(name + "[" + row + "] must not be before start " + start + ": " + end);
      }
    }

    /**
     * Sets the current row's quoted and invoiced price.
     *
     * @param quoted the quoted price, finite and {@code >= 0}
     * @param invoiced the invoiced price, finite and {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if a price is negative or not finite
     * @throws IllegalStateException if no row was started
     */
    public Builder prices(double quoted, double invoiced) {
      int row = current();
      quotedPrice[row] = Checks.nonNegative("quotedPrice", row, quoted);
      invoicedPrice[row] = Checks.nonNegative("invoicedPrice", row, invoiced);
      given |= PRICES;
      return this;
    }

    /**
     * Sets what went right or wrong beyond time, quantity, condition and price.
     *
     * @param deliveredToAgreedLocation delivered to the agreed location
     * @param contractTermsMet contract terms met
     * @param documentsComplete documents complete and accurate
     * @param trackingComplete tracking events complete
     * @return this builder
     * @throws IllegalStateException if no row was started
     */
    public Builder outcome(boolean deliveredToAgreedLocation, boolean contractTermsMet, boolean documentsComplete,
        boolean trackingComplete) {
      int row = current();
      flags[row] = (deliveredToAgreedLocation ? LOCATION : 0) | (contractTermsMet ? TERMS : 0)
          | (documentsComplete ? DOCUMENTS : 0) | (trackingComplete ? TRACKING : 0);
      given |= OUTCOME;
      return this;
    }

    /**
     * Adds a line to the current row.
     *
     * @param orderedQuantity quantity ordered, finite and {@code > 0}
     * @param deliveredQuantity quantity delivered, finite and {@code >= 0}
     * @param damagedQuantity part delivered damaged, finite, {@code >= 0}, at most the delivered quantity
     * @param wrongItemQuantity part delivered that was the wrong item, finite, {@code >= 0}, at most the delivered
     *     quantity
     * @return this builder
     * @throws IllegalArgumentException if a quantity is out of range
     * @throws IllegalStateException if no row was started
     */
    public Builder line(double orderedQuantity, double deliveredQuantity, double damagedQuantity,
        double wrongItemQuantity) {
      int row = current();
      int line = lines - firstLine[row];
      Checks.positive("orderedQuantity", row, line, orderedQuantity);
      Checks.nonNegative("deliveredQuantity", row, line, deliveredQuantity);
      Checks.nonNegative("damagedQuantity", row, line, damagedQuantity);
      Checks.nonNegative("wrongItemQuantity", row, line, wrongItemQuantity);
      if (damagedQuantity > deliveredQuantity) {
        throw new IllegalArgumentException(Checks.at("damagedQuantity", row, line) + " must be <= deliveredQuantity "
            + deliveredQuantity + ": " + damagedQuantity);
      }
      if (wrongItemQuantity > deliveredQuantity) {
        throw new IllegalArgumentException(Checks.at("wrongItemQuantity", row, line) + " must be <= deliveredQuantity "
            + deliveredQuantity + ": " + wrongItemQuantity);
      }
      if (lines == ordered.length) {
        int grown = 2 * lines;
        ordered = Arrays.copyOf(ordered, grown);
        delivered = Arrays.copyOf(delivered, grown);
        damaged = Arrays.copyOf(damaged, grown);
        wrongItem = Arrays.copyOf(wrongItem, grown);
      }
      ordered[lines] = orderedQuantity;
      delivered[lines] = deliveredQuantity;
      damaged[lines] = damagedQuantity;
      wrongItem[lines] = wrongItemQuantity;
      orderedUnits[row] += orderedQuantity;
      lines++;
      return this;
    }

    /**
     * Adds a resolved complaint to the current row.
     *
     * @param resolutionMillis time to resolve it, milliseconds, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the time is negative
     * @throws IllegalStateException if no row was started
     */
    public Builder resolvedComplaint(long resolutionMillis) {
      int row = current();
      if (resolutionMillis < 0) {
        throw new IllegalArgumentException("resolutionMillis[" + row + "] must be >= 0: " + resolutionMillis);
      }
      complaints[row]++;
      resolvedComplaints[row]++;
      this.resolutionMillis[row] += resolutionMillis;
      return this;
    }

    /**
     * Adds a complaint not yet resolved to the current row.
     *
     * @return this builder
     * @throws IllegalStateException if no row was started
     */
    public Builder openComplaint() {
      complaints[current()]++;
      return this;
    }

    /**
     * Builds the table, after checking that the last row is complete.
     *
     * @return the table
     * @throws IllegalStateException if the last row lacks a required part
     */
    public ShipmentTable build() {
      closeRow();
      return new ShipmentTable(this);
    }

    private int current() {
      if (size == 0) {
        throw new IllegalStateException("no row started: call row(..) first");
      }
      return size - 1;
    }

    private void closeRow() {
      if (size == 0) {
        return;
      }
      int row = size - 1;
      List<String> missing = new ArrayList<>();
      if ((given & WINDOW) == 0) {
        missing.add("requestedWindow");
      }
      if ((given & PRICES) == 0) {
        missing.add("prices");
      }
      if ((given & OUTCOME) == 0) {
        missing.add("outcome");
      }
      if (lines == firstLine[row]) {
        missing.add("line");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("row " + row + " is missing " + missing);
      }
      if (!committedGiven) {
        committedStart[row] = requestedStart[row];
        committedEnd[row] = requestedEnd[row];
      }
      committedGiven = true;
    }

    private void growRows() {
      int grown = 2 * customer.length;
      customer = Arrays.copyOf(customer, grown);
      deliveredAt = Arrays.copyOf(deliveredAt, grown);
      requestedStart = Arrays.copyOf(requestedStart, grown);
      requestedEnd = Arrays.copyOf(requestedEnd, grown);
      committedStart = Arrays.copyOf(committedStart, grown);
      committedEnd = Arrays.copyOf(committedEnd, grown);
      flags = Arrays.copyOf(flags, grown);
      quotedPrice = Arrays.copyOf(quotedPrice, grown);
      invoicedPrice = Arrays.copyOf(invoicedPrice, grown);
      complaints = Arrays.copyOf(complaints, grown);
      resolvedComplaints = Arrays.copyOf(resolvedComplaints, grown);
      resolutionMillis = Arrays.copyOf(resolutionMillis, grown);
      firstLine = Arrays.copyOf(firstLine, grown + 1);
      orderedUnits = Arrays.copyOf(orderedUnits, grown);
    }
  }
}
