package io.github.logicrm.pipeline;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.CustomerRecord;
import io.github.logicrm.core.book.SurveyModelFit;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignals;
import io.github.logicrm.core.retention.LetGoReason;
import io.github.logicrm.core.retention.RiskLevel;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.Survey;
import io.github.logicrm.core.satisfaction.SurveyItem;
import io.github.logicrm.core.satisfaction.SurveyResponse;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.metrics.clv.GammaGamma;
import io.github.logicrm.metrics.clv.PurchaseClv;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseModel;
import io.github.logicrm.metrics.satisfaction.Ipma;
import io.github.logicrm.metrics.satisfaction.MissingAnswers;
import io.github.logicrm.metrics.satisfaction.Nps;
import io.github.logicrm.metrics.satisfaction.PlsPathModeling;
import io.github.logicrm.metrics.satisfaction.WeightedCsi;
import io.github.logicrm.metrics.service.ServiceStats;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The finishing step of a Customer 360 run over a slice of the book's customers (the whole book in one process, a
 * partition on a cluster): derives every customer's own figures from its summary with the book's fit, hands the
 * book-level steps ({@link BookRanking}) one entry per customer, and builds the profiles from their ranks. The
 * per-customer steps write into arrays by customer index, so the result is the same on one thread or many.
 */
final class BookScorer {

  private static final Logger LOG = LoggerFactory.getLogger(Customer360.class);
  private static final double WEEKS_PER_MONTH = 365.25 / 12 / 7;
  private static final int TRAILING_DAYS_12M = 365;
  private static final int RECENT_MONTHS = 3;
  private static final int BASELINE_MONTHS = 12;
  private static final int LOYAL_TENURE_MONTHS = 12;

  private final PipelineConfig config;
  private final LocalDate asOf;
  private final List<CustomerSummary> customers;
  private final int n;
  private final long lastSeriesMonth;

  // Per-customer figures, by index in customer-id order.
  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final double[] meanRepeat;
  private final double[] revenue;
  private final double[] revenue12m;
  private final double[] orders;
  private final double[] marginRate;
  private Scores scores;

  /** A slice of customers, each with at least one order day, sorted by customer id. */
  BookScorer(Customer360 pipeline, List<CustomerSummary> customers) {
    this.config = pipeline.config();
    this.asOf = pipeline.asOf();
    this.customers = customers;
    this.n = customers.size();
    YearMonth asOfMonth = YearMonth.from(asOf);
    this.lastSeriesMonth = monthIndex(asOf.equals(asOfMonth.atEndOfMonth()) ? asOfMonth : asOfMonth.minusMonths(1));
    x = new int[n];
    tx = new double[n];
    age = new double[n];
    meanRepeat = new double[n];
    revenue = new double[n];
    revenue12m = new double[n];
    orders = new double[n];
    marginRate = new double[n];
    summarizePurchases();
  }

  /** Finishes a whole book in this process: one slice, fitted and ranked here. */
  static Customer360Result finish(Customer360 pipeline, BookBuffer buffer) {
    List<CustomerSummary> withOrders = sortedWithOrders(buffer.summaries().values());
    if (withOrders.isEmpty()) {
      throw new IllegalArgumentException("book must hold at least one order on or before asOf " + pipeline.asOf()
          + ": " + buffer.customers() + " customers without orders");
    }
    BookScorer book = new BookScorer(pipeline, withOrders);
    LOG.info("Fitting {} on {} customers", pipeline.config().purchaseModel(), book.n);
    BookFit fit = book.fit();
    book.scoreOwn(fit);
    BookRanking ranking = BookRanking.of(pipeline, book.entries(), buffer.master());
    List<CustomerProfile> profiles = book.profiles(ranking.ranks(), buffer.master());
    LOG.info("Scored {} customers as of {}", book.n, pipeline.asOf());
    ServiceStats service = null;
    for (CustomerSummary s : withOrders) {
      if (s.service() != null) {
        service = service == null ? pipeline.config().service().create().merge(s.service()) : service.merge(s.service());
      }
    }
    BookSummary.Builder summary = ranking.summaryBuilder(fit, Optional.ofNullable(service));
    book.surveyFigures(summary, buffer.master());
    buffer.addServiceByMonthAndLane(summary);
    book.surveyModel(summary);
    List<CustomerId> withoutOrders = buffer.summaries().values().stream().filter(s -> s.dayCount() == 0)
        .map(CustomerSummary::customerId).sorted().toList();
    Map<CustomerId, MonthlyOrders> series = new java.util.HashMap<>(2 * book.n);
    for (int i = 0; i < book.n; i++) {
      series.put(withOrders.get(i).customerId(), book.scores.monthlyOrders[i]);
    }
    return new Customer360Result(profiles, summary.build(), buffer.recordsAfterAsOf(), withoutOrders, series,
        BookValidation.of(pipeline.config(), pipeline.asOf(), withOrders));
  }

