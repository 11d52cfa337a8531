package io.github.logicrm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.report.internal.Charts;
import io.github.logicrm.report.internal.Formats;
import io.github.logicrm.report.internal.Page;
import io.github.logicrm.report.internal.Page.CustomerPage;
import io.github.logicrm.report.internal.Page.Listed;
import io.github.logicrm.report.internal.Pages;
import io.github.logicrm.report.internal.SatisfactionCharts;
import io.github.logicrm.report.internal.ServiceTrendCharts;
import io.github.logicrm.report.internal.ValidationCharts;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report of one Customer 360 result: the book at a glance, ABC, lifecycle, purchase-model diagnostics (with the
 * calibration/holdout and tracking charts when the result carries a holdout validation), CLV per tier,
 * satisfaction (the path model and the importance-performance map of the drivers of satisfaction), service (with
 * its monthly trend and per-lane rates), and the at-risk and win-back lists with a page per listed customer (with
 * its orders per month).
 *
 * <p>Each chart is a Vega-Lite specification holding its own aggregated data ({@link #charts()}), so a front end can
 * draw the same chart; {@link ReportWriter} renders the whole report as one HTML file. Charts aggregate, so their
 * size does not grow with the book; the two lists are cut at {@code maxListed} customers each (the riskiest, and
 * the lost customers to save first, by effort, then by expected gain), and the report states how many it lists of
 * how many.
 * The complete lists are in the Customer 360 table.
 *
 * <p>Immutable and thread-safe.
 */
public final class Report {

  /** Customers listed in each of the at-risk and win-back tables unless told otherwise. */
  public static final int DEFAULT_MAX_LISTED = 500;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BookSummary summary;
  private final Optional<PurchaseModelComparison> validation;
  private final Map<String, ObjectNode> charts;
  private final List<CustomerProfile> atRisk;
  private final List<CustomerProfile> winBack;
  private final int winBackTotal;
  private final Page page;

  private Report(Customer360Result result, int maxListed) {
    this.summary = result.summary();
    this.validation = result.validation();
    List<CustomerProfile> profiles = result.profiles();
    this.charts = charts(profiles, summary, validation);
    Map<CustomerId, CustomerProfile> byId = new HashMap<>(profiles.size() * 2);
    profiles.forEach(p -> byId.put(p.customerId(), p));
    this.atRisk = summary.atRisk().stream().limit(maxListed).map(byId::get).toList();
    List<CustomerProfile> lost = profiles.stream()
        .filter(p -> p.status() == CustomerStatus.LOST && p.winBack().isPresent())
        .sorted(Comparator.comparing((CustomerProfile p) -> p.winBack().get().decision())
            .thenComparingDouble(p -> -p.winBack().get().expectedGain())
            .thenComparing(CustomerProfile::customerId))
        .toList();
    this.winBackTotal = lost.size();
    this.winBack = lost.subList(0, Math.min(maxListed, lost.size()));
    this.page = buildPage(result);
  }

  /**
   * Builds the report of a result, listing up to {@link #DEFAULT_MAX_LISTED} customers in each list.
   *
   * @param result the Customer 360 result, not null
   * @return the report
   */
  public static Report of(Customer360Result result) {
    return of(result, DEFAULT_MAX_LISTED);
  }

  /**
   * Builds the report of a result.
   *
   * @param result the Customer 360 result, not null
   * @param maxListed the most customers listed (each with a page) in each of the at-risk and win-back tables,
   *     {@code >= 0}
   * @return the report
   * @throws IllegalArgumentException if {@code maxListed} is negative
   */
  public static Report of(Customer360Result result, int maxListed) {
    Objects.requireNonNull(result, "result");
    if (!(maxListed >= 0)) {
      throw new IllegalArgumentException("maxListed must be >= 0: " + maxListed);
    }
    return new Report(result, maxListed);
  }

  /**
   * Returns the book summary the report shows.
   *
   * @return the summary, not null
   */
  public BookSummary summary() {
    return summary;
  }

  /**
   * Returns every chart of the report as a Vega-Lite (v5) specification with its data inline, in page order. Each
   * call returns fresh copies, which the caller may change.
   *
   * @return chart name to specification; a chart whose data the book lacks is absent (see {@link #notShown()})
   */
  public Map<String, JsonNode> charts() {
    Map<String, JsonNode> copies = new LinkedHashMap<>();
    charts.forEach((name, spec) -> copies.put(name, spec.deepCopy()));
    return copies;
  }

  /**
   * Returns the listed at-risk customers (churn risk HIGH), riskiest first.
   *
   * @return at most {@code maxListed} profiles
   */
  public List<CustomerProfile> atRisk() {
    return atRisk;
  }

  /**
   * Returns how many customers are at risk, listed or not.
   *
   * @return the size of the book's at-risk list
   */
  public int atRiskTotal() {
    return summary.atRisk().size();
  }

  /**
   * Returns the listed win-back candidates: lost customers with their advice, by decision (save at high effort,
   * save, save at low effort, let go) and within a decision largest expected gain first (ties by id); those to let
   * go are included with their reasons.
   *
   * @return at most {@code maxListed} profiles
   */
  public List<CustomerProfile> winBack() {
    return winBack;
  }

  /**
   * Returns how many lost customers have win-back advice, listed or not.
   *
   * @return the count
   */
  public int winBackTotal() {
    return winBackTotal;
  }

  /**
   * Returns the sections of a full report that this one leaves out, with the reason: data the pipeline does not
   * produce yet, or that this book lacks.
   *
   * @return section to reason, sorted by section
   */
  public Map<String, String> notShown() {
    Map<String, String> notShown = new TreeMap<>(Pages.notShown());
    if (summary.service().isEmpty()) {
      notShown.put("Service", "the book is a purchase-only log, without shipments");
    }
    if (validation.isPresent()) {
      notShown.remove(Pages.VALIDATION);
    }
    if (summary.stageTransitions().isEmpty()) {
      notShown.put("Stage transitions", "no customer had ordered a year before the as-of date");
    }
    if (summary.surveyModel().isEmpty()) {
      notShown.put("Satisfaction path diagram and importance-performance map", summary.surveyModelNotFitted()
          .orElse(summary.csi().isPresent() ? "no satisfaction path model is configured"
              : "the book has no survey responses"));
    } else if (summary.surveyModel().get().ipma().isEmpty()) {
      notShown.put("Importance-performance map", summary.surveyModel().get().ipmaNotComputed().orElseThrow());
    }
    if (summary.service().isPresent() && summary.serviceByLane().isEmpty()) {
      notShown.put("Service per lane", "no order names a lane");
    }
    return notShown;
  }

  Page page() {
    return page;
  }

  private Page buildPage(Customer360Result result) {
    List<Listed> atRiskRows = new ArrayList<>();
    List<Listed> winBackRows = new ArrayList<>();
    Map<CustomerId, CustomerPage> pages = new LinkedHashMap<>();
    for (CustomerProfile p : atRisk) {
      atRiskRows.add(Pages.atRisk(p, anchor(p, pages, result)));
    }
    for (CustomerProfile p : winBack) {
      winBackRows.add(Pages.winBack(p, anchor(p, pages, result)));
    }
    Map<String, Boolean> drawn = new LinkedHashMap<>();
    charts.keySet().forEach(name -> drawn.put(name, Boolean.TRUE));
    List<Page.Figure> notShown = new ArrayList<>();
    notShown().forEach((section, reason) -> notShown.add(new Page.Figure(section, reason)));
    return new Page("LogiCRM report as of " + summary.asOf(), summary.asOf().toString(), Pages.glance(summary),
        Pages.statuses(summary), Pages.tiers(summary), Pages.purchaseFit(summary.purchaseFit()),
        summary.service().map(Pages::service).orElse(List.of()), Collections.unmodifiableMap(drawn), specsJson(),
        atRiskRows, listedNote(atRisk.size(), atRiskTotal(), "at risk"), winBackRows,
        listedNote(winBack.size(), winBackTotal, "lost with win-back advice"), List.copyOf(pages.values()),
        notShown, summary.surveyModel().map(SatisfactionCharts::figures).orElse(List.of()));
  }

  private String anchor(CustomerProfile p, Map<CustomerId, CustomerPage> pages, Customer360Result result) {
    CustomerPage page = pages.computeIfAbsent(p.customerId(),
        id -> Pages.customer(p, "customer-" + (pages.size() + 1), summary.horizonMonths(),
            result.orderSeries(id)));
    return page.anchor();
  }

  private static String listedNote(int listed, int total, String what) {
    return listed == total ? Formats.count(total) + " customers " + what + "."
        : Formats.count(total) + " customers " + what + "; the first " + Formats.count(listed)
            + " are listed here, all of them in the Customer 360 table.";
  }

  private String specsJson() {
    ObjectNode all = JsonNodeFactory.instance.objectNode();
    charts.forEach(all::set);
    try {
      // inside a script element: no "<" may end it early; \u003c is the same JSON string
      return MAPPER.writeValueAsString(all).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, ObjectNode> charts(List<CustomerProfile> profiles, BookSummary summary,
      Optional<PurchaseModelComparison> validation) {
    Map<String, ObjectNode> charts = new LinkedHashMap<>();
    charts.put("statuses", Charts.statuses(summary));
    charts.put("abcPareto", Charts.abcPareto(profiles, summary));
    charts.put("abcShares", Charts.abcShares(summary));
    charts.put("lifecycleStages", Charts.stages(summary));
    if (!summary.stageTransitions().isEmpty()) {
      charts.put("stageTransitions", Charts.stageTransitions(summary));
    }
    charts.put("pAliveMap", Charts.pAliveMap(profiles));
    validation.ifPresent(v -> ValidationCharts.addTo(charts, v));
    charts.put("clvByTier", Charts.clvByTier(profiles, summary));
    summary.surveyModel().ifPresent(fit -> {
      charts.put("surveyPaths", SatisfactionCharts.pathDiagram(fit));
      fit.ipma().ifPresent(map -> {
        charts.put("ipmaDrivers", SatisfactionCharts.ipma(map, false));
        charts.put("ipmaItems", SatisfactionCharts.ipma(map, true));
      });
    });
    summary.service().ifPresent(service -> {
      charts.put("serviceRates", Charts.serviceRates(service));
      charts.put("sevenR", Charts.sevenR(service));
      charts.put("sevenRFailures", Charts.sevenRFailures(service));
      if (!summary.serviceByMonth().isEmpty()) {
        charts.put("serviceByMonth", ServiceTrendCharts.byMonth(summary.serviceByMonth()));
      }
      if (!summary.serviceByLane().isEmpty()) {
        charts.put("serviceByLane", ServiceTrendCharts.byLane(summary.serviceByLane()));
      }
    });
    return charts;
  }
}
