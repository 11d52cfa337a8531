package io.github.logicrm.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.ChurnSignals;
import io.github.logicrm.core.retention.RiskLevel;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.service.OtifProfile;
import io.github.logicrm.core.service.OtifResult;
import io.github.logicrm.core.service.OtifUnit;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.core.service.Shipment;
import io.github.logicrm.metrics.retention.ChurnWarning;
import io.github.logicrm.metrics.retention.WinBackAdvisor;
import io.github.logicrm.metrics.service.SevenRScorer;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Service quality and retention: each customer's perfect-order rate over the year (per order and as the SCOR
 * product), OTIF, churn risk from the last quarter against the nine months before (not for customers already lost),
 * and the win-back advice for lost customers and those at high churn risk.
 */
final class ServiceRetentionSection implements Section {

  /** Start of the year of shipments. */
  static final Instant YEAR_START = SampleServiceData.FIRST_DAY.atStartOfDay(SampleServiceData.SITE_ZONE).toInstant();
  /** Start of the recent quarter (the last three months before the valuation date). */
  static final Instant QUARTER_START =
      SampleServiceData.FIRST_DAY.plusMonths(9).atStartOfDay(SampleServiceData.SITE_ZONE).toInstant();
  /** End of the history, exclusive: the day after the valuation date. */
  static final Instant END =
      SampleData.VALUATION_DATE.plusDays(1).atStartOfDay(SampleServiceData.SITE_ZONE).toInstant();

  @Override
  public String title() {
    return "Service quality and retention";
  }

  @Override
  public void print(SampleData data, PrintStream out) {
    List<Shipment> shipments = data.read("shipments.json", new TypeReference<List<Shipment>>() {});
    Map<CustomerId, WinBackCase> cases = data.read("win-back-cases.json", new TypeReference<List<WinBackCase>>() {})
        .stream().collect(Collectors.toMap(WinBackCase::customerId, Function.identity()));
    Map<String, Map<String, Double>> receivables =
        data.read("receivables.json", new TypeReference<Map<String, Map<String, Double>>>() {});

    SevenRScorer scorer = SevenRScorer.withDefaults();
    SortedMap<CustomerId, ServiceSummary> year = scorer.summarizeByCustomer(shipments, YEAR_START, END);
    SortedMap<CustomerId, ServiceSummary> baseline = scorer.summarizeByCustomer(shipments, YEAR_START, QUARTER_START);
    SortedMap<CustomerId, ServiceSummary> quarter = scorer.summarizeByCustomer(shipments, QUARTER_START, END);
    ChurnWarning warning = ChurnWarning.withDefaults();
    WinBackAdvisor advisor = WinBackAdvisor.withDefaults();

    Map<CustomerId, List<Instant>> deliveries = shipments.stream().collect(Collectors.groupingBy(
        Shipment::customerId, Collectors.mapping(Shipment::deliveredAt, Collectors.toList())));
    ServiceSummary all = scorer.summarize(shipments);
    out.printf(Locale.ROOT, "%d shipments; perfect orders %s per order, %s as the product of component rates;"
        + " OTIF (committed window) by order %s, by line %s, by unit %s%n", all.shipments(),
        pct(all.perfectOrderRate()), pct(all.perfectOrderRateFromComponents()), pct(all.otif().rate()),
        pct(scorer.withOtifUnit(OtifUnit.LINE).summarize(shipments).otif().rate()),
        pct(scorer.withOtifUnit(OtifUnit.UNIT).summarize(shipments).otif().rate()));
    OtifResult retail = scorer.withProfile(OtifProfile.RETAILER).summarize(shipments).otif();
    OtifResult scor = scorer.withProfile(OtifProfile.SCOR_PERFECT_ORDER).summarize(shipments).otif();
    out.printf(Locale.ROOT, "OTIF by profile: %s (default) %s, %s %s against a target of %s, %s %s%n",
        all.otif().profile().orElseThrow(), pct(all.otif().rate()), retail.profile().orElseThrow(),
        pct(retail.rate()), pct(retail.target().orElseThrow()), scor.profile().orElseThrow(), pct(scor.rate()));
    out.println("7R pass rates: " + Arrays.stream(ServiceRight.values())
        .map(r -> r.name().toLowerCase(Locale.ROOT) + " " + pct(all.rate(r))).collect(Collectors.joining(", "))
        + "; all seven " + pct(all.allRightRate()));
    out.println("Churn risk: last quarter against the nine months before, days since the last shipment against the"
        + " customer's median gap; P(alive) not given (no fitted model).");

    Table table = new Table("id", "status", "tier", "shipments", "perfect", "SCOR product", "OTIF", "risk", "level",
        "signals fired", "win-back", "spend cap");
    List<String> why = new ArrayList<>();
    for (Customer c : data.book().customers()) {
      Optional<ServiceSummary> s = Optional.ofNullable(year.get(c.id()));
      if (s.isEmpty()) {
        table.row(c.id(), c.status(), "-", 0, "-", "-", "-", "-", "-", "-", "-", "-");
        continue;
      }
      // a lost customer has already churned: no risk score, only the win-back question
      Optional<ChurnRisk> risk = c.status() == CustomerStatus.LOST ? Optional.empty()
          : Optional.of(warning.assess(signals(c.id(), baseline.get(c.id()), quarter.get(c.id()),
              receivables.get(c.id().value()), deliveries.get(c.id()))));
      WinBackCase winBackCase = cases.get(c.id());
      Optional<WinBackAdvice> advice = risk.isEmpty() || risk.get().level() == RiskLevel.HIGH
          ? Optional.of(advisor.advise(winBackCase)) : Optional.empty();
      advice.ifPresent(a -> why.add(c.id() + " " + a.decision() + ": " + a.reasons().get(a.reasons().size() - 1)));
      table.row(c.id(), c.status(), winBackCase.tier(), s.get().shipments(), pct(s.get().perfectOrderRate()),
          pct(s.get().perfectOrderRateFromComponents()), pct(s.get().otif().rate()),
          risk.map(r -> String.format(Locale.ROOT, "%.1f", r.score())).orElse("-"),
          risk.map(r -> r.level().toString()).orElse("-"), risk.map(ServiceRetentionSection::fired).orElse("-"),
          advice.map(a -> a.decision().toString()).orElse("-"),
          advice.map(a -> String.format(Locale.ROOT, "%.0f", a.spendCap())).orElse("-"));
    }
    table.print(out);
    out.println("Win-back advice (lost customers and those at HIGH churn risk), the deciding reason:");
    why.forEach(line -> out.println("  " + line));
  }

