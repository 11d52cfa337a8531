package io.github.logicrm.io;

import static io.github.logicrm.io.internal.Row.NumberRule.NON_NEGATIVE;
import static io.github.logicrm.io.internal.Row.NumberRule.POSITIVE;

import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.RejectReason;
import io.github.logicrm.core.book.Rejection;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Complaint;
import io.github.logicrm.core.service.ComplaintCategory;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.TimeWindow;
import io.github.logicrm.io.internal.BadValue;
import io.github.logicrm.io.internal.ColumnSpec;
import io.github.logicrm.io.internal.CompactStringSet;
import io.github.logicrm.io.internal.Ledger;
import io.github.logicrm.io.internal.RecordMapper;
import io.github.logicrm.io.internal.Row;
import io.github.logicrm.io.internal.TextSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads a shipments file, one row per order line, into one {@link OrderRecord} per order.
 *
 * <p>Columns (in any order; others are ignored and listed in the load report's unused columns):
 * <table>
 * <caption>Shipment columns</caption>
 * <tr><th>Column</th><th>Level</th><th>Value</th></tr>
 * <tr><td>{@code customer_id}</td><td>order</td><td>required; the ordering customer</td></tr>
 * <tr><td>{@code order_id}</td><td>order</td><td>required; the lines of an order are consecutive rows</td></tr>
 * <tr><td>{@code line_no}</td><td>line</td><td>required; whole number {@code >= 1}, unique in the order; the
 *     line's item is this number as text</td></tr>
 * <tr><td>{@code ordered_qty}</td><td>line</td><td>required; {@code > 0}</td></tr>
 * <tr><td>{@code delivered_qty}</td><td>line</td><td>required; {@code >= 0}</td></tr>
 * <tr><td>{@code damaged_qty}</td><td>line</td><td>optional, default 0; {@code >= 0} and at most
 *     {@code delivered_qty}</td></tr>
 * <tr><td>{@code requested_start}, {@code requested_end}</td><td>order</td><td>required instants; end not
 *     before start</td></tr>
 * <tr><td>{@code committed_start}, {@code committed_end}</td><td>order</td><td>optional instants, both or
 *     neither; end not before start</td></tr>
 * <tr><td>{@code shipped_at}, {@code delivered_at}</td><td>order</td><td>required instants; delivered not before
 *     shipped</td></tr>
 * <tr><td>{@code revenue}</td><td>order</td><td>required; {@code >= 0}; the order's revenue, counted once</td></tr>
 * <tr><td>{@code cost}</td><td>order</td><td>optional; {@code >= 0}</td></tr>
 * <tr><td>{@code quoted_price}, {@code invoiced_price}</td><td>order</td><td>optional; {@code >= 0}; default the
 *     revenue</td></tr>
 * <tr><td>{@code delivered_to_agreed_location}, {@code contract_terms_met}, {@code documents_complete},
 *     {@code tracking_complete}</td><td>order</td><td>optional booleans {@code true}/{@code false}; default
 *     true</td></tr>
 * <tr><td>{@code complaints}</td><td>order</td><td>optional whole number in [0, {@value #MAX_COMPLAINTS}],
 *     default 0; n gives n open
 *     complaints of category {@link ComplaintCategory#OTHER}</td></tr>
 * <tr><td>{@code consignee_id}</td><td>order</td><td>optional customer id</td></tr>
 * <tr><td>{@code lane}</td><td>order</td><td>optional text</td></tr>
 * </table>
 *
 * <p>Instants are ISO-8601 with an offset ({@code 2024-03-01T08:30:00+01:00}, {@code 2024-03-01T07:30:00Z}), or
 * local date-times ({@code 2024-03-01T08:30:00}) when the builder declares a zone. Numbers use a decimal point.
 * An empty or blank value is absent.
 *
 * <p>Orders: consecutive rows with the same {@code order_id} make one order. Its order-level values must agree on
 * every line (after defaults, instants and numbers compared by value); a line that disagrees with the order's
 * first good line is rejected as {@link RejectReason#ORDER_FIELDS_DISAGREE}. An {@code order_id} met again after
 * another order, and a {@code line_no} repeated within an order, are {@link RejectReason#DUPLICATE}.
 *
 * <p>An order is accepted whole or not at all: when one of its lines is rejected, each of its other lines is
 * rejected too, as {@link RejectReason#ORDER_FIELDS_DISAGREE} with the message
 * {@code order SO-1 is rejected with its line 1043}, so every row of the order is counted. Under
 * {@link BadRows#STRICT} the read stops at the first rejected line. A row without {@code order_id} is rejected on
 * its own and belongs to no order.
 *
 * <p>Memory: the lines of one order, plus the set of order ids read (to find orders that are not consecutive).
 */
public final class ShipmentReader extends RecordReader<OrderRecord> {

  private static final int CUSTOMER_ID = 0;
  private static final int ORDER_ID = 1;
  private static final int LINE_NO = 2;
  private static final int ORDERED_QTY = 3;
  private static final int DELIVERED_QTY = 4;
  private static final int REQUESTED_START = 5;
  private static final int REQUESTED_END = 6;
  private static final int SHIPPED_AT = 7;
  private static final int DELIVERED_AT = 8;
  private static final int REVENUE = 9;
  private static final int COMMITTED_START = 10;
  private static final int COMMITTED_END = 11;
  private static final int COST = 12;
  private static final int DAMAGED_QTY = 13;
  private static final int DELIVERED_TO_AGREED_LOCATION = 14;
  private static final int QUOTED_PRICE = 15;
  private static final int INVOICED_PRICE = 16;
  private static final int CONTRACT_TERMS_MET = 17;
  private static final int DOCUMENTS_COMPLETE = 18;
  private static final int TRACKING_COMPLETE = 19;
  private static final int COMPLAINTS = 20;
  private static final int CONSIGNEE_ID = 21;
  private static final int LANE = 22;

  /** The most complaints one order may carry: a bound against typing errors, far above any real count. */
  public static final int MAX_COMPLAINTS = 10_000;

  /** The columns, required first, in slot order. */
  static final ColumnSpec COLUMNS = new ColumnSpec(List.of(
      "customer_id", "order_id", "line_no", "ordered_qty", "delivered_qty", "requested_start", "requested_end",
      "shipped_at", "delivered_at", "revenue",
      "committed_start", "committed_end", "cost", "damaged_qty", "delivered_to_agreed_location", "quoted_price",
      "invoiced_price", "contract_terms_met", "documents_complete", "tracking_complete", "complaints",
      "consignee_id", "lane"), 10, false);

  /** The order-level slots, compared between the lines of an order. */
  /** The item names of the first line numbers, so that a line does not make its own. */
  private static final String[] ITEMS = IntStream.range(0, 100).mapToObj(Integer::toString).toArray(String[]::new);

  private static final int[] ORDER_SLOTS = {
      CUSTOMER_ID, REQUESTED_START, REQUESTED_END, SHIPPED_AT, DELIVERED_AT, REVENUE, COMMITTED_START,
      COMMITTED_END, COST, DELIVERED_TO_AGREED_LOCATION, QUOTED_PRICE, INVOICED_PRICE, CONTRACT_TERMS_MET,
      DOCUMENTS_COMPLETE, TRACKING_COMPLETE, COMPLAINTS, CONSIGNEE_ID, LANE};

  private ShipmentReader(Settings settings) {
    super(settings, COLUMNS);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder<ShipmentReader> builder() {
    return new Builder<>(ShipmentReader::new);
  }

  @Override
  RecordMapper<OrderRecord> mapper(Settings settings) {
    return new Orders(settings.knownCustomers);
  }

  /** The order-level values of one line, after defaults. */
  private static final class OrderFields {
    CustomerId customer;
    Instant requestedStart;
    Instant requestedEnd;
    Instant committedStart;
    Instant committedEnd;
    Instant shippedAt;
    Instant deliveredAt;
    double revenue;
    double cost;
    boolean deliveredToAgreedLocation;
    double quotedPrice;
    double invoicedPrice;
    boolean contractTermsMet;
    boolean documentsComplete;
    boolean trackingComplete;
    long complaints;
    CustomerId consignee;
    String lane;

    /** Returns the first order-level slot whose value differs, or -1. */
    int firstDifference(OrderFields o) {
      for (int slot : ORDER_SLOTS) {
        if (!same(slot, o)) {
          return slot;
        }
      }
      return -1;
    }

    private boolean same(int slot, OrderFields o) {
      return switch (slot) {
        case CUSTOMER_ID -> customer.equals(o.customer);
        case REQUESTED_START -> requestedStart.equals(o.requestedStart);
        case REQUESTED_END -> requestedEnd.equals(o.requestedEnd);
        case SHIPPED_AT -> shippedAt.equals(o.shippedAt);
        case DELIVERED_AT -> deliveredAt.equals(o.deliveredAt);
        case REVENUE -> Double.compare(revenue, o.revenue) == 0;
        case COMMITTED_START -> Objects.equals(committedStart, o.committedStart);
        case COMMITTED_END -> Objects.equals(committedEnd, o.committedEnd);
        case COST -> Double.compare(cost, o.cost) == 0;
        case DELIVERED_TO_AGREED_LOCATION -> deliveredToAgreedLocation == o.deliveredToAgreedLocation;
        case QUOTED_PRICE -> Double.compare(quotedPrice, o.quotedPrice) == 0;
        case INVOICED_PRICE -> Double.compare(invoicedPrice, o.invoicedPrice) == 0;
        case CONTRACT_TERMS_MET -> contractTermsMet == o.contractTermsMet;
        case DOCUMENTS_COMPLETE -> documentsComplete == o.documentsComplete;
        case TRACKING_COMPLETE -> trackingComplete == o.trackingComplete;
        case COMPLAINTS -> complaints == o.complaints;
        case CONSIGNEE_ID -> Objects.equals(consignee, o.consignee);
        case LANE -> Objects.equals(lane, o.lane);
        default -> throw new IllegalArgumentException("slot must be order-level: " + slot);
      };
    }
  }

  /** Assembles the consecutive lines of each order. */
  private static final class Orders implements RecordMapper<OrderRecord> {

    private final Set<CustomerId> knownCustomers;
    private final CompactStringSet ordersRead = new CompactStringSet();
    private String source;
    // the order being assembled
    private String orderId;
    private OrderFields first;
    private long firstLine;
    private final TextSnapshot firstText = new TextSnapshot(ORDER_SLOTS, COLUMNS.names().size());
    private OrderFields scratch = new OrderFields();
    private OrderFields spare = new OrderFields();
    private final List<ShipmentLine> lines = new ArrayList<>();
    // the order's line numbers: ascending ones need no lookup; the set is filled once one comes out of order
    private long[] lineNumbers = new long[16];
    private int lineNumberCount;
    private boolean ascending = true;
    private final Set<Long> lineNumberSet = new HashSet<>();
    private long[] rowLines = new long[16];
    private int rowCount;
    private final List<Rejection> held = new ArrayList<>();
    private final Set<Long> rejectedLines = new HashSet<>();
    private long firstRejectedLine = -1;

    Orders(Set<CustomerId> knownCustomers) {
      this.knownCustomers = knownCustomers;
    }

    @Override
    public void row(Row row, Ledger<OrderRecord> out) {
      source = row.sourceName();
      if (orderId == null || !row.sameText(ORDER_ID, orderId)) {
        String id = row.text(ORDER_ID);
        if (id == null) {
          hold(out, row, row.rejection(row.missing(ORDER_ID)));
          return;
        }
        end(out);
        if (!ordersRead.add(id)) {
          out.reject(row.rejection(row.bad(ORDER_ID, RejectReason.DUPLICATE,
              "order_id must not repeat an order read before (the lines of an order must be consecutive)")));
          return;
        }
        orderId = id;
      }
      if (rowCount == rowLines.length) {
        rowLines = Arrays.copyOf(rowLines, 2 * rowCount);
      }
      rowLines[rowCount++] = row.line();
      try {
        ShipmentLine line = line(row);
        if (first != null && firstText.sameAs(row)) {
          lines.add(line);   // the order-level values were checked on the first line
          return;
        }
        OrderFields fields = orderFields(row, scratch);
        if (first == null) {
          if (firstRejectedLine < 0) {
            first = fields;
            scratch = spare;
            spare = fields;   // this order's values; reused once the order is handed over
            firstLine = row.line();
            firstText.take(row);
          }
        } else {
          int slot = first.firstDifference(fields);
          if (slot >= 0) {
            String firstValue = firstText.text(slot);
            String rule = firstValue == null ? " must be empty" : " must equal " + firstValue;
            throw row.bad(slot, RejectReason.ORDER_FIELDS_DISAGREE,
                COLUMNS.names().get(slot) + rule + " as on line " + firstLine + " of order " + orderId);
          }
        }
        lines.add(line);
      } catch (BadValue e) {
        Rejection rejection = row.rejection(e);
        rejectedLines.add(row.line());
        if (firstRejectedLine < 0) {
          firstRejectedLine = row.line();
        }
        hold(out, row, rejection);
      }
    }

    private void hold(Ledger<OrderRecord> out, Row row, Rejection rejection) {
      if (out.strict() || orderId == null) {
        out.reject(rejection);
      } else {
        held.add(rejection);
      }
    }

    private ShipmentLine line(Row row) throws BadValue {
      long lineNo = row.whole(LINE_NO, 1, Long.MAX_VALUE, 0, true);
      double ordered = row.number(ORDERED_QTY, POSITIVE, true);
      double delivered = row.number(DELIVERED_QTY, NON_NEGATIVE, true);
      double damaged = row.number(DAMAGED_QTY, NON_NEGATIVE, false);
      if (damaged > delivered) {
        throw row.bad(DAMAGED_QTY, RejectReason.OUT_OF_RANGE, "damaged_qty must be <= delivered_qty " + delivered);
      }
      if (!newLineNumber(lineNo)) {
        throw row.bad(LINE_NO, RejectReason.DUPLICATE, "line_no must not repeat within order " + orderId);
      }
      String item = lineNo < ITEMS.length ? ITEMS[(int) lineNo] : Long.toString(lineNo);
      return ShipmentLine.builder().item(item).orderedQuantity(ordered)
          .deliveredQuantity(delivered).damagedQuantity(Double.isNaN(damaged) ? 0 : damaged).build();
    }

    /** Tells whether a line number is new in the order being assembled, and remembers it. */
    private boolean newLineNumber(long lineNo) {
      if (ascending && (lineNumberCount == 0 || lineNo > lineNumbers[lineNumberCount - 1])) {
        if (lineNumberCount == lineNumbers.length) {
          lineNumbers = Arrays.copyOf(lineNumbers, 2 * lineNumberCount);
        }
        lineNumbers[lineNumberCount++] = lineNo;
        return true;
      }
      if (ascending) {
        ascending = false;
        for (int i = 0; i < lineNumberCount; i++) {
          lineNumberSet.add(lineNumbers[i]);
        }
      }
      return lineNumberSet.add(lineNo);
    }

    private OrderFields orderFields(Row row, OrderFields f) throws BadValue {
      f.customer = knownCustomer(row, CUSTOMER_ID, knownCustomers);
      f.requestedStart = row.instant(REQUESTED_START, true);
      f.requestedEnd = row.instant(REQUESTED_END, true);
      if (f.requestedEnd.isBefore(f.requestedStart)) {
        throw row.bad(REQUESTED_END, RejectReason.INCONSISTENT,
            "requested_end must not be before requested_start " + f.requestedStart);
      }
      f.shippedAt = row.instant(SHIPPED_AT, true);
      f.deliveredAt = row.instant(DELIVERED_AT, true);
      if (f.deliveredAt.isBefore(f.shippedAt)) {
        throw row.bad(DELIVERED_AT, RejectReason.INCONSISTENT,
            "delivered_at must not be before shipped_at " + f.shippedAt);
      }
      f.revenue = row.number(REVENUE, NON_NEGATIVE, true);
      f.committedStart = row.instant(COMMITTED_START, false);
      f.committedEnd = row.instant(COMMITTED_END, false);
      if ((f.committedStart == null) != (f.committedEnd == null)) {
        int missing = f.committedStart == null ? COMMITTED_START : COMMITTED_END;
        int given = f.committedStart == null ? COMMITTED_END : COMMITTED_START;
        throw new BadValue(missing, RejectReason.MISSING_VALUE,
            COLUMNS.names().get(missing) + " must be given with " + COLUMNS.names().get(given), null);
      }
      if (f.committedEnd != null && f.committedEnd.isBefore(f.committedStart)) {
        throw row.bad(COMMITTED_END, RejectReason.INCONSISTENT,
            "committed_end must not be before committed_start " + f.committedStart);
      }
      f.cost = row.number(COST, NON_NEGATIVE, false);
      f.deliveredToAgreedLocation = row.bool(DELIVERED_TO_AGREED_LOCATION, true);
      double quoted = row.number(QUOTED_PRICE, NON_NEGATIVE, false);
      f.quotedPrice = Double.isNaN(quoted) ? f.revenue : quoted;
      double invoiced = row.number(INVOICED_PRICE, NON_NEGATIVE, false);
      f.invoicedPrice = Double.isNaN(invoiced) ? f.revenue : invoiced;
      f.contractTermsMet = row.bool(CONTRACT_TERMS_MET, true);
      f.documentsComplete = row.bool(DOCUMENTS_COMPLETE, true);
      f.trackingComplete = row.bool(TRACKING_COMPLETE, true);
      f.complaints = row.whole(COMPLAINTS, 0, MAX_COMPLAINTS, 0, false);
      f.consignee = row.customer(CONSIGNEE_ID, false);
      f.lane = row.sharedText(LANE);
      return f;
    }

    @Override
    public void end(Ledger<OrderRecord> out) {
      if (orderId != null) {
        if (firstRejectedLine < 0) {
          out.accept(record(), rowCount);
        } else {
          for (int i = 0; i < rowCount; i++) {
            long line = rowLines[i];
            if (!rejectedLines.contains(line)) {
              held.add(Rejection.builder().source(source).line(line).reason(RejectReason.ORDER_FIELDS_DISAGREE)
                  .message("order " + orderId + " is rejected with its line " + firstRejectedLine).build());
            }
          }
        }
      }
      held.sort(Comparator.comparingLong(Rejection::line));
      for (Rejection rejection : held) {
        out.reject(rejection);
      }
      orderId = null;
      first = null;
      lines.clear();
      lineNumberCount = 0;
      ascending = true;
      lineNumberSet.clear();
      rowCount = 0;
      held.clear();
      rejectedLines.clear();
      firstRejectedLine = -1;
    }

    private OrderRecord record() {
      OrderFields f = first;
      Shipment.Builder shipment = Shipment.builder().orderId(orderId).customerId(f.customer).addAllLines(lines)
          .requestedWindow(TimeWindow.of(f.requestedStart, f.requestedEnd)).shippedAt(f.shippedAt)
          .deliveredAt(f.deliveredAt).deliveredToAgreedLocation(f.deliveredToAgreedLocation)
          .quotedPrice(f.quotedPrice).invoicedPrice(f.invoicedPrice).contractTermsMet(f.contractTermsMet)
          .documentsComplete(f.documentsComplete).trackingComplete(f.trackingComplete)
          .addAllComplaints(Collections.nCopies((int) f.complaints, Complaint.open(ComplaintCategory.OTHER)));
      if (f.committedStart != null) {
        shipment.committedWindow(TimeWindow.of(f.committedStart, f.committedEnd));
      }
      OrderRecord.Builder order = OrderRecord.builder().shipment(shipment.build()).revenue(f.revenue)
          .cost(Double.isNaN(f.cost) ? OptionalDouble.empty() : OptionalDouble.of(f.cost));
      if (f.consignee != null) {
        order.consigneeId(f.consignee);
      }
      if (f.lane != null) {
        order.lane(f.lane);
      }
      return order.build();
    }
  }
}
