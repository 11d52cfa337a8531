package io.github.logicrm.report.internal;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.pipeline.MonthlyOrders;
import io.github.logicrm.report.internal.Page.CustomerPage;
import io.github.logicrm.report.internal.Page.Figure;
import io.github.logicrm.report.internal.Page.Listed;
import io.github.logicrm.report.internal.Page.Signal;
import io.github.logicrm.report.internal.Page.TierRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

/** Formats a book summary and the listed customers' profiles into the template's {@link Page}. */
public final class Pages {

  /** The sort value of a lost customer's churn risk, who has no churn score: a loss already certain. */
  private static final double LOST_RISK = 100;


  private Pages() {}

  /**
   * Figures of the book at a glance.
   *
   * @param summary the book summary, not null
   * @return the figures
   */
  public static List<Figure> glance(BookSummary summary) {
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("As of", summary.asOf().toString()));
    figures.add(new Figure("Customers with orders", Formats.count(summary.customers())));
    figures.add(new Figure("Orders", Formats.count(summary.orders())));
    figures.add(new Figure("Revenue (book currency)", Formats.money(summary.revenue())));
    figures.add(new Figure(String.format(Locale.ROOT, "Customer equity (book currency; CLV over %d months at %s a "
        + "year)", summary.horizonMonths(), Formats.percent(summary.annualDiscountRate())),
        Formats.money(summary.equity())));
    figures.add(new Figure("At risk (churn risk HIGH)", Formats.count(summary.atRisk().size())));
    summary.service().ifPresent(s -> {
      figures.add(new Figure("Perfect order rate (per order)", Formats.percent(s.perfectOrderRate())));
      figures.add(new Figure("OTIF (by " + unit(s) + ")", Formats.percent(s.otif().rate())));
    });
    if (summary.csi().isPresent()) {
      figures.add(new Figure("CSI (0-100)", Formats.decimal(summary.csi(), 1)));
    }
    if (summary.nps().isPresent()) {
      figures.add(new Figure("NPS (-100 to 100)", Formats.decimal(summary.nps(), 1)));
    }
    return figures;
  }

  /**
   * Customers by status, every status the book has.
   *
   * @param summary the book summary, not null
   * @return one figure per status
   */
  public static List<Figure> statuses(BookSummary summary) {
    List<Figure> figures = new ArrayList<>();
    for (CustomerStatus status : CustomerStatus.values()) {
      Integer n = summary.statuses().get(status);
      if (n != null) {
        figures.add(new Figure(status.name(), Formats.count(n)));
      }
    }
    return figures;
  }

  /**
   * The ABC tier table.
   *
   * @param summary the book summary, not null
   * @return one row per tier, KEY first
   */
  public static List<TierRow> tiers(BookSummary summary) {
    return summary.tiers().stream().map((TierSummary t) -> new TierRow(t.tier().name(), Formats.count(t.customers()),
        Formats.percent(t.customerShare()), Formats.money(t.value()), Formats.percent(t.valueShare()))).toList();
  }

  /**
   * The purchase model's figures: model, parameters, log-likelihood, iterations, status.
   *
   * @param fit the fit, not null
   * @return the figures
   */
  public static List<Figure> purchaseFit(PurchaseModelFit fit) {
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Model", fit.model().name()));
    fit.parameters().forEach((name, value) -> figures.add(new Figure(name, Formats.decimal(value, 4))));
    figures.add(new Figure("Log-likelihood", Formats.decimal(fit.logLikelihood(), 1)));
    figures.add(new Figure("Iterations", Formats.count(fit.iterations())));
    figures.add(new Figure("Status", fit.status().name()));
    return figures;
  }

  /**
   * The book-wide service figures.
   *
   * @param service the service record, not null
   * @return the figures
   */
  public static List<Figure> service(ServiceSummary service) {
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Shipments", Formats.count(service.shipments())));
    for (ServiceRight right : ServiceRight.values()) {
      figures.add(new Figure("Right " + right.name(), Formats.percent(service.rate(right))));
    }
    figures.add(new Figure("All 7 rights", Formats.percent(service.allRightRate())));
    figures.add(new Figure("Perfect order (per order)", Formats.percent(service.perfectOrderRate())));
    figures.add(new Figure("Perfect order (product of component rates)",
        Formats.percent(service.perfectOrderRateFromComponents())));
    figures.add(new Figure("OTIF (by " + unit(service) + ")", Formats.percent(service.otif().rate())));
    figures.add(new Figure("Complaints (resolved)", Formats.count(service.complaints()) + " ("
        + Formats.count(service.resolvedComplaints()) + ")"));
    return figures;
  }

  /**
   * A row of the at-risk table: its reasons are the churn signals that fired.
   *
   * @param p the customer's profile, not null
   * @param anchor the id of its page
   * @return the row
   */
  public static Listed atRisk(CustomerProfile p, String anchor) {
    return listed(p, anchor, p.churn().map(c -> c.signals().stream().filter(ChurnSignal::fired)
        .map(s -> s.kind().name()).collect(Collectors.joining(", "))).orElse(Formats.NONE));
  }

  /**
   * A row of the win-back table: its reasons are the win-back advice's.
   *
   * @param p the customer's profile, with win-back advice
   * @param anchor the id of its page
   * @return the row
   */
  public static Listed winBack(CustomerProfile p, String anchor) {
    return listed(p, anchor, p.winBack().map(w -> String.join("; ", w.reasons())).orElse(Formats.NONE));
  }

  private static Listed listed(CustomerProfile p, String anchor, String reasons) {
    WinBackAdvice advice = p.winBack().orElse(null);
    return new Listed(anchor, p.customerId().value(), p.name().orElse(Formats.NONE), p.abcTier().name(),
        p.abcTier().ordinal(), p.churn().map(c -> Formats.decimal(c.score(), 1)).orElse(Formats.NONE),
        p.churn().map(ChurnRisk::score).orElse(LOST_RISK), Formats.percent(p.pAlive()),
        p.pAlive(), Formats.money(p.revenue12m()), p.revenue12m(), Formats.money(p.clv()), p.clv(),
        p.lastOrder().toString(), advice == null ? Formats.NONE : advice.decision().name(),
        advice == null ? Formats.NONE : Formats.money(advice.expectedGain()),
        advice == null ? 0 : advice.expectedGain(), reasons);
  }

  /**
   * A customer's page: its figures, stage evidence, churn signals, service record and win-back advice.
   *
   * @param p the customer's profile, not null
   * @param anchor the id of the page
   * @param horizonMonths the CLV horizon
   * @param series the customer's orders per month, if the result carries them
   * @return the page
   */
  public static CustomerPage customer(CustomerProfile p, String anchor, int horizonMonths,
      Optional<MonthlyOrders> series) {
    List<Figure> figures = new ArrayList<>();
    p.segment().ifPresent(s -> figures.add(new Figure("Segment", s)));
    figures.add(new Figure("Status", p.status().name()));
    figures.add(new Figure("ABC tier", p.abcTier().name()));
    figures.add(new Figure("First and last order", p.firstOrder() + " to " + p.lastOrder()));
    figures.add(new Figure("Orders", Formats.count(p.orders())));
    figures.add(new Figure("Revenue (book currency)", Formats.money(p.revenue())));
    figures.add(new Figure("Revenue, last 12 months (book currency)", Formats.money(p.revenue12m())));
    figures.add(new Figure("Margin rate", Formats.percent(p.marginRate())));
    figures.add(new Figure("Frequency x (repeat order days)", Formats.count(p.frequency())));
    figures.add(new Figure("Recency t_x and age T (weeks)", Formats.decimal(p.recency(), 1) + " and "
        + Formats.decimal(p.age(), 1)));
    figures.add(new Figure("P(alive)", Formats.percent(p.pAlive())));
    figures.add(new Figure("Expected orders in " + horizonMonths + " months", Formats.decimal(p.expectedOrders(), 1)));
    figures.add(new Figure("Expected revenue per order (book currency)", Formats.money(p.expectedOrderValue())));
    figures.add(new Figure("CLV over " + horizonMonths + " months (book currency)", Formats.money(p.clv())));
    figures.add(new Figure("Churn risk (score 0-100)", p.churn().map(c -> c.level().name() + " ("
        + Formats.decimal(c.score(), 1) + ")").orElse("none: the customer is lost")));
    LifecycleAssessment l = p.lifecycle();
    List<Figure> lifecycle = List.of(new Figure("Stage", l.stage().name()),
        new Figure("Tenure (months)", Formats.count(l.tenure())),
        new Figure("Months since the last order", Formats.count(l.periodsSinceLastOrder())),
        new Figure("Trend (per month)", Formats.decimal(l.trend(), 3)),
        new Figure("Recent level to peak", Formats.percent(l.levelToPeak())),
        new Figure("Volatility", Formats.decimal(l.volatility(), 3)),
        new Figure("Recent level and peak (orders per month)", Formats.decimal(l.recentLevel(), 2) + " and "
            + Formats.decimal(l.peakLevel(), 2)));
    List<Signal> signals = p.churn().map(ChurnRisk::signals).orElse(List.of()).stream()
        .map(s -> new Signal(s.kind().name(),
        Formats.decimal(s.measured(), 2), Formats.decimal(s.fullAt(), 2), Formats.decimal(s.points(), 1),
        s.fired() ? "yes" : "no")).toList();
    List<Figure> service = new ArrayList<>();
    p.service().ifPresent(s -> {
      service.add(new Figure("Shipments", Formats.count(s.shipments())));
      for (ServiceRight right : ServiceRight.values()) {
        service.add(new Figure("Right " + right.name(), Formats.count(s.passed().get(right)) + " passed ("
            + Formats.percent(s.rate(right)) + ")"));
      }
      service.add(new Figure("Perfect orders", Formats.count(s.perfectOrders()) + " ("
          + Formats.percent(s.perfectOrderRate()) + ")"));
      service.add(new Figure("OTIF (by " + unit(s) + ")", Formats.percent(s.otif().rate())));
      service.add(new Figure("Complaints (resolved)", Formats.count(s.complaints()) + " ("
          + Formats.count(s.resolvedComplaints()) + ")"));
    });
    p.meanDeliveryHours().ifPresent(h -> service.add(new Figure("Mean delivery time (hours)", Formats.decimal(h, 1))));
    if (p.receivablesOutstanding().isPresent()) {
      service.add(new Figure("Receivables outstanding, overdue (book currency)",
          Formats.money(p.receivablesOutstanding()) + ", " + Formats.money(p.receivablesOverdue())));
      service.add(new Figure("DSO (days)", Formats.decimal(p.daysSalesOutstanding(), 1)));
    }
    List<Figure> winBack = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    p.winBack().ifPresent(w -> {
      winBack.add(new Figure("Decision", w.decision().name()));
      winBack.add(new Figure("Expected gain (book currency)", Formats.money(w.expectedGain())));
      winBack.add(new Figure("Spend cap (book currency)", Formats.money(w.spendCap())));
      reasons.addAll(w.reasons());
    });
    String title = p.customerId().value() + p.name().map(n -> ": " + n).orElse("");
    return new CustomerPage(anchor, p.customerId().value(), title, figures, lifecycle, signals, service, winBack,
        reasons, p.atRiskDependencies().stream().map(CustomerId::value).toList(),
        series.map(OrderSeriesSvg::of).orElse(null));
  }

  /** The section of the calibration/holdout and tracking charts, shown when the result has a holdout validation. */
  public static final String VALIDATION = "Calibration vs holdout, tracking";

  /**
   * The sections the report leaves out because the pipeline does not produce their data yet.
   *
   * @return section to reason
   */
  public static Map<String, String> notShown() {
    return Map.of(
        VALIDATION, "no holdout period was given (analyze --holdout-from, PipelineConfig.withHoldoutFrom)");
  }

  private static String unit(ServiceSummary service) {
    return service.otif().unit().name().toLowerCase(Locale.ROOT);
  }
}
