package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.InvoiceRecord;
import io.github.logicrm.core.book.OrderRecord;
import io.github.logicrm.core.book.PurchaseRecord;
import io.github.logicrm.core.book.SurveyRecord;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.metrics.service.ServiceStats;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the pipeline keeps of one customer's records, and no more: the order days with their order counts and
 * revenue, cost, the service statistics, the consignees, the receivables and the survey answers. Its size grows with
 * the customer's distinct order days, never with its order lines.
 *
 * <p>A mergeable summary in the shape of a {@link java.util.stream.Collector}: a {@link Customer360} creates it,
 * {@code add} folds in one record, {@link #merge(CustomerSummary)} folds in another summary of the same customer,
 * and the pipeline finishes it with the book's fits. Merging is order-aware by construction: every part is a sum or
 * a set union, and money is accumulated in exact cents, so any split of a customer's records into parts, merged in
 * any order, gives exactly the state of one pass over all of them ({@code merge(a, create())} equals {@code a};
 * {@code merge(merge(a, b), c)} equals {@code merge(a, merge(b, c))}). Records after the as-of date are not added
 * here; the book buffer counts them. Not thread-safe: give each thread its own summary and merge them.
 *
 * <p>For a host that moves buffers between machines (a Spark aggregation buffer), {@link #writeTo(DataOutput)} writes
 * the summary in a compact binary form that {@link Customer360#readSummary(DataInput)} reads back equal; and
 * {@link Customer360#createSummary()} makes the zero of a per-customer aggregation, a summary of no customer yet that
 * takes the customer of its first record or merge.
 */
public final class CustomerSummary {

  private static final int INITIAL_DAYS = 4;
  /** Days to weeks exactly as {@link io.github.logicrm.metrics.clv.PurchaseLogSummarizer} converts them. */
  private static final double WEEKS_PER_DAY = PurchaseTimeUnit.DAYS.days() / PurchaseTimeUnit.WEEKS.days();
  /** The version of the binary form, its first byte. */
  private static final int FORM = 1;

  private CustomerId customerId;
  private final Customer360 summarizer;
  private int[] days = new int[INITIAL_DAYS];
  private int[] dayOrders = new int[INITIAL_DAYS];
  private long[] dayCents = new long[INITIAL_DAYS];
  private int dayCount;
  private long costCents;
  private long costedRevenueCents;
  private ServiceStats service;
  private long deliveryMillis;
  private final Set<CustomerId> consignees = new HashSet<>();
  private int invoices;
  private long outstandingCents;
  private long overdueCents;
  private long invoiced90Cents;
  private int respondents;
  private final Map<String, double[]> answers = new TreeMap<>();
  private final int[] recommend = new int[11];
  /** Answers to the survey model's items, one row per response (NaN where not answered), then the day; sorted. */
  private final List<double[]> modelRows = new ArrayList<>(0);

  CustomerSummary(CustomerId customerId, Customer360 summarizer) {
    this.customerId = customerId;
    this.summarizer = summarizer;
  }

  /**
   * Returns the customer this summary is of.
   *
   * @return the customer id
   * @throws IllegalStateException if this is a {@linkplain Customer360#createSummary() zero summary} that has taken no
   *     record yet
   */
  public CustomerId customerId() {
    if (customerId == null) {
      throw new IllegalStateException("summary must have taken a record to be of a customer: " + this);
    }
    return customerId;
  }

  /**
   * Returns the number of distinct order days (the ship days of orders, or purchase dates); 0 for a customer with
   * invoices or survey answers only.
   *
   * @return the count
   */
  public int orderDays() {
    return dayCount;
  }

  /**
   * Returns the frequency x of the buy-till-you-die models: repeat order days, the order days after the first.
   *
   * @return {@code orderDays() - 1}
   * @throws IllegalStateException if the customer has no order day
   */
  public int frequency() {
    requireOrders();
    return dayCount - 1;
  }

  /**
   * Returns the recency t_x: weeks from the first to the last order day (days / 7).
   *
   * @return the recency in weeks, {@code >= 0}
   * @throws IllegalStateException if the customer has no order day
   */
  public double recency() {
    requireOrders();
    return (days[dayCount - 1] - days[0]) * WEEKS_PER_DAY;
  }

  /**
   * Returns the age T: weeks from the first order day to the as-of date (days / 7).
   *
   * @return the age in weeks, {@code >= recency()}
   * @throws IllegalStateException if the customer has no order day
   */
  public double age() {
    requireOrders();
    return (summarizer.asOf().toEpochDay() - days[0]) * WEEKS_PER_DAY;
  }

  /**
   * Returns the mean revenue of the repeat order days (all order days but the first), the spend model's input.
   *
   * @return the mean repeat spend; 0 when {@link #frequency()} is 0
   * @throws IllegalStateException if the customer has no order day
   */
  public double meanRepeatSpend() {
    int x = frequency();
    if (x == 0) {
      return 0;
    }
    long total = 0;
    for (int d = 1; d < dayCount; d++) {
      total += dayCents[d];
    }
    return total / 100.0 / x;
  }

  /**
   * Returns a copy of the customer's service statistics, for a host that pools them across the book.
   *
   * @return the statistics of the customer's orders; empty when none was added (a purchase-only log)
   */
  public Optional<ServiceStats> serviceStats() {
    return service == null ? Optional.empty()
        : Optional.of(summarizer.config().service().create().merge(service));
  }

  private void requireOrders() {
    if (dayCount == 0) {
      throw new IllegalStateException("customer must have an order day: " + this);
    }
  }

  /**
   * Adds one order: its day (the ship day in the book's zone), revenue, cost, service record and consignee.
   *
   * @param order an order of this customer shipped on or before the as-of date, not null
   * @return this summary
   * @throws IllegalArgumentException if the order belongs to another customer or ships after the as-of date
   */
  public CustomerSummary add(OrderRecord order) {
    requireOwn(order.customerId(), "order");
    LocalDate day = summarizer.day(order.shipment().shippedAt());
    if (day.isAfter(summarizer.asOf())) {
      throw summarizer.afterAsOf("order " + order.shipment().orderId() + " shippedAt", day);
    }
    return add(order, day);
  }

  /** Adds an order of this customer whose ship day, on or before the as-of date, the caller has computed. */
  CustomerSummary add(OrderRecord order, LocalDate day) {
    Shipment shipment = order.shipment();
    long cents = cents(order.revenue());
    addDay(day, 1, cents);
    if (order.cost().isPresent()) {
      costCents += cents(order.cost().getAsDouble());
      costedRevenueCents += cents;
    }
    if (service == null) {
      service = summarizer.config().service().create();
    }
    service.add(shipment);
    deliveryMillis += shipment.deliveredAt().toEpochMilli() - shipment.shippedAt().toEpochMilli();
    order.consigneeId().ifPresent(consignees::add);
    return this;
  }

  /**
   * Adds one purchase of a purchase-only log (a day and an amount, no service record).
   *
   * @param purchase a purchase of this customer on or before the as-of date, not null
   * @return this summary
   * @throws IllegalArgumentException if the purchase belongs to another customer or is after the as-of date
   */
  public CustomerSummary add(PurchaseRecord purchase) {
    requireOwn(purchase.customerId(), "purchase");
    if (purchase.date().isAfter(summarizer.asOf())) {
      throw summarizer.afterAsOf("purchase date", purchase.date());
    }
    addDay(purchase.date(), 1, cents(purchase.amount()));
    return this;
  }

  /**
   * Adds one invoice issued on or before the as-of date: open, overdue and recently invoiced amounts.
   *
   * @param invoice an invoice of this customer, not null
   * @return this summary
   * @throws IllegalArgumentException if the invoice belongs to another customer or is issued after the as-of date
   */
  public CustomerSummary add(InvoiceRecord invoice) {
    requireOwn(invoice.customerId(), "invoice");
    LocalDate asOf = summarizer.asOf();
    if (invoice.issuedOn().isAfter(asOf)) {
      throw summarizer.afterAsOf("invoice " + invoice.invoiceId() + " issuedOn", invoice.issuedOn());
    }
    long cents = cents(invoice.amount());
    invoices++;
    if (invoice.isOpenOn(asOf)) {
      outstandingCents += cents;
      if (invoice.dueOn().isBefore(asOf)) {
        overdueCents += cents;
      }
    }
    if (invoice.issuedOn().isAfter(asOf.minusDays(90))) {
      invoiced90Cents += cents;
    }
    return this;
  }

  /**
   * Adds one survey response given on or before the as-of date.
   *
   * @param response a response from this customer, not null
   * @return this summary
   * @throws IllegalArgumentException if the response is from another customer, after the as-of date, or an answer
   *     lies outside the configured scale
   */
  public CustomerSummary add(SurveyRecord response) {
    requireOwn(response.customerId(), "response");
    if (response.answeredOn().isAfter(summarizer.asOf())) {
      throw summarizer.afterAsOf("response " + response.respondentId() + " answeredOn", response.answeredOn());
    }
    PipelineConfig config = summarizer.config();
    response.answers().forEach((item, value) -> {
      if (!(value >= config.surveyMin() && value <= config.surveyMax())) {
        throw new IllegalArgumentException("answers[" + item + "] of respondent " + response.respondentId()
            + " must be in [" + config.surveyMin() + ", " + config.surveyMax() + "]: " + value);
      }
      double[] sum = answers.computeIfAbsent(item, k -> new double[2]);
      sum[0] += value;
      sum[1]++;
    });
    response.recommend().ifPresent(r -> recommend[r]++);
    respondents++;
    config.surveyModel().ifPresent(model -> addModelRow(model.items(), response));
    return this;
  }

  /**
   * Folds another summary of the same customer into this one; {@code other} is left unchanged.
   *
   * @param other a summary of the same customer from the same summarizer, not null
   * @return this summary
   * @throws IllegalArgumentException if {@code other} is of another customer or summarizer; nothing is changed then
   */
  public CustomerSummary merge(CustomerSummary other) {
    if (other.summarizer != summarizer) {
      throw new IllegalArgumentException("other must come from the same summarizer " + summarizer + ": "
          + other.summarizer);
    }
    if (other.customerId != null) {
      requireOwn(other.customerId, "other");
    }
    for (int i = 0; i < other.dayCount; i++) {
      addDay(other.days[i], other.dayOrders[i], other.dayCents[i]);
    }
    costCents += other.costCents;
    costedRevenueCents += other.costedRevenueCents;
    if (other.service != null) {
      if (service == null) {
        service = summarizer.config().service().create();
      }
      service.merge(other.service);
    }
    deliveryMillis += other.deliveryMillis;
    consignees.addAll(other.consignees);
    invoices += other.invoices;
    outstandingCents += other.outstandingCents;
    overdueCents += other.overdueCents;
    invoiced90Cents += other.invoiced90Cents;
    respondents += other.respondents;
    other.answers.forEach((item, sum) -> {
      double[] mine = answers.computeIfAbsent(item, k -> new double[2]);
      mine[0] += sum[0];
      mine[1] += sum[1];
    });
    for (int r = 0; r < recommend.length; r++) {
      recommend[r] += other.recommend[r];
    }
    other.modelRows.forEach(this::insertModelRow);
    return this;
  }

  void requireFrom(Customer360 pipeline) {
    if (summarizer != pipeline) {
      throw new IllegalArgumentException("summary must come from " + pipeline + ": " + summarizer);
    }
  }

  private void requireOwn(CustomerId id, String what) {
    if (customerId == null) {
      customerId = Objects.requireNonNull(id, what + " customerId");
    } else if (!customerId.equals(id)) {
      throw new IllegalArgumentException(what + " must be of customer " + customerId + ": " + id);
    }
  }

  /** Keeps a response's answers to the model's items, unless it answers none of them. */
  private void addModelRow(List<String> items, SurveyRecord response) {
    double[] row = new double[items.size() + 1];
    boolean any = false;
    for (int k = 0; k < items.size(); k++) {
      Double answer = response.answers().get(items.get(k));
      row[k] = answer == null ? Double.NaN : answer;
      any |= answer != null;
    }
    row[items.size()] = response.answeredOn().toEpochDay();
    if (any) {
      insertModelRow(row);
    }
  }

  /** Inserts in content order, so the rows do not depend on the order of adding and merging. */
  private void insertModelRow(double[] row) {
    int at = 0;
    while (at < modelRows.size() && Arrays.compare(modelRows.get(at), row) <= 0) {
      at++;
    }
    modelRows.add(at, row);
  }

  private void addDay(LocalDate day, int orders, long cents) {
    addDay(Math.toIntExact(day.toEpochDay()), orders, cents);
  }

  private void addDay(int day, int orders, long cents) {
    int at = dayCount > 0 && days[dayCount - 1] < day ? -dayCount - 1 : Arrays.binarySearch(days, 0, dayCount, day);
    if (at >= 0) {
      dayOrders[at] += orders;
      dayCents[at] += cents;
      return;
    }
    int insert = -at - 1;
    if (dayCount == days.length) {
      days = Arrays.copyOf(days, dayCount * 2);
      dayOrders = Arrays.copyOf(dayOrders, dayCount * 2);
      dayCents = Arrays.copyOf(dayCents, dayCount * 2);
    }
    System.arraycopy(days, insert, days, insert + 1, dayCount - insert);
    System.arraycopy(dayOrders, insert, dayOrders, insert + 1, dayCount - insert);
    System.arraycopy(dayCents, insert, dayCents, insert + 1, dayCount - insert);
    days[insert] = day;
    dayOrders[insert] = orders;
    dayCents[insert] = cents;
    dayCount++;
  }

  /**
   * Writes this summary in a compact binary form: the customer, the order days as gaps with their order counts and
   * cents, the sums, the service counts, the consignees (sorted), the survey sums and the answers to the path model's
   * items, integers as variable-length numbers.
   * The pipeline (configuration and as-of date) is not written: {@link Customer360#readSummary(DataInput)} of the
   * same pipeline reads the form back into a summary equal to this one.
   *
   * @param out where to write, not null
   * @throws IOException if {@code out} fails
   */
  public void writeTo(DataOutput out) throws IOException {
    out.writeByte(FORM);
    out.writeBoolean(customerId != null);
    if (customerId != null) {
      out.writeUTF(customerId.value());
    }
    writeVar(out, dayCount);
    int previous = 0;
    for (int i = 0; i < dayCount; i++) {
      writeVar(out, i == 0 ? zigZag(days[0]) : days[i] - previous);
      previous = days[i];
      writeVar(out, dayOrders[i]);
      writeVar(out, zigZag(dayCents[i]));
    }
    for (long sum : new long[] {costCents, costedRevenueCents, deliveryMillis, invoices, outstandingCents,
        overdueCents, invoiced90Cents, respondents}) {
      writeVar(out, zigZag(sum));
    }
    out.writeBoolean(service != null);
    if (service != null) {
      service.writeTo(out);
    }
    writeVar(out, consignees.size());
    for (CustomerId consignee : new TreeSet<>(consignees)) {
      out.writeUTF(consignee.value());
    }
    writeVar(out, answers.size());
    for (Map.Entry<String, double[]> item : answers.entrySet()) {
      out.writeUTF(item.getKey());
      out.writeDouble(item.getValue()[0]);
      out.writeDouble(item.getValue()[1]);
    }
    for (int count : recommend) {
      writeVar(out, count);
    }
    writeVar(out, modelRows.size());
    for (double[] row : modelRows) {
      writeVar(out, row.length);
      for (double value : row) {
        out.writeDouble(value);
      }
    }
  }

  /** Reads the form of {@link #writeTo(DataOutput)} into this new summary. */
  CustomerSummary readFrom(DataInput in) throws IOException {
    int form = in.readByte();
    if (form != FORM) {
      throw new IOException("summary form must be " + FORM + ": " + form);
    }
    if (in.readBoolean()) {
      customerId = CustomerId.of(in.readUTF());
    }
    int count = Math.toIntExact(readVar(in));
    int day = 0;
    for (int i = 0; i < count; i++) {
      long gap = readVar(in);
      day = i == 0 ? (int) unZigZag(gap) : Math.addExact(day, Math.toIntExact(gap));
      addDay(day, Math.toIntExact(readVar(in)), unZigZag(readVar(in)));
    }
    costCents = unZigZag(readVar(in));
    costedRevenueCents = unZigZag(readVar(in));
    deliveryMillis = unZigZag(readVar(in));
    invoices = Math.toIntExact(unZigZag(readVar(in)));
    outstandingCents = unZigZag(readVar(in));
    overdueCents = unZigZag(readVar(in));
    invoiced90Cents = unZigZag(readVar(in));
    respondents = Math.toIntExact(unZigZag(readVar(in)));
    if (in.readBoolean()) {
      service = summarizer.config().service().create().mergeFrom(in);
    }
    for (long i = readVar(in); i > 0; i--) {
      consignees.add(CustomerId.of(in.readUTF()));
    }
    for (long i = readVar(in); i > 0; i--) {
      answers.put(in.readUTF(), new double[] {in.readDouble(), in.readDouble()});
    }
    for (int r = 0; r < recommend.length; r++) {
      recommend[r] = Math.toIntExact(readVar(in));
    }
    for (long i = readVar(in); i > 0; i--) {
      double[] row = new double[Math.toIntExact(readVar(in))];
      for (int k = 0; k < row.length; k++) {
        row[k] = in.readDouble();
      }
      modelRows.add(row);   // written in content order
    }
    return this;
  }

  private static long zigZag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unZigZag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** Writes a non-negative number seven bits a byte, low bits first. */
  private static void writeVar(DataOutput out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVar(DataInput in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("variable-length number must end within 10 bytes");
  }

  /** Rounds money to whole cents, the unit in which sums are exact and independent of order. */
  static long cents(double amount) {
    return Math.round(amount * 100);
  }

  // Package-private views for the pipeline's finishing step.

  int dayCount() {
    return dayCount;
  }

  int day(int i) {
    return days[i];
  }

  int dayOrders(int i) {
    return dayOrders[i];
  }

  long dayCents(int i) {
    return dayCents[i];
  }

  long costCents() {
    return costCents;
  }

  long costedRevenueCents() {
    return costedRevenueCents;
  }

  ServiceStats service() {
    return service;
  }

  long deliveryMillis() {
    return deliveryMillis;
  }

  Set<CustomerId> consignees() {
    return consignees;
  }

  int invoices() {
    return invoices;
  }

  long outstandingCents() {
    return outstandingCents;
  }

  long overdueCents() {
    return overdueCents;
  }

  long invoiced90Cents() {
    return invoiced90Cents;
  }

  int respondents() {
    return respondents;
  }

  /** Rows of answers to the survey model's items (NaN where not answered), each ending with the epoch day. */
  List<double[]> modelRows() {
    return modelRows;
  }

  Map<String, double[]> answers() {
    return answers;
  }

  int[] recommend() {
    return recommend;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CustomerSummary s)) {
      return false;
    }
    return Objects.equals(customerId, s.customerId) && dayCount == s.dayCount
        && Arrays.equals(days, 0, dayCount, s.days, 0, dayCount)
        && Arrays.equals(dayOrders, 0, dayCount, s.dayOrders, 0, dayCount)
        && Arrays.equals(dayCents, 0, dayCount, s.dayCents, 0, dayCount)
        && costCents == s.costCents && costedRevenueCents == s.costedRevenueCents
        && Objects.equals(service == null ? null : service.finish(),
            s.service == null ? null : s.service.finish())
        && deliveryMillis == s.deliveryMillis && consignees.equals(s.consignees) && invoices == s.invoices
        && outstandingCents == s.outstandingCents && overdueCents == s.overdueCents
        && invoiced90Cents == s.invoiced90Cents && respondents == s.respondents
        && Arrays.equals(recommend, s.recommend) && sameAnswers(s.answers) && sameRows(s.modelRows);
  }

  private boolean sameRows(List<double[]> other) {
    if (modelRows.size() != other.size()) {
      return false;
    }
    for (int k = 0; k < modelRows.size(); k++) {
      if (!Arrays.equals(modelRows.get(k), other.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean sameAnswers(Map<String, double[]> other) {
    if (!answers.keySet().equals(other.keySet())) {
      return false;
    }
    return answers.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, dayCount, deliveryMillis, respondents);
  }

  @Override
  public String toString() {
    return "CustomerSummary[" + customerId + ", " + dayCount + " order days, " + invoices + " invoices, "
        + respondents + " respondents]";
  }
}