  /** The summaries with at least one order day, sorted by customer id. */
  static List<CustomerSummary> sortedWithOrders(java.util.Collection<CustomerSummary> summaries) {
    return summaries.stream().filter(s -> s.dayCount() > 0)
        .sorted(Comparator.comparing(CustomerSummary::customerId)).toList();
  }

  private void forEachCustomer(java.util.function.IntConsumer step) {
    IntStream range = IntStream.range(0, n);
    (config.parallel() ? range.parallel() : range).forEach(step);
  }

  // ---------------------------------------------------------------- purchases and fits

  private void summarizePurchases() {
    long trailingFrom = asOf.toEpochDay() - TRAILING_DAYS_12M;
    for (int i = 0; i < n; i++) {
      CustomerSummary s = customers.get(i);
      int days = s.dayCount();
      x[i] = s.frequency();
      tx[i] = s.recency();
      age[i] = s.age();
      meanRepeat[i] = s.meanRepeatSpend();
      long total = 0;
      long trailing = 0;
      long count = 0;
      for (int d = 0; d < days; d++) {
        total += s.dayCents(d);
        count += s.dayOrders(d);
        if (s.day(d) > trailingFrom) {
          trailing += s.dayCents(d);
        }
      }
      revenue[i] = total / 100.0;
      revenue12m[i] = trailing / 100.0;
      orders[i] = count;
      marginRate[i] = s.costedRevenueCents() > 0
          ? (double) (s.costedRevenueCents() - s.costCents()) / s.costedRevenueCents()
          : config.marginRate();
    }
  }