  /**
   * Churn signals of one customer: days since its last delivery against its median gap between deliveries, volumes
   * per month, the quarter's shipments, complaints and failures, receivables.
   */
  static ChurnSignals signals(CustomerId id, ServiceSummary baseline, ServiceSummary quarter,
      Map<String, Double> receivables, List<Instant> deliveries) {
    ChurnSignals.Builder b = ChurnSignals.builder()
        .customerId(id)
        .baselineVolume(baseline == null ? 0 : baseline.shipments() / 9.0)
        .recentVolume(quarter == null ? 0 : quarter.shipments() / 3.0)
        .recentShipments(quarter == null ? 0 : quarter.shipments())
        .complaints(quarter == null ? 0 : quarter.complaints())
        .outstandingReceivables(receivables.get("outstanding"))
        .overdueReceivables(receivables.get("overdue"));
    List<Instant> sorted = deliveries.stream().filter(d -> d.isBefore(END)).sorted().collect(Collectors.toList());
    if (sorted.size() >= 3) {
      List<Duration> gaps = new ArrayList<>();
      for (int i = 1; i < sorted.size(); i++) {
        gaps.add(Duration.between(sorted.get(i - 1), sorted.get(i)));
      }
      gaps.sort(null);
      Duration median = gaps.get(gaps.size() / 2);
      if (!median.isZero()) {
        b.timeSinceLastShipment(Duration.between(sorted.get(sorted.size() - 1), END)).typicalInterval(median);
      }
    }
    if (quarter != null) {
      b.meanResolutionTime(quarter.meanResolutionTime());
      b.serviceFailureRate(1 - quarter.perfectOrderRate());
    }
    return b.build();
  }

  private static String fired(ChurnRisk risk) {
    List<ChurnSignal> fired = risk.fired();
    if (fired.isEmpty()) {
      return "-";
    }
    return fired.stream().map(f -> f.kind().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
  }

  private static String pct(double rate) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * rate);
  }
}
