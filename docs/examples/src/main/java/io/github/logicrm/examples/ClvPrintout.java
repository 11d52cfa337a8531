package io.github.logicrm.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.CashFlowProjection;
import io.github.logicrm.core.clv.CustomerClv;
import io.github.logicrm.core.clv.CustomerEquitySummary;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.EventClvLine;
import io.github.logicrm.core.clv.EventClvResult;
import io.github.logicrm.core.clv.ForecastEvent;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.MigrationClvResult;
import io.github.logicrm.core.clv.MigrationModel;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.RetentionScenario;
import io.github.logicrm.core.clv.RetentionWhatIf;
import io.github.logicrm.core.clv.ScenarioOutcome;
import io.github.logicrm.core.clv.TierEquity;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.metrics.clv.CustomerEquity;
import io.github.logicrm.metrics.clv.EventClv;
import io.github.logicrm.metrics.clv.MigrationClv;
import io.github.logicrm.metrics.clv.RetentionClv;
import io.github.logicrm.metrics.clv.RetentionEconomics;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lifetime value of the sample book: retention CLV per customer, customer equity per tier, a retention what-if,
 * a migration model over recency classes and one shipper's event-projection profit-and-loss account.
 *
 * <p>The made-up inputs are in {@code sample/clv-projections.json} (a yearly margin, growth, retention rate and
 * retention spend per customer not lost; prospects also carry an acquisition cost), {@code clv-tiers.json},
 * {@code clv-migration.json} and {@code clv-events.json}.
 *
 * <p>A worked example of the guide on made-up per-area data, not the Customer 360 sample book; run it with
 * {@code ./mvnw -B -q -Pscorecard -DskipTests verify -pl docs/examples -am
 * -Dexample.main=io.github.logicrm.examples.ClvPrintout}.
 */
public final class ClvPrintout {

  /** The provider's cost of capital. */
  static final DiscountRate RATE = DiscountRate.yearly(0.10);

  /** The customer whose forecast events are projected. */
  static final CustomerId EVENT_CUSTOMER = CustomerId.of("C-010");

  private ClvPrintout() {}

  /**
   * Prints the worked example to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(SampleData.load(), System.out);
  }

  /**
   * Prints the worked example.
   *
   * @param data the sample data
   * @param out where to print
   */
  static void print(SampleData data, PrintStream out) {
    Map<String, CashFlowProjection> projections =
        data.read("clv-projections.json", new TypeReference<Map<String, CashFlowProjection>>() {});
    Map<String, ValueTier> tiers = data.read("clv-tiers.json", new TypeReference<Map<String, ValueTier>>() {});
    List<CustomerClv> current = printRetention(data, projections, tiers, out);
    printEquity(current, out);
    printWhatIf(data, projections, out);
    printMigration(data.read("clv-migration.json", new TypeReference<MigrationModel>() {}), out);
    printEvents(data.read("clv-events.json", new TypeReference<List<ForecastEvent>>() {}), out);
  }

  private static List<CustomerClv> printRetention(
      SampleData data, Map<String, CashFlowProjection> projections, Map<String, ValueTier> tiers, PrintStream out) {
    out.println("Retention (lost-for-good) CLV at 10% a year, infinite horizon, "
        + "margin at the start of each year;");
    out.println("prospects valued as if won (net of acquisition cost); lost customers count for nothing.");
    Table table = new Table("id", "name", "status", "tier", "margin/y", "growth", "retention", "E[years]", "CLV");
    List<CustomerClv> current = new ArrayList<>();
    for (Customer c : data.book().customers()) {
      CashFlowProjection p = projections.get(c.id().value());
      if (p == null) {
        table.row(c.id(), c.name(), c.status(), "-", "-", "-", "-", "-", "-");
        continue;
      }
      RetentionClvResult clv = RetentionClv.of(p, RATE, Horizon.infinite());
      ValueTier tier = tiers.get(c.id().value());
      String years = clv.expectedPeriods().isPresent()
          ? String.format("%.2f", clv.expectedPeriods().getAsDouble()) : "unbounded";
      table.row(c.id(), c.name(), c.status(), tier, money(p.margin(p.margins().size() - 1)),
          percent(p.marginGrowth()), percent(p.retention(0)), years, money(clv.clv()));
      if (c.status().isCurrent()) {
        current.add(CustomerClv.of(c.id(), tier, clv.clv()));
      }
    }
    table.print(out);
    return current;
  }

  private static void printEquity(List<CustomerClv> current, PrintStream out) {
    CustomerEquitySummary equity = CustomerEquity.of(current);
    out.println();
    out.printf("Customer equity of the %d current customers: %s%n", equity.customers(), money(equity.equity()));
    Table table = new Table("tier", "customers", "equity", "share");
    for (TierEquity t : equity.tiers()) {
      String share = t.share().isPresent() ? percent(t.share().getAsDouble()) : "-";
      table.row(t.tier(), t.customers(), money(t.equity()), share);
    }
    table.print(out);
  }