  /** Fits the book's models on this slice as the whole book. */
  BookFit fit() {
    List<CustomerId> excluded = new ArrayList<>();
    List<Integer> buyers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (x[i] > 0 && meanRepeat[i] > 0) {
        buyers.add(i);
      } else if (x[i] > 0) {
        excluded.add(customers.get(i).customerId());
      }
    }
    int[] bx = buyers.stream().mapToInt(i -> x[i]).toArray();
    double[] btx = buyers.stream().mapToDouble(i -> tx[i]).toArray();
    double[] bage = buyers.stream().mapToDouble(i -> age[i]).toArray();
    double[] bm = buyers.stream().mapToDouble(i -> meanRepeat[i]).toArray();
    return BookFit.fit(config.purchaseModel(), PurchaseData.of(x, tx, age).compress(), buyers.isEmpty()
        ? Optional.empty() : Optional.of(PurchaseData.of(bx, btx, bage).withMeanSpend(bm)), excluded);
  }

  // ---------------------------------------------------------------- per-customer scores

  /** Per-customer results of the parallel steps, written by index. */
  private static final class Scores {
    final double[] pAlive;
    final double[] expectedOrders;
    final double[] orderValue;
    final double[] clv;
    final double[] clvIfRecovered;
    final LifecycleAssessment[] stage;
    final LifecycleAssessment[] stageYearAgo;
    final ServiceSummary[] service;
    final ChurnRisk[] churn;
    final MonthlyOrders[] monthlyOrders;

    Scores(int n) {
      pAlive = new double[n];
      expectedOrders = new double[n];
      orderValue = new double[n];
      clv = new double[n];
      clvIfRecovered = new double[n];
      stage = new LifecycleAssessment[n];
      stageYearAgo = new LifecycleAssessment[n];
      service = new ServiceSummary[n];
      churn = new ChurnRisk[n];
      monthlyOrders = new MonthlyOrders[n];
    }
  }

  /** Scores every customer's own figures with the book's fit: value, lifecycle, service and own churn risk. */
  void scoreOwn(BookFit fit) {
    scores = new Scores(n);
    PurchaseClv clv = PurchaseClv.of(config.horizonMonths(), WEEKS_PER_MONTH,
        PurchaseClv.perPeriodRate(config.annualDiscountRate(), 12));
    forEachCustomer(i -> scoreValue(i, fit, clv, scores));
    forEachCustomer(i -> scoreHistory(i, scores));
  }

  /** What the book-level steps need of each customer, after {@link #scoreOwn(BookFit)}. */
  List<BookRanking.Entry> entries() {
    List<BookRanking.Entry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CustomerSummary s = customers.get(i);
      LifecycleAssessment stage = scores.stage[i];
      entries.add(new BookRanking.Entry(s.customerId(), tierValue(i), age[i] - tx[i], orders[i], revenue[i],
          scores.clv[i], status(i, stage), stage.stage(),
          Optional.ofNullable(scores.stageYearAgo[i]).map(LifecycleAssessment::stage), scores.churn[i].score(),
          scores.churn[i].level(), s.consignees()));
    }
    return entries;
  }

  /** The profiles of this slice's customers, given their ranks in the book (in the same order). */
  List<CustomerProfile> profiles(List<BookRanking.Rank> ranks, Map<CustomerId, CustomerRecord> master) {
    if (ranks.size() != n) {
      throw new IllegalArgumentException("ranks must hold one rank per customer " + n + ": " + ranks.size());
    }
    List<CustomerProfile> profiles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BookRanking.Rank rank = ranks.get(i);
      ChurnRisk own = scores.churn[i];
      ChurnRisk churn = rank.inheritedRisk() > own.score()
          ? ChurnRisk.builder().from(own).score(rank.inheritedRisk()).level(config.churn().level(rank.inheritedRisk()))
              .build()
          : own;
      profiles.add(profile(i, rank, churn, master.get(customers.get(i).customerId())));
    }
    return profiles;
  }

  private void scoreValue(int i, BookFit fits, PurchaseClv clv, Scores scores) {
    PurchaseModel model = fits.model();
    scores.pAlive[i] = model.probabilityAlive(x[i], tx[i], age[i]);
    scores.expectedOrders[i] = model.conditionalExpectedPurchases(config.horizonMonths() * WEEKS_PER_MONTH, x[i],
        tx[i], age[i]);
    double value = orderValue(i, fits.spend());
    scores.orderValue[i] = value;
    scores.clv[i] = marginRate[i] * value * clv.discountedPurchases(model, x[i], tx[i], age[i]);
    scores.clvIfRecovered[i] = marginRate[i] * value * clv.discountedPurchases(model, x[i] + 1, age[i], age[i]);
  }

  /** Expected revenue per order day: Gamma-Gamma when fitted, else the customer's own mean. */
  private double orderValue(int i, GammaGamma spend) {
    if (spend == null) {
      return revenue[i] / (x[i] + 1);
    }
    if (x[i] == 0) {
      return spend.expectedSpend();
    }
    return meanRepeat[i] > 0 ? spend.conditionalExpectedSpend(x[i], meanRepeat[i]) : 0;
  }

  private double tierValue(int i) {
    return switch (config.tierBasis()) {
      case REVENUE_12M -> revenue12m[i];
      case MARGIN_12M -> revenue12m[i] * marginRate[i];
      case CLV -> scores.clv[i];
    };
  }

  private void scoreHistory(int i, Scores scores) {
    CustomerSummary s = customers.get(i);
    long firstMonth = monthIndex(YearMonth.from(LocalDate.ofEpochDay(s.day(0))));
    long lastMonth = Math.max(lastSeriesMonth, firstMonth);
    double[][] series = monthlySeries(s, firstMonth, lastMonth);
    int[] counts = new int[series[0].length];
    for (int k = 0; k < counts.length; k++) {
      counts[k] = (int) series[0][k];
    }
    scores.monthlyOrders[i] = MonthlyOrders.of(s.customerId(), YearMonth.of((int) (firstMonth / 12),
        (int) (firstMonth % 12) + 1), counts);
    scores.stage[i] = classify(series[0], series[1], series[0].length);
    int yearAgo = series[0].length - 12;
    if (yearAgo > 0 && hasVolume(series[0], yearAgo)) {
      scores.stageYearAgo[i] = classify(series[0], series[1], yearAgo);
    }
    ServiceStats stats = s.service();
    scores.service[i] = stats == null ? null : stats.finish(s.customerId());
    scores.churn[i] = config.churn().assess(signals(i, s, series[0], scores));
  }

  private static boolean hasVolume(double[] volumes, int length) {
    for (int k = 0; k < length; k++) {
      if (volumes[k] > 0) {
        return true;
      }
    }
    return false;
  }

  private LifecycleAssessment classify(double[] shipments, double[] revenueSeries, int length) {
    double[] volumes = Arrays.copyOf(shipments, length);
    double[] money = Arrays.copyOf(revenueSeries, length);
    return hasVolume(money, length) ? config.lifecycle().classify(volumes, money) : config.lifecycle().classify(volumes);
  }

  /** Orders and revenue per calendar month from the first order's month to the last complete month. */
  private static double[][] monthlySeries(CustomerSummary s, long firstMonth, long lastMonth) {
    int length = Math.toIntExact(lastMonth - firstMonth + 1);
    double[] volumes = new double[length];
    double[] money = new double[length];
    for (int d = 0; d < s.dayCount(); d++) {
      long month = monthIndex(YearMonth.from(LocalDate.ofEpochDay(s.day(d))));
      if (month <= lastMonth) {
        int k = (int) (month - firstMonth);
        volumes[k] += s.dayOrders(d);
        money[k] += s.dayCents(d) / 100.0;
      }
    }
    return new double[][] {volumes, money};
  }

  private ChurnSignals signals(int i, CustomerSummary s, double[] volumes, Scores scores) {
    int len = volumes.length;
    double recent = mean(volumes, Math.max(0, len - RECENT_MONTHS), len);
    int baselineEnd = Math.max(0, len - RECENT_MONTHS);
    double baseline = mean(volumes, Math.max(0, baselineEnd - BASELINE_MONTHS), baselineEnd);
    long lastDay = s.day(s.dayCount() - 1);
    ChurnSignals.Builder b = ChurnSignals.builder()
        .customerId(s.customerId())
        .baselineVolume(baseline)
        .recentVolume(recent)
        .pAlive(scores.pAlive[i])
        .outstandingReceivables(s.outstandingCents() / 100.0)
        .overdueReceivables(s.overdueCents() / 100.0);
    if (x[i] > 0) {                               // a rhythm needs two order days
      b.timeSinceLastShipment(Duration.ofDays(asOf.toEpochDay() - lastDay)).typicalInterval(Duration.ofSeconds(Math.round((lastDay - s.day(0)) * 86_400.0 / x[i])));
    }
    ServiceSummary service = scores.service[i];
    if (service != null) {
      b.recentShipments(service.shipments())
          .complaints(service.complaints())
          .meanResolutionTime(service.meanResolutionTime())
          .serviceFailureRate(1 - service.perfectOrderRate());
    } else {
      b.recentShipments(0).complaints(0);
    }
    return b.build();
  }

  private static double mean(double[] values, int from, int to) {
    if (to <= from) {
      return 0;
    }
    double sum = 0;
    for (int k = from; k < to; k++) {
      sum += values[k];
    }
    return sum / (to - from);
  }

  // ---------------------------------------------------------------- profiles and the book

  private CustomerProfile profile(int i, BookRanking.Rank rank, ChurnRisk churn, CustomerRecord master) {
    CustomerSummary s = customers.get(i);
    LifecycleAssessment stage = scores.stage[i];
    CustomerStatus status = status(i, stage);
    CustomerProfile.Builder b = CustomerProfile.builder()
        .customerId(s.customerId())
        .status(status)
        .firstOrder(LocalDate.ofEpochDay(s.day(0)))
        .lastOrder(LocalDate.ofEpochDay(s.day(s.dayCount() - 1)))
        .orders((long) orders[i])
        .revenue(revenue[i])
        .revenue12m(revenue12m[i])
        .marginRate(marginRate[i])
        .frequency(x[i])
        .recency(tx[i])
        .age(age[i])
        .pAlive(scores.pAlive[i])
        .expectedOrders(scores.expectedOrders[i])
        .expectedOrderValue(scores.orderValue[i])
        .clv(scores.clv[i])
        .abcTier(rank.tier())
        .tierValue(rank.tierValue())
        .rfm(rank.rfm())
        .lifecycle(stage)
        .service(Optional.ofNullable(scores.service[i]))
        .respondents(s.respondents())
        .atRiskDependencies(rank.atRiskDependencies());
    if (status != CustomerStatus.LOST) {
      b.churn(churn);
    }
    if (x[i] > 0) {
      b.meanRepeatSpend(meanRepeat[i]);
    }
    if (master != null) {
      b.name(master.name()).segment(master.segment());
    }
    if (scores.service[i] != null) {
      b.meanDeliveryHours(s.deliveryMillis() / 3_600_000.0 / scores.service[i].shipments());
    }
    if (s.invoices() > 0) {
      b.receivablesOutstanding(s.outstandingCents() / 100.0).receivablesOverdue(s.overdueCents() / 100.0);
      if (s.invoiced90Cents() > 0) {
        b.daysSalesOutstanding(90.0 * s.outstandingCents() / s.invoiced90Cents());
      }
    }
    csi(s.answers()).ifPresent(b::csi);
    nps(s.recommend()).ifPresent(b::nps);
    if (status == CustomerStatus.LOST || churn.level() == RiskLevel.HIGH) {
      b.winBack(winBack(i, s, rank.tier(), scores));
    }
    return b.build();
  }

  private CustomerStatus status(int i, LifecycleAssessment stage) {
    return switch (stage.stage()) {
      case TERMINATED -> CustomerStatus.LOST;
      case STABILITY -> stage.tenure() >= LOYAL_TENURE_MONTHS ? CustomerStatus.LOYAL : CustomerStatus.REPEAT;
      case EXPLORATION, FORMATION, DECLINE -> x[i] == 0 ? CustomerStatus.FIRST_TIME : CustomerStatus.REPEAT;
    };
  }

  private WinBackAdvice winBack(int i, CustomerSummary s, ValueTier tier, Scores scores) {
    Set<LetGoReason> letGo = EnumSet.noneOf(LetGoReason.class);
    if (!(marginRate[i] > 0)) {
      letGo.add(LetGoReason.UNPROFITABLE);
    }
    if (s.overdueCents() > 0 && 2 * s.overdueCents() >= s.outstandingCents()) {
      letGo.add(LetGoReason.NON_PAYING);
    }
    return config.winBack().advise(WinBackCase.builder()
        .customerId(s.customerId())
        .tier(tier)
        .clvIfRecovered(scores.clvIfRecovered[i])
        .clvIfLost(0)
        .successProbability(config.winBackSuccessProbability())
        .letGoReasons(letGo)
        .build());
  }

  private OptionalDouble csi(Map<String, double[]> answers) {
    if (answers.isEmpty()) {
      return OptionalDouble.empty();
    }
    int k = answers.size();
    double[] means = new double[k];
    int j = 0;
    for (double[] sum : answers.values()) {
      means[j++] = sum[0] / sum[1];
    }
    double[] min = new double[k];
    double[] max = new double[k];
    double[] weights = new double[k];
    Arrays.fill(min, config.surveyMin());
    Arrays.fill(max, config.surveyMax());
    Arrays.fill(weights, 1);
    return OptionalDouble.of(WeightedCsi.score(means, min, max, weights));
  }

  private static OptionalDouble nps(int[] recommend) {
    int total = Arrays.stream(recommend).sum();
    if (total == 0) {
      return OptionalDouble.empty();
    }
    double[] answers = new double[total];
    int at = 0;
    for (int r = 0; r < recommend.length; r++) {
      Arrays.fill(answers, at, at + recommend[r], r);
      at += recommend[r];
    }
    return OptionalDouble.of(Nps.score(answers));
  }

  /** Adds the survey figures of this slice, as the whole book, to the book summary. */
  void surveyFigures(BookSummary.Builder b, Map<CustomerId, CustomerRecord> masterRows) {
    Map<String, double[]> pooled = new TreeMap<>();
    Map<String, Map<String, double[]>> bySegment = new TreeMap<>();
    int[] recommend = new int[11];
    for (CustomerSummary s : customers) {
      CustomerRecord master = masterRows.get(s.customerId());
      Optional<String> segment = master == null ? Optional.empty() : master.segment();
      s.answers().forEach((item, sum) -> {
        pool(pooled, item, sum);
        segment.ifPresent(seg -> pool(bySegment.computeIfAbsent(seg, k -> new TreeMap<>()), item, sum));
      });
      for (int r = 0; r < recommend.length; r++) {
        recommend[r] += s.recommend()[r];
      }
    }
    csi(pooled).ifPresent(b::csi);
    bySegment.forEach((segment, sums) -> csi(sums).ifPresent(v -> b.putCsiBySegment(segment, v)));
    nps(recommend).ifPresent(b::nps);
  }

  private static void pool(Map<String, double[]> into, String item, double[] sum) {
    double[] total = into.computeIfAbsent(item, k -> new double[2]);
    total[0] += sum[0];
    total[1] += sum[1];
  }

  private static long monthIndex(YearMonth month) {
    return month.getYear() * 12L + month.getMonthValue() - 1;
  }

  /**
   * Fits the configured path model on the answers to its items, sorted by customer and then by content so that the
   * estimate does not depend on the order of the records, and maps the importance and performance of the drivers
   * of the target; or says why the model is not fitted.
   */
  void surveyModel(BookSummary.Builder b) {
    Optional<PathModel> configured = config.surveyModel();
    if (configured.isEmpty()) {
      return;
    }
    PathModel model = configured.get();
    List<String> items = model.items();
    Survey.Builder survey = Survey.builder();
    for (String item : items) {
      survey.addItems(SurveyItem.of(item, config.surveyMin(), config.surveyMax()));
    }
    int complete = 0;
    for (CustomerSummary s : customers) {
      for (double[] row : s.modelRows()) {
        boolean answersAll = true;
        SurveyResponse.Builder response = SurveyResponse.builder().customer(s.customerId())
            .date(LocalDate.ofEpochDay((long) row[items.size()]));
        for (int k = 0; k < items.size(); k++) {
          if (!Double.isNaN(row[k])) {
            response.putAnswers(items.get(k), row[k]);
          } else {
            answersAll = false;
          }
        }
        survey.addResponses(response.build());
        complete += answersAll ? 1 : 0;
      }
    }
    if (complete == 0) {
      boolean anyResponse = customers.stream().anyMatch(s -> s.respondents() > 0);
      b.surveyModelNotFitted(anyResponse ? "no survey response answers all " + items.size()
          + " items of the path model " + items : "the book has no survey responses");
      return;
    }
    Survey answered = survey.build();
    PlsPathModeling pls = PlsPathModeling.withDefaults().withMissingAnswers(MissingAnswers.DROP_RESPONDENT);
    PlsEstimate estimate;
    try {
      estimate = pls.estimate(model, answered);
    } catch (IllegalArgumentException e) {             // too few complete responses, a constant item, ...
      b.surveyModelNotFitted("the path model cannot be estimated on the " + complete + " complete responses: "
          + e.getMessage());
      return;
    }
    SurveyModelFit.Builder fit = SurveyModelFit.builder().model(model).target(config.surveyTarget())
        .estimate(PlsEstimate.builder().from(estimate).scores(Map.of()).build());
    if (!estimate.isConverged()) {
      fit.ipmaNotComputed("the PLS estimate did not converge in " + estimate.iterations() + " iterations");
    } else {
      try {
        fit.ipma(Ipma.withDefaults().withEstimator(pls).analyze(model, config.surveyTarget(), answered));
      } catch (IllegalArgumentException e) {           // a negative rescaled weight: the map would mislead
        fit.ipmaNotComputed(e.getMessage());
      }
    }
    b.surveyModel(fit.build());
  }
}
