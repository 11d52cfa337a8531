package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.PurchaseRecord;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.metrics.service.ServiceStats;
import io.github.logicrm.pipeline.sample.BookSink;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A book's records folded into one {@link CustomerSummary} per customer, plus the customer master, as a
 * {@link java.util.stream.Collector}'s mutable container: {@link Customer360#create()} makes an empty one,
 * {@code add} folds in one record, {@link #merge(BookBuffer)} folds in another buffer and
 * {@link Customer360#finish(BookBuffer)} scores it.
 *
 * <p>Records dated after the as-of date are counted ({@link #recordsAfterAsOf()}) and otherwise left out. Merging
 * is a per-customer merge (see {@link CustomerSummary#merge(CustomerSummary)}) and a union of master rows, so
 * {@code merge(a, create())} equals {@code a} and merging is associative and commutative. Not thread-safe: give each
 * thread its own buffer and merge them. As a {@link BookSink} it takes a generated book straight from
 * {@link io.github.logicrm.pipeline.sample.SampleBook#generate(BookSink)}.
 */
public final class BookBuffer implements BookSink {

  private final Customer360 owner;
  private final Map<CustomerId, CustomerSummary> customers = new HashMap<>();
  private final Map<CustomerId, CustomerRecord> master = new TreeMap<>();
  /** Service statistics by lane ({@link #NO_LANE} for orders without one), then by months before the as-of month. */
  private final Map<String, ServiceStats[]> serviceByLaneAndMonth = new HashMap<>();
  private final int asOfMonth;
  private long recordsAfterAsOf;

  /** The lane key of orders that name no lane; no lane is blank. */
  static final String NO_LANE = "";

  BookBuffer(Customer360 owner) {
    this.owner = owner;
    this.asOfMonth = month(owner.asOf());
  }

  /**
   * Adds one order; an order shipped after the as-of date is counted and left out.
   *
   * @param order the order, not null
   * @return this buffer
   */
  public BookBuffer add(OrderRecord order) {
    LocalDate day = owner.day(order.shipment().shippedAt());
    if (!afterAsOf(day)) {
      summary(order.customerId()).add(order, day);
      serviceStats(order.lane().orElse(NO_LANE), asOfMonth - month(day)).add(order.shipment());
    }
    return this;
  }

  /**
   * Adds one purchase of a purchase-only log; a purchase after the as-of date is counted and left out.
   *
   * @param purchase the purchase, not null
   * @return this buffer
   */
  public BookBuffer add(PurchaseRecord purchase) {
    if (!afterAsOf(purchase.date())) {
      summary(purchase.customerId()).add(purchase);
    }
    return this;
  }

  /**
   * Adds one invoice; an invoice issued after the as-of date is counted and left out.
   *
   * @param invoice the invoice, not null
   * @return this buffer
   */
  public BookBuffer add(InvoiceRecord invoice) {
    if (!afterAsOf(invoice.issuedOn())) {
      summary(invoice.customerId()).add(invoice);
    }
    return this;
  }

  /**
   * Adds one survey response; a response after the as-of date is counted and left out.
   *
   * @param response the response, not null
   * @return this buffer
   * @throws IllegalArgumentException if an answer lies outside the configured scale
   */
  public BookBuffer add(SurveyRecord response) {
    if (!afterAsOf(response.answeredOn())) {
      summary(response.customerId()).add(response);
    }
    return this;
  }

  /**
   * Adds one row of the customer master.
   *
   * @param customer the master row, not null
   * @return this buffer
   * @throws IllegalArgumentException if a different row for the same customer was added before
   */
  public BookBuffer add(CustomerRecord customer) {
    CustomerRecord before = master.putIfAbsent(customer.customerId(), customer);
    if (before != null && !before.equals(customer)) {
      throw new IllegalArgumentException("customer master must list " + customer.customerId()
          + " once or identically: " + customer);
    }
    return this;
  }

  /**
   * Adds a master row, as {@link #add(CustomerRecord)}.
   *
   * @param customer the master row, not null
   */
  @Override
  public void customer(CustomerRecord customer) {
    add(customer);
  }

  /**
   * Adds an order, as {@link #add(OrderRecord)}.
   *
   * @param order the order, not null
   */
  @Override
  public void order(OrderRecord order) {
    add(order);
  }

  /**
   * Adds an invoice, as {@link #add(InvoiceRecord)}.
   *
   * @param invoice the invoice, not null
   */
  @Override
  public void invoice(InvoiceRecord invoice) {
    add(invoice);
  }

  /**
   * Adds a survey response, as {@link #add(SurveyRecord)}.
   *
   * @param response the response, not null
   */
  @Override
  public void survey(SurveyRecord response) {
    add(response);
  }

  /**
   * Folds another buffer of the same pipeline into this one; {@code other} is left unchanged.
   *
   * @param other the other buffer, not null
   * @return this buffer
   * @throws IllegalArgumentException if {@code other} comes from another pipeline or lists a customer differently
   */
  public BookBuffer merge(BookBuffer other) {
    other.requireFrom(owner);
    other.master.values().forEach(this::add);
    other.customers.forEach((id, s) -> summary(id).merge(s));
    other.forEachServiceStats(this::mergeServiceStats);
    recordsAfterAsOf += other.recordsAfterAsOf;
    return this;
  }

  /**
   * Returns the number of records left out because they are dated after the as-of date.
   *
   * @return the count
   */
  public long recordsAfterAsOf() {
    return recordsAfterAsOf;
  }

  /**
   * Returns the number of customers with at least one record.
   *
   * @return the count
   */
  public int customers() {
    return customers.size();
  }

  /**
   * Returns the summary of one customer.
   *
   * @param customerId the customer, not null
   * @return the summary, empty if the customer has no record in this buffer
   */
  public Optional<CustomerSummary> customer(CustomerId customerId) {
    return Optional.ofNullable(customers.get(Objects.requireNonNull(customerId, "customerId")));
  }

  /**
   * Returns the summaries of every customer with at least one record, as a read-only view (for a host that sends
   * them on, such as a Spark aggregation).
   *
   * @return the summaries, in no particular order
   */
  public Collection<CustomerSummary> customerSummaries() {
    return Collections.unmodifiableCollection(customers.values());
  }

  Map<CustomerId, CustomerSummary> summaries() {
    return customers;
  }

  /** Receives the service statistics of one lane and ship month. */
  @FunctionalInterface
  public interface ServiceCell {

    /**
     * Receives one lane's statistics of one ship month.
     *
     * @param lane the lane, {@code ""} for orders without one
     * @param monthsBack the ship month as months before the as-of month (0 for the as-of month)
     * @param stats the statistics of the buffer's orders of that lane and month, not to be changed
     */
    void accept(String lane, int monthsBack, ServiceStats stats);
  }

  /**
   * Hands over the service statistics of the buffer's orders per lane and ship month that has orders: for a host
   * that moves them between machines and merges them back with {@link #mergeServiceStats}.
   *
   * @param action receives each lane and month, not null
   */
  public void forEachServiceStats(ServiceCell action) {
    Objects.requireNonNull(action, "action");
    serviceByLaneAndMonth.forEach((lane, months) -> {
      for (int back = 0; back < months.length; back++) {
        if (months[back] != null) {
          action.accept(lane, back, months[back]);
        }
      }
    });
  }

  /**
   * Merges service statistics of one lane and ship month, read from another buffer of the same pipeline.
   *
   * @param lane the lane, {@code ""} for orders without one, not null
   * @param monthsBack the ship month as months before the as-of month, {@code >= 0}
   * @param stats the statistics, from the same 7R scorer, not null
   * @return this buffer
   */
  public BookBuffer mergeServiceStats(String lane, int monthsBack, ServiceStats stats) {
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(stats, "stats");
    if (monthsBack < 0) {
      throw new IllegalArgumentException("monthsBack must be >= 0: " + monthsBack);
    }
    serviceStats(lane, monthsBack).merge(stats);
    return this;
  }

  /**
   * Adds the service record per ship month and per lane of the buffer's orders to a book summary (lanes named by
   * no order are left out of the lanes, not of the months).
   *
   * @param b the summary being built, not null
   */
  public void addServiceByMonthAndLane(BookSummary.Builder b) {
    Map<Integer, ServiceStats> byMonth = new TreeMap<>();
    Map<String, ServiceStats> byLane = new TreeMap<>();
    int asOfMonth = month(owner.asOf());
    forEachServiceStats((lane, back, stats) -> {
      byMonth.computeIfAbsent(asOfMonth - back, k -> owner.config().service().create()).merge(stats);
      if (!lane.equals(NO_LANE)) {
        byLane.computeIfAbsent(lane, k -> owner.config().service().create()).merge(stats);
      }
    });
    byMonth.forEach((month, stats) -> b.putServiceByMonth(
        String.format(Locale.ROOT, "%04d-%02d", month / 12, month % 12 + 1), stats.finish()));
    byLane.forEach((lane, stats) -> b.putServiceByLane(lane, stats.finish()));
  }

  /** Months since year 0; the service statistics are kept by months counted back from the as-of month's. */
  static int month(LocalDate day) {
    return day.getYear() * 12 + day.getMonthValue() - 1;
  }

  private ServiceStats serviceStats(String lane, int back) {
    ServiceStats[] months = serviceByLaneAndMonth.get(lane);
    if (months == null || back >= months.length) {
      months = months == null ? new ServiceStats[Math.max(back + 1, 48)]
          : Arrays.copyOf(months, Math.max(back + 1, 2 * months.length));
      serviceByLaneAndMonth.put(lane, months);
    }
    ServiceStats stats = months[back];
    if (stats == null) {
      stats = owner.config().service().create();
      months[back] = stats;
    }
    return stats;
  }

  Map<CustomerId, CustomerRecord> master() {
    return master;
  }

  void requireFrom(Customer360 pipeline) {
    if (owner != pipeline) {
      throw new IllegalArgumentException("buffer must come from " + pipeline + ": " + owner);
    }
  }

  /** Counts a record dated after the as-of date; such a record is left out. */
  private boolean afterAsOf(LocalDate day) {
    if (day.isAfter(owner.asOf())) {
      recordsAfterAsOf++;
      return true;
    }
    return false;
  }

  private CustomerSummary summary(CustomerId id) {
    return customers.computeIfAbsent(id, k -> new CustomerSummary(k, owner));
  }
}
