package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.StageFlow;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.retention.RiskLevel;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.metrics.service.ServiceStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The steps of a Customer 360 run that need every customer of the book at once: the ABC tiers, the RFM quintiles,
 * the risk inherited from lost or at-risk customers one depends on, and the book summary. They work on one small
 * {@link Entry} per customer, which a {@link BookSlice} gives for its customers, so a host that scores the customers
 * on many machines runs only these steps in one place and sends each customer's {@link Rank} back to its slice.
 *
 * <p>{@link Customer360#finish(BookBuffer)} runs the same steps on the whole book as one slice. Immutable.
 */
public final class BookRanking {

  /**
   * What the book-level steps need of one customer, from its slice.
   *
   * @param customerId the customer
   * @param tierValue its value on the configured tier basis
   * @param recencyWeeks weeks from its last order day to the as-of date (the RFM recency)
   * @param orders its number of orders
   * @param revenue its revenue
   * @param clv its CLV
   * @param status its status
   * @param stage its lifecycle stage
   * @param stageYearAgo its lifecycle stage a year before the as-of date, when it had volume then
   * @param churnScore its own churn score, before inherited risk
   * @param churnLevel its own churn level, before inherited risk
   * @param consignees the customers its orders went to
   */
  public record Entry(CustomerId customerId, double tierValue, double recencyWeeks, double orders, double revenue,
      double clv, CustomerStatus status, LifecycleStage stage, Optional<LifecycleStage> stageYearAgo,
      double churnScore, RiskLevel churnLevel, Set<CustomerId> consignees) {

    /**
     * Makes an entry, copying the consignees.
     *
     * @param customerId the customer, not null
     * @param tierValue its tier value
     * @param recencyWeeks its recency in weeks
     * @param orders its orders
     * @param revenue its revenue
     * @param clv its CLV
     * @param status its status, not null
     * @param stage its stage, not null
     * @param stageYearAgo its stage a year ago, not null (may be empty)
     * @param churnScore its own churn score
     * @param churnLevel its own churn level, not null
     * @param consignees its consignees, not null
     */
    public Entry {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(stageYearAgo, "stageYearAgo");
      Objects.requireNonNull(churnLevel, "churnLevel");
      consignees = Set.copyOf(consignees);
    }

    /** Risk that customers depending on this one inherit a share of: 100 when lost, the score when HIGH. */
    double risk() {
      return stage == LifecycleStage.TERMINATED ? 100 : churnLevel == RiskLevel.HIGH ? churnScore : 0;
    }
  }

  /**
   * What the book-level steps give back for one customer.
   *
   * @param tier its ABC tier
   * @param tierValue its value on the tier basis
   * @param rfm its RFM score
   * @param inheritedRisk the largest share of a lost or at-risk dependency's risk; 0 when none
   * @param atRiskDependencies the lost or at-risk customers it depends on
   */
  public record Rank(ValueTier tier, double tierValue, RfmScore rfm, double inheritedRisk,
      List<CustomerId> atRiskDependencies) {

    /**
     * Makes a rank, copying the dependencies.
     *
     * @param tier the tier, not null
     * @param tierValue the tier value
     * @param rfm the RFM score, not null
     * @param inheritedRisk the inherited risk, {@code >= 0}
     * @param atRiskDependencies the dependencies, not null
     */
    public Rank {
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(rfm, "rfm");
      atRiskDependencies = List.copyOf(atRiskDependencies);
    }
  }

  private final PipelineConfig config;
  private final java.time.LocalDate asOf;
  private final List<Entry> entries;
  private final List<Rank> ranks;
  private final double[] tierValues;

  private BookRanking(Customer360 pipeline, List<Entry> entries, List<Rank> ranks, double[] tierValues) {
    this.config = pipeline.config();
    this.asOf = pipeline.asOf();
    this.entries = entries;
    this.ranks = ranks;
    this.tierValues = tierValues;
  }

  /**
   * Ranks a whole book.
   *
   * @param pipeline the pipeline, not null
   * @param entries one entry per customer with orders, sorted by customer id, not empty
   * @param master the customer master by customer id, not null (may be empty)
   * @return the ranking
   * @throws IllegalArgumentException if the entries are empty or not sorted by customer id
   */
  public static BookRanking of(Customer360 pipeline, List<Entry> entries, Map<CustomerId, CustomerRecord> master) {
    List<Entry> book = List.copyOf(entries);
    int n = book.size();
    if (n == 0) {
      throw new IllegalArgumentException("entries must not be empty: " + entries);
    }
    for (int i = 1; i < n; i++) {
      if (book.get(i - 1).customerId().compareTo(book.get(i).customerId()) >= 0) {
        throw new IllegalArgumentException("entries must be sorted by distinct customer id: "
            + book.get(i - 1).customerId() + " before " + book.get(i).customerId());
      }
    }
    PipelineConfig config = pipeline.config();
    double[] tierValues = book.stream().mapToDouble(Entry::tierValue).toArray();
    ValueTier[] tiers = config.abc().classify(tierValues);
    List<RfmScore> rfm = config.rfm().score(book.stream().mapToDouble(Entry::recencyWeeks).toArray(),
        book.stream().mapToDouble(Entry::orders).toArray(), book.stream().mapToDouble(Entry::revenue).toArray());
    double[] inherited = new double[n];
    List<List<CustomerId>> atRisk = linkedRisk(config, book, master, inherited);
    List<Rank> ranks = IntStream.range(0, n)
        .mapToObj(i -> new Rank(tiers[i], tierValues[i], rfm.get(i), inherited[i], atRisk.get(i))).toList();
    return new BookRanking(pipeline, book, ranks, tierValues);
  }

  /**
   * Returns the ranks, in the order of the entries.
   *
   * @return one rank per entry
   */
  public List<Rank> ranks() {
    return ranks;
  }

  /**
   * For every customer that depends on a lost or at-risk (HIGH) customer (through the master's {@code depends_on},
   * or as the consignee of its shipments), the configured share of that customer's risk: 100 for a lost customer,
   * its churn score otherwise. One step, from the customers' own figures: risk does not travel along chains.
   */
  private static List<List<CustomerId>> linkedRisk(PipelineConfig config, List<Entry> book,
      Map<CustomerId, CustomerRecord> master, double[] inherited) {
    int n = book.size();
    Map<CustomerId, Integer> index = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      index.put(book.get(i).customerId(), i);
    }
    List<Set<CustomerId>> dependsOn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CustomerRecord record = master.get(book.get(i).customerId());
      dependsOn.add(new TreeSet<>(record == null ? List.of() : record.dependsOn()));
    }
    for (int i = 0; i < n; i++) {
      for (CustomerId consignee : book.get(i).consignees()) {
        Integer j = index.get(consignee);
        if (j != null && j != i) {
          dependsOn.get(j).add(book.get(i).customerId());
        }
      }
    }
    List<List<CustomerId>> atRiskDependencies = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<CustomerId> atRisk = new ArrayList<>();
      double most = 0;
      for (CustomerId dependency : dependsOn.get(i)) {
        Integer j = index.get(dependency);
        if (j != null && book.get(j).risk() > 0) {
          atRisk.add(dependency);
          most = Math.max(most, config.linkedRiskShare() * book.get(j).risk());
        }
      }
      atRiskDependencies.add(atRisk);
      inherited[i] = most;
    }
    return atRiskDependencies;
  }

  /**
   * Returns the book summary without survey figures and without the service record per ship month and per lane:
   * the figures of a book read from orders alone, ranked from one entry per customer.
   *
   * @param fit the book's fit, not null
   * @param service the service statistics of all the book's orders, merged; empty when no order carried a service
   *     record
   * @return the book summary
   */
  public BookSummary summary(BookFit fit, Optional<ServiceStats> service) {
    return summaryBuilder(fit, service).build();
  }

  /**
   * Returns a builder holding {@link #summary(BookFit, Optional)}'s figures, for a host that adds what it reads
   * besides the orders' per-customer summaries (the service record per month and lane, {@link
   * BookBuffer#addServiceByMonthAndLane}).
   *
   * @param fit the book's fit, not null
   * @param service the service statistics of all the book's orders, merged; empty when none
   * @return the builder
   */
  public BookSummary.Builder summaryBuilder(BookFit fit, Optional<ServiceStats> service) {
    Map<CustomerStatus, Integer> statuses = new EnumMap<>(CustomerStatus.class);
    Map<LifecycleStage, Integer> stages = new EnumMap<>(LifecycleStage.class);
    Map<LifecycleStage, Map<LifecycleStage, Integer>> flows = new EnumMap<>(LifecycleStage.class);
    double equity = 0;
    long orderCount = 0;
    double revenueTotal = 0;
    List<Integer> atRisk = new ArrayList<>();
    double[] finalScore = new double[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      statuses.merge(e.status(), 1, Integer::sum);
      stages.merge(e.stage(), 1, Integer::sum);
      e.stageYearAgo().ifPresent(from -> flows.computeIfAbsent(from, k -> new EnumMap<>(LifecycleStage.class))
          .merge(e.stage(), 1, Integer::sum));
      equity += e.clv();
      orderCount += (long) e.orders();
      revenueTotal += e.revenue();
      double inherited = ranks.get(i).inheritedRisk();
      boolean raised = inherited > e.churnScore();
      finalScore[i] = raised ? inherited : e.churnScore();
      RiskLevel level = raised ? config.churn().level(inherited) : e.churnLevel();
      if (e.status() != CustomerStatus.LOST && level == RiskLevel.HIGH) {
        atRisk.add(i);
      }
    }
    List<StageFlow> transitions = new ArrayList<>();
    flows.forEach((from, to) -> to.forEach((stage, count) -> transitions.add(StageFlow.of(from, stage, count))));
    List<CustomerId> riskiest = atRisk.stream()
        .sorted(Comparator.comparingDouble((Integer i) -> -finalScore[i])
            .thenComparing(i -> entries.get(i).customerId()))
        .map(i -> entries.get(i).customerId()).toList();
    return BookSummary.builder()
        .asOf(asOf)
        .customers(entries.size())
        .orders(orderCount)
        .revenue(revenueTotal)
        .equity(equity)
        .horizonMonths(config.horizonMonths())
        .annualDiscountRate(config.annualDiscountRate())
        .statuses(statuses)
        .purchaseFit(fit.purchaseFit())
        .spendFit(fit.spendFit())
        .spendFitExcluded(fit.spendExcluded())
        .tiers(config.abc().summarize(tierValues))
        .stages(stages)
        .stageTransitions(transitions)
        .service(service.map(ServiceStats::finish))
        .atRisk(riskiest);
  }
}
