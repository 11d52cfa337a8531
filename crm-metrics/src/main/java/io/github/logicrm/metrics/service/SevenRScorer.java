package io.github.logicrm.metrics.service;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.service.EarlyDelivery;
import io.github.logicrm.core.service.OtifProfile;
import io.github.logicrm.core.service.OtifUnit;
import io.github.logicrm.core.service.RightCheck;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.core.service.ShipmentLine;
import io.github.logicrm.core.service.ShipmentScore;
import io.github.logicrm.core.service.TimeReference;
import io.github.logicrm.core.service.TimeWindow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * Scores shipments on the 7R of logistics service and rolls them up per customer: per-right rates, the
 * perfect-order rate (per order and as the SCOR product of component rates) and OTIF.
 *
 * <p>The rules, each applied to one shipment:
 * <ul>
 *   <li>{@link ServiceRight#PRODUCT}: no line has damaged or wrong items.</li>
 *   <li>{@link ServiceRight#QUANTITY}: every line delivered exactly as ordered (short or over fails).</li>
 *   <li>{@link ServiceRight#PLACE}: delivered to the agreed location.</li>
 *   <li>{@link ServiceRight#TIME}: delivered no later than the end of the reference window (inclusive) and, unless
 *   early deliveries count as on time, no earlier than its start.</li>
 *   <li>{@link ServiceRight#TERMS}: contract terms met.</li>
 *   <li>{@link ServiceRight#PRICE}: {@code |invoiced - quoted| <= priceTolerance}, compared exactly in whole minor
 *   units of the currency (cents by default, see {@link #withPriceDecimals(int)}): each price is rounded half up to
 *   a whole number of minor units, as an invoice states it, so a tolerance of one cent accepts 100.01 against 100.00
 *   although {@code 100.01 - 100.00} is {@code 0.010000000000005116} in binary floating point.</li>
 *   <li>{@link ServiceRight#INFORMATION}: documents complete and tracking complete.</li>
 * </ul>
 * An order is perfect when every right of {@link #perfectOrderComponents()} passed (by default SCOR's four: in
 * full, on time, documentation, condition). OTIF counts an order when it passed TIME and QUANTITY; a line when its
 * order passed TIME and the line was delivered exactly as ordered; units as the ordered quantity delivered on time,
 * a line counting at most its ordered quantity. Condition does not enter OTIF.
 *
 * <p><b>Definition profiles.</b> {@link #withProfile(OtifProfile)} sets the window, the early rule and the OTIF
 * unit of a named definition: {@link OtifProfile#DELIVERED_BY} (parcel "delivered by": the committed window's end,
 * early is fine, by order), {@link OtifProfile#RETAILER} (the must-arrive-by window, early and late both fail, by
 * unit, 98% target shown as reference), {@link OtifProfile#SCOR_PERFECT_ORDER} (SCOR RL.1.1: on time to the commit
 * date inside the committed window, early fails, by line). Every OTIF result names the profile its settings make.
 *
 * <p>Defaults: the {@link OtifProfile#DELIVERED_BY} profile, i.e. on time against the
 * {@link TimeReference#COMMITTED committed} window, early deliveries {@link EarlyDelivery#ON_TIME on time}, OTIF by
 * {@link OtifUnit#ORDER order}; prices with 2 decimals and a tolerance of 0.01, perfect-order
 * components PRODUCT, QUANTITY, TIME, INFORMATION. Immutable and thread-safe.
 */
public final class SevenRScorer {

  /** Mask of all seven rights passed. */
  static final int ALL = (1 << ServiceRight.values().length) - 1;
  private static final Set<ServiceRight> SCOR_COMPONENTS =
      Collections.unmodifiableSet(EnumSet.of(ServiceRight.PRODUCT, ServiceRight.QUANTITY, ServiceRight.TIME,
          ServiceRight.INFORMATION));

  private final TimeReference reference;
  private final EarlyDelivery earlyDelivery;
  private final OtifUnit otifUnit;
  private final double priceTolerance;
  private final int priceDecimals;
  private final double minorPerUnit;
  private final long toleranceMinor;
  private final Set<ServiceRight> perfectOrderComponents;
  private final int perfectMask;

  private SevenRScorer(TimeReference reference, EarlyDelivery earlyDelivery, OtifUnit otifUnit, double priceTolerance,
      int priceDecimals, Set<ServiceRight> perfectOrderComponents) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.earlyDelivery = Objects.requireNonNull(earlyDelivery, "earlyDelivery");
    this.otifUnit = Objects.requireNonNull(otifUnit, "otifUnit");
    this.priceTolerance = Checks.nonNegative("priceTolerance", priceTolerance);
    if (priceDecimals < 0 || priceDecimals > 6) {
      throw new IllegalArgumentException("priceDecimals must be in [0, 6]: " + priceDecimals);
    }
    this.priceDecimals = priceDecimals;
    this.minorPerUnit = Math.pow(10, priceDecimals);
    this.toleranceMinor = Math.round(priceTolerance * minorPerUnit);
    if (Math.abs(priceTolerance * minorPerUnit - toleranceMinor) > 1e-6) {
      throw new IllegalArgumentException("priceTolerance must be a whole number of minor units "
          + BigDecimal.valueOf(1, priceDecimals).toPlainString() + ": " + priceTolerance);
    }
    Checks.notEmpty("perfectOrderComponents", perfectOrderComponents);
    this.perfectOrderComponents = Collections.unmodifiableSet(EnumSet.copyOf(perfectOrderComponents));
    int mask = 0;
    for (ServiceRight right : perfectOrderComponents) {
      mask |= bit(right);
    }
    this.perfectMask = mask;
  }

  /**
   * Returns a scorer with the default rules.
   *
   * @return the default scorer
   */
  public static SevenRScorer withDefaults() {
    return new SevenRScorer(TimeReference.COMMITTED, EarlyDelivery.ON_TIME, OtifUnit.ORDER, 0.01, 2,
        SCOR_COMPONENTS);
  }

  /**
   * Returns a copy with the window, early rule and OTIF unit of a named definition; price tolerance and
   * perfect-order components are kept.
   *
   * @param profile the definition, not null
   * @return the new scorer
   */
  public SevenRScorer withProfile(OtifProfile profile) {
    return new SevenRScorer(profile.reference(), profile.earlyDelivery(), profile.unit(), priceTolerance,
        priceDecimals, perfectOrderComponents);
  }

  /**
   * Returns the named definition this scorer's window, early rule and OTIF unit make.
   *
   * @return the profile; empty when the settings were changed away from every named one
   */
  public Optional<OtifProfile> profile() {
    for (OtifProfile p : OtifProfile.values()) {
      if (p.matches(reference, earlyDelivery, otifUnit)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy judging time against another window.
   *
   * @param reference requested or committed, not null
   * @return the new scorer
   */
  public SevenRScorer withTimeReference(TimeReference reference) {
    return new SevenRScorer(reference, earlyDelivery, otifUnit, priceTolerance, priceDecimals, perfectOrderComponents);
  }

  /**
   * Returns a copy treating early deliveries another way.
   *
   * @param earlyDelivery the rule, not null
   * @return the new scorer
   */
  public SevenRScorer withEarlyDelivery(EarlyDelivery earlyDelivery) {
    return new SevenRScorer(reference, earlyDelivery, otifUnit, priceTolerance, priceDecimals, perfectOrderComponents);
  }

  /**
   * Returns a copy counting OTIF in another unit.
   *
   * @param otifUnit order, line or unit, not null
   * @return the new scorer
   */
  public SevenRScorer withOtifUnit(OtifUnit otifUnit) {
    return new SevenRScorer(reference, earlyDelivery, otifUnit, priceTolerance, priceDecimals, perfectOrderComponents);
  }

  /**
   * Returns a copy with another price tolerance.
   *
   * @param priceTolerance largest accepted {@code |invoiced - quoted|}, in the caller's currency, {@code >= 0} and a
   *     whole number of minor units ({@code 10^-priceDecimals})
   * @return the new scorer
   * @throws IllegalArgumentException if the tolerance is negative, not finite or not a whole number of minor units
   */
  public SevenRScorer withPriceTolerance(double priceTolerance) {
    return new SevenRScorer(reference, earlyDelivery, otifUnit, priceTolerance, priceDecimals, perfectOrderComponents);
  }

  /**
   * Returns a copy comparing prices in other minor units: 2 decimals (cents) by default, 0 for a currency without
   * minor units such as the yen, 3 for the Kuwaiti dinar. The tolerance must be a whole number of the new minor unit.
   *
   * @param priceDecimals decimals of the currency's minor unit, in [0, 6]
   * @return the new scorer
   * @throws IllegalArgumentException if the decimals are out of range or the tolerance is not a whole number of the
   *     new minor unit
   */
  public SevenRScorer withPriceDecimals(int priceDecimals) {
    return new SevenRScorer(reference, earlyDelivery, otifUnit, priceTolerance, priceDecimals, perfectOrderComponents);
  }

  /**
   * Returns a copy with other perfect-order components.
   *
   * @param components the rights an order must pass to be perfect, not empty
   * @return the new scorer
   * @throws IllegalArgumentException if {@code components} is empty
   */
  public SevenRScorer withPerfectOrderComponents(Set<ServiceRight> components) {
    Objects.requireNonNull(components, "components").forEach(c ->
        Objects.requireNonNull(c, "components must not contain null"));
    return new SevenRScorer(reference, earlyDelivery, otifUnit, priceTolerance, priceDecimals, components);
  }

  /**
   * Returns the window deliveries are judged against.
   *
   * @return the reference
   */
  public TimeReference timeReference() {
    return reference;
  }

  /**
   * Returns how early deliveries are treated.
   *
   * @return the rule
   */
  public EarlyDelivery earlyDelivery() {
    return earlyDelivery;
  }

  /**
   * Returns the OTIF unit.
   *
   * @return the unit
   */
  public OtifUnit otifUnit() {
    return otifUnit;
  }

  /**
   * Returns the price tolerance.
   *
   * @return the largest accepted {@code |invoiced - quoted|}
   */
  public double priceTolerance() {
    return priceTolerance;
  }

  /**
   * Returns the decimals of the currency's minor unit, in which prices are compared.
   *
   * @return the decimals, in [0, 6]
   */
  public int priceDecimals() {
    return priceDecimals;
  }

  /**
   * Returns the rights that make an order perfect.
   *
   * @return the components, not empty
   */
  public Set<ServiceRight> perfectOrderComponents() {
    return perfectOrderComponents;
  }

  /**
   * Returns the bit of a right in a {@linkplain #passMask pass mask}: {@code 1 << right.ordinal()}.
   *
   * @param right the right, not null
   * @return its bit
   */
  public static int bit(ServiceRight right) {
    return 1 << right.ordinal();
  }

  /**
   * Scores one row of a table: the hot path, which allocates nothing.
   *
   * @param table the shipments, not null
   * @param row the row, in {@code [0, table.size())}
   * @return a mask with bit {@code 1 << right.ordinal()} set for each right that passed
   * @throws IllegalArgumentException if the row is out of range
   */
  public int passMask(ShipmentTable table, int row) {
    Checks.index("row", row, Objects.requireNonNull(table, "table").size);
    int flags = table.flags[row];
    int mask = 0;
    boolean sound = true;
    boolean exact = true;
    for (int l = table.firstLine[row], end = table.firstLine[row + 1]; l < end; l++) {
      sound &= table.damaged[l] == 0 & table.wrongItem[l] == 0;
      exact &= table.delivered[l] == table.ordered[l];
    }
    mask |= sound ? 1 : 0;
    mask |= exact ? 2 : 0;
    mask |= (flags & ShipmentTable.LOCATION) != 0 ? 4 : 0;
    mask |= onTime(table, row) ? 8 : 0;
    mask |= (flags & ShipmentTable.TERMS) != 0 ? 16 : 0;
    mask |= priceRight(table.invoicedPrice[row], table.quotedPrice[row]) ? 32 : 0;
    int info = ShipmentTable.DOCUMENTS | ShipmentTable.TRACKING;
    mask |= (flags & info) == info ? 64 : 0;
    return mask;
  }

  /**
   * Whether the invoiced price is within the tolerance of the quoted one, in minor units; equal prices need no
   * rounding.
   */
  private boolean priceRight(double invoiced, double quoted) {
    return invoiced == quoted || Math.abs(minor(invoiced) - minor(quoted)) <= toleranceMinor;
  }

  /** A price in whole minor units, rounded half up. */
  private long minor(double price) {
    return Math.round(price * minorPerUnit);
  }

  private String money(double amount) {
    return BigDecimal.valueOf(Math.round(amount * minorPerUnit), priceDecimals).toPlainString();
  }

  private boolean onTime(ShipmentTable table, int row) {
    boolean committed = reference == TimeReference.COMMITTED;
    long start = committed ? table.committedStart[row] : table.requestedStart[row];
    long end = committed ? table.committedEnd[row] : table.requestedEnd[row];
    return onTime(start, end, table.deliveredAt[row]);
  }

  private boolean onTime(long start, long end, long at) {
    return at <= end && (earlyDelivery == EarlyDelivery.ON_TIME || at >= start);
  }

  /**
   * The pass mask of one shipment read straight from the value type: equal to {@link #passMask(ShipmentTable, int)}
   * on a table holding it (times compared in epoch milliseconds, as the table stores them), without building one.
   */
  int passMask(Shipment s) {
    boolean sound = true;
    boolean exact = true;
    List<ShipmentLine> lines = s.lines();
    for (int i = 0; i < lines.size(); i++) {   // by index: no iterator per order on the loading path
      ShipmentLine l = lines.get(i);
      sound &= l.damagedQuantity() == 0 & l.wrongItemQuantity() == 0;
      exact &= l.deliveredQuantity() == l.orderedQuantity();
    }
    TimeWindow window = s.window(reference);
    int mask = sound ? 1 : 0;
    mask |= exact ? 2 : 0;
    mask |= s.deliveredToAgreedLocation() ? 4 : 0;
    mask |= onTime(window.start().toEpochMilli(), window.end().toEpochMilli(), s.deliveredAt().toEpochMilli()) ? 8 : 0;
    mask |= s.contractTermsMet() ? 16 : 0;
    mask |= priceRight(s.invoicedPrice(), s.quotedPrice()) ? 32 : 0;
    mask |= s.documentsComplete() && s.trackingComplete() ? 64 : 0;
    return mask;
  }

  /**
   * Tells whether a pass mask is a perfect order under this scorer's components.
   *
   * @param mask a mask from {@link #passMask(ShipmentTable, int)}
   * @return true if every component's bit is set
   */
  public boolean isPerfect(int mask) {
    return (mask & perfectMask) == perfectMask;
  }

  /**
   * Scores one shipment, each right with the reason it passed or failed.
   *
   * @param shipment the shipment, not null
   * @return the score
   */
  public ShipmentScore score(Shipment shipment) {
    Objects.requireNonNull(shipment, "shipment");
    int mask = passMask(ShipmentTable.of(List.of(shipment)), 0);
    List<RightCheck> checks = new ArrayList<>();
    for (ServiceRight right : ServiceRight.values()) {
      boolean passed = (mask & bit(right)) != 0;
      checks.add(RightCheck.of(right, passed, reason(right, passed, shipment)));
    }
    return ShipmentScore.builder()
        .orderId(shipment.orderId())
        .customerId(shipment.customerId())
        .checks(checks)
        .perfectOrder(isPerfect(mask))
        .build();
  }

  private String reason(ServiceRight right, boolean passed, Shipment s) {
    return switch (right) {
      case PRODUCT -> passed ? "all items correct and undamaged" : productFault(s);
      case QUANTITY -> passed ? "every line delivered as ordered" : quantityFault(s);
      case PLACE -> passed ? "delivered to the agreed location" : "delivered to a location other than agreed";
      case TIME -> timeReason(passed, s);
      case TERMS -> passed ? "contract terms met" : "contract terms not met";
      case PRICE -> "invoiced " + money(s.invoicedPrice()) + " against quoted " + money(s.quotedPrice())
          + ": difference "
          + BigDecimal.valueOf(Math.abs(minor(s.invoicedPrice()) - minor(s.quotedPrice())), priceDecimals)
          .toPlainString() + (passed ? " within" : " above") + " tolerance " + money(priceTolerance);
      case INFORMATION -> passed ? "documents and tracking complete"
          : !s.documentsComplete() && !s.trackingComplete() ? "documents and tracking incomplete"
          : !s.documentsComplete() ? "documents incomplete" : "tracking incomplete";
    };
  }

  private static String productFault(Shipment s) {
    List<String> faults = new ArrayList<>();
    for (int i = 0; i < s.lines().size(); i++) {
      ShipmentLine l = s.lines().get(i);
      if (l.damagedQuantity() > 0) {
        faults.add(line(i, l) + l.damagedQuantity() + " damaged");
      }
      if (l.wrongItemQuantity() > 0) {
        faults.add(line(i, l) + l.wrongItemQuantity() + " wrong item");
      }
    }
    return String.join("; ", faults);
  }

  private static String quantityFault(Shipment s) {
    List<String> faults = new ArrayList<>();
    for (int i = 0; i < s.lines().size(); i++) {
      ShipmentLine l = s.lines().get(i);
      double gap = l.orderedQuantity() - l.deliveredQuantity();
      if (gap > 0) {
        faults.add(line(i, l) + gap + " short of " + l.orderedQuantity());
      } else if (gap < 0) {
        faults.add(line(i, l) + (-gap) + " over " + l.orderedQuantity());
      }
    }
    return String.join("; ", faults);
  }

  private static String line(int index, ShipmentLine l) {
    return Checks.at("lines", index) + " (" + l.item() + "): ";
  }

  private String timeReason(boolean passed, Shipment s) {
    TimeWindow w = s.window(reference);
    String window = reference.name().toLowerCase(Locale.ROOT) + " window [" + w.start() + ", " + w.end()
        + "]";
    Instant at = s.deliveredAt();
    if (at.isAfter(w.end())) {
      return "delivered " + at + ", " + Duration.between(w.end(), at) + " after the end of the " + window;
    }
    if (at.isBefore(w.start())) {
      return "delivered " + at + ", " + Duration.between(at, w.start()) + " before the start of the " + window
          + (passed ? "; early deliveries count as on time" : "; early deliveries count as not on time");
    }
    return "delivered " + at + " inside the " + window;
  }

  /**
   * Starts empty statistics that follow this scorer's rules: the identity of {@link ServiceStats#merge}.
   *
   * @return new statistics
   */
  public ServiceStats create() {
    return new ServiceStats(this);
  }

  /**
   * Returns a collector that summarizes shipments of any customers as one: {@link #create},
   * {@link ServiceStats#add(Shipment)}, {@link ServiceStats#merge} and {@link ServiceStats#finish()}.
   * Sequential and parallel streams give the same summary.
   *
   * @return the collector; it throws {@link IllegalStateException} when finishing without shipments
   */
  public Collector<Shipment, ?, ServiceSummary> collector() {
    return Collector.of(this::create, ServiceStats::add, ServiceStats::merge, ServiceStats::finish);
  }

  /**
   * Summarizes shipments of any customers as one.
   *
   * @param shipments the shipments, at least one
   * @return the summary, with no customer id
   * @throws IllegalArgumentException if there are no shipments
   */
  public ServiceSummary summarize(Iterable<Shipment> shipments) {
    ServiceStats stats = create();
    Objects.requireNonNull(shipments, "shipments").forEach(s ->
        stats.add(Objects.requireNonNull(s, "shipments must not contain null")));
    if (stats.shipments() == 0) {
      throw new IllegalArgumentException("shipments must not be empty");
    }
    return stats.finish();
  }

  /**
   * Summarizes shipments per customer.
   *
   * @param shipments the shipments, not null
   * @return a summary per customer that has shipments, by customer id
   */
  public SortedMap<CustomerId, ServiceSummary> summarizeByCustomer(Iterable<Shipment> shipments) {
    return byCustomer(shipments, s -> true);
  }

  /**
   * Summarizes per customer the shipments delivered in a period.
   *
   * @param shipments the shipments, not null
   * @param from start of the period, inclusive, not null
   * @param to end of the period, exclusive, not before {@code from}
   * @return a summary per customer with shipments delivered in {@code [from, to)}, by customer id
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public SortedMap<CustomerId, ServiceSummary> summarizeByCustomer(Iterable<Shipment> shipments, Instant from,
      Instant to) {
    if (Objects.requireNonNull(to, "to").isBefore(Objects.requireNonNull(from, "from"))) {
      throw new IllegalArgumentException("to must not be before from " + from + ": " + to);
    }
    return byCustomer(shipments, s -> !s.deliveredAt().isBefore(from) && s.deliveredAt().isBefore(to));
  }

  private SortedMap<CustomerId, ServiceSummary> byCustomer(Iterable<Shipment> shipments,
      Predicate<Shipment> selected) {
    Map<CustomerId, ServiceStats> stats = new TreeMap<>();
    for (Shipment s : Objects.requireNonNull(shipments, "shipments")) {
      if (selected.test(Objects.requireNonNull(s, "shipments must not contain null"))) {
        stats.computeIfAbsent(s.customerId(), id -> create()).add(s);
      }
    }
    SortedMap<CustomerId, ServiceSummary> result = new TreeMap<>();
    stats.forEach((id, st) -> result.put(id, st.finish(id)));
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * Adds every row of a table to the statistics of its customer: the columnar batch form, allocating nothing.
   *
   * @param table the shipments, not null
   * @param byCustomer statistics indexed by {@link ShipmentTable#customerIndex(int)}, at least
   *     {@code table.customerIds().size()} long, no element null; each element adds with the rules of the
   *     scorer that made it
   * @throws IllegalArgumentException if the array is too short
   */
  public void addAll(ShipmentTable table, ServiceStats[] byCustomer) {
    if (byCustomer.length < table.customerIds().size()) {
      throw new IllegalArgumentException("byCustomer length must be >= the table's customer count "
          + table.customerIds().size() + ": " + byCustomer.length);
    }
    for (int row = 0; row < table.size; row++) {
      byCustomer[table.customer[row]].add(table, row);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SevenRScorer)) {
      return false;
    }
    SevenRScorer other = (SevenRScorer) o;
    return reference == other.reference && earlyDelivery == other.earlyDelivery && otifUnit == other.otifUnit
        && Double.compare(priceTolerance, other.priceTolerance) == 0 && priceDecimals == other.priceDecimals
        && perfectMask == other.perfectMask;
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, earlyDelivery, otifUnit, priceTolerance, priceDecimals, perfectMask);
  }

  @Override
  public String toString() {
    return "SevenRScorer{reference=" + reference + ", earlyDelivery=" + earlyDelivery + ", otifUnit=" + otifUnit
        + ", priceTolerance=" + priceTolerance + ", priceDecimals=" + priceDecimals + ", perfectOrderComponents=" + perfectOrderComponents + "}";
  }
}