  private static void printWhatIf(SampleData data, Map<String, CashFlowProjection> projections, PrintStream out) {
    RetentionScenario base = bookScenario(data, projections);
    RetentionScenario better = RetentionScenario.builder().from(base)
        .retentionRate(Math.min(1, base.retentionRate() + 0.05)).build();
    RetentionScenario cheaperToWin = RetentionScenario.builder().from(base)
        .acquisitionCost(base.acquisitionCost() * 0.7).build();
    out.println();
    out.printf("Retention economics of the current book as one average customer: %d customers, margin %s/y, "
        + "retention %s, keeping one costs %s/y, winning one %s (7x).%n", base.customers(), money(base.margin()),
        percent(base.retentionRate()), money(base.retentionSpend()), money(base.acquisitionCost()));
    Table table = new Table("scenario", "retention", "CLV/customer", "equity", "profit/y (steady)", "d equity",
        "d profit");
    ScenarioOutcome b = RetentionEconomics.value(base);
    table.row("today", percent(base.retentionRate()), money(b.customerValue()), money(b.equity()),
        money(b.steadyStateProfit()), "-", "-");
    whatIfRow(table, "retention +5 points", RetentionEconomics.compare(base, better));
    whatIfRow(table, "acquisition cost -30%", RetentionEconomics.compare(base, cheaperToWin));
    table.print(out);
  }

  private static void whatIfRow(Table table, String name, RetentionWhatIf w) {
    ScenarioOutcome a = w.alternative();
    table.row(name, percent(a.scenario().retentionRate()), money(a.customerValue()), money(a.equity()),
        money(a.steadyStateProfit()), percent(w.relativeEquityChange().orElse(0)),
        percent(w.relativeProfitChange().orElse(0)));
  }

  /** The current customers as one average customer: mean margin and spend, margin-weighted retention. */
  static RetentionScenario bookScenario(SampleData data, Map<String, CashFlowProjection> projections) {
    int n = 0;
    double margin = 0;
    double spend = 0;
    double weightedRetention = 0;
    for (Customer c : data.book().customers()) {
      CashFlowProjection p = projections.get(c.id().value());
      if (p != null && c.status().isCurrent()) {
        n++;
        margin += p.margin(0);
        spend += p.retentionSpend();
        weightedRetention += p.margin(0) * p.retention(0);
      }
    }
    return RetentionScenario.builder().customers(n).period(CashFlowPeriod.YEAR).margin(margin / n)
        .retentionRate(Math.round(weightedRetention / margin * 100) / 100.0).retentionSpend(spend / n)
        .acquisitionCost(7 * spend / n).discountRate(RATE).build();
  }

  private static void printMigration(MigrationModel model, PrintStream out) {
    out.println();
    out.println("Migration (always-a-share) model for spot shippers, quarterly recency classes "
        + "(R1 = shipped this quarter), 10% a year:");
    MigrationClvResult infinite = MigrationClv.of(model, RATE, Horizon.infinite());
    MigrationClvResult twoYears = MigrationClv.of(model, RATE, Horizon.finite(8));
    Table table = new Table("state", "reward/quarter", "V (8 quarters)", "V (infinite)");
    for (int i = 0; i < model.states().size(); i++) {
      table.row(model.states().get(i), money(model.rewards().get(i)), money(twoYears.values().get(i)),
          money(infinite.values().get(i)));
    }
    table.print(out);
  }

  private static void printEvents(List<ForecastEvent> events, PrintStream out) {
    EventClvResult account = EventClv.of(events, SampleData.VALUATION_DATE, RATE);
    out.println();
    out.printf("Event projection for %s: the discounted profit-and-loss account at 10%% a year%n", EVENT_CUSTOMER);
    Table table = new Table("date", "event", "revenue", "cost", "p", "years", "factor", "E[profit]", "PV");
    for (EventClvLine l : account.lines()) {
      ForecastEvent e = l.event();
      table.row(e.date(), e.description(), money(e.revenue()), money(e.cost()),
          String.format("%.2f", e.probability()), String.format("%.3f", l.periodsAhead()),
          String.format("%.4f", l.discountFactor()), money(l.expectedProfit()), money(l.presentValue()));
    }
    table.row("expected", "total, probability-weighted", money(account.expectedRevenue()),
        money(account.expectedCost()), "", "", "",
        money(account.expectedRevenue() - account.expectedCost()), money(account.clv()));
    table.print(out);
  }

  private static String money(double value) {
    return String.format("%,.0f", value);
  }

  private static String percent(double fraction) {
    return String.format("%.1f%%", 100 * fraction);
  }
}
