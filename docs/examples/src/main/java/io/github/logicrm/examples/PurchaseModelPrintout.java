package io.github.logicrm.examples;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.metrics.clv.GammaGamma;
import io.github.logicrm.metrics.clv.PurchaseClv;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseLogSummarizer;
import io.github.logicrm.metrics.clv.PurchaseModel;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Probabilistic lifetime value from the sample shipment log: BG/NBD for who is still shipping and how often,
 * Gamma-Gamma for how much, and a 12-month discounted CLV per customer.
 *
 * <p>A worked example of the guide on made-up per-area data, not the Customer 360 sample book; run it with
 * {@code ./mvnw -B -q -Pscorecard -DskipTests verify -pl docs/examples -am
 * -Dexample.main=io.github.logicrm.examples.PurchaseModelPrintout}.
 */
public final class PurchaseModelPrintout {

  /** Annual discount rate of the example. */
  static final double ANNUAL_RATE = 0.10;

  private PurchaseModelPrintout() {}

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
    // 1. Stream the shipment log into one summary per customer, in weeks, same-day shipments merged.
    PurchaseLogSummarizer.Accumulator log =
        PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, SampleData.VALUATION_DATE).create();
    readShipments(log);                                   // log.add(customerId, date, amount) per row
    List<PurchaseSummary> summaries = log.finish();
    PurchaseData history = PurchaseData.from(summaries);

    // 2. Fit the purchase model and the spend model; a fit is a value that can be stored as JSON.
    PurchaseModelFitter fitter = PurchaseModelFitter.withDefaults();
    PurchaseModelFit purchaseFit = fitter.fitBgNbd(history);
    PurchaseModelFit spendFit = fitter.fitGammaGamma(history);
    PurchaseModel purchases = PurchaseModel.from(purchaseFit);
    // With few customers who each ship often, the spend model's p is barely identified (a customer's mean
    // over 50+ shipments hardly varies); the fit says so in its status. Then use the observed means.
    GammaGamma spend = spendFit.isConverged() && spendFit.parameters().get("q") > 1
        ? GammaGamma.from(spendFit) : null;
    double bookMean = meanRepeatSpend(summaries);

    // 3. 12 monthly discount periods of 52/12 weeks each, 10% a year compounded monthly.
    PurchaseClv clv = PurchaseClv.of(12, 52.0 / 12, PurchaseClv.perPeriodRate(ANNUAL_RATE, 12));

    out.printf("%d shipments of %d customers, weeks, calibration up to %s%n", log.rows(), log.customers(),
        SampleData.VALUATION_DATE);
    out.println(describe(purchaseFit));
    out.println(describe(spendFit));
    if (spend == null) {
      out.printf("spend model not used (%s): expected spend = own mean repeat spend, or the book's %s%n",
          spendFit.status(), fmt("%.0f", bookMean));
    }
    Map<CustomerId, PurchaseSummary> byId = new HashMap<>();
    summaries.forEach(s -> byId.put(s.customerId(), s));
    Table table = new Table("id", "name", "x", "t_x (w)", "T (w)", "P(alive)", "E[ship 52w]", "E[spend]",
        "CLV 12m");
    double equity = 0;
    for (Customer c : data.book().customers()) {
      PurchaseSummary s = byId.get(c.id());
      if (s == null) {
        table.row(c.id(), c.name(), "-", "-", "-", "-", "-", "-", "-");
        continue;
      }
      int x = s.frequency();
      double m = s.meanRepeatSpend().orElse(0);
      double expectedSpend = spend != null ? spend.conditionalExpectedSpend(x, m) : x > 0 ? m : bookMean;
      double value = clv.value(purchases, expectedSpend, x, s.recency(), s.age());
      equity += value;
      table.row(c.id(), c.name(), x, fmt("%.1f", s.recency()), fmt("%.1f", s.age()),
          fmt("%.3f", purchases.probabilityAlive(x, s.recency(), s.age())),
          fmt("%.1f", purchases.conditionalExpectedPurchases(52, x, s.recency(), s.age())),
          fmt("%.0f", expectedSpend), fmt("%.0f", value));
    }
    table.print(out);
    out.printf("12-month revenue CLV of the book, discounted at %.0f%% a year: %s%n", ANNUAL_RATE * 100,
        fmt("%,.0f", equity));
  }

  private static double meanRepeatSpend(List<PurchaseSummary> summaries) {
    return summaries.stream().filter(s -> s.frequency() > 0)
        .mapToDouble(s -> s.meanRepeatSpend().getAsDouble()).average().orElse(0);
  }

  private static String describe(PurchaseModelFit fit) {
    StringBuilder text = new StringBuilder(fit.model().toString()).append(':');
    for (Entry<String, Double> p : fit.parameters().entrySet()) {
      text.append(' ').append(p.getKey()).append(' ').append(fmt("%.4g", p.getValue()));
      Double se = fit.standardErrors().get(p.getKey());
      if (se != null) {
        text.append(" (se ").append(fmt("%.2g", se)).append(')');
      }
    }
    return text.append(", LL ").append(fmt("%.2f", fit.logLikelihood())).append(", ").append(fit.status())
        .append(" after ").append(fit.iterations()).append(" iterations").toString();
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }

  /** Reads {@code sample/shipments.csv} (customerId,date,amount) row by row into the summarizer. */
  private static void readShipments(PurchaseLogSummarizer.Accumulator log) {
    readShipments(log::add);
  }

  /** One row of the shipment log. */
  interface ShipmentRow {
    void accept(String customerId, LocalDate date, double amount);
  }

  /** Reads {@code sample/shipments.csv} (customerId,date,amount) row by row. */
  static void readShipments(ShipmentRow row) {
    try (InputStream in = SampleData.class.getResourceAsStream("/sample/shipments.csv")) {
      if (in == null) {
        throw new IOException("sample resource not found: shipments.csv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(",");
        row.accept(f[0], LocalDate.parse(f[1]), Double.parseDouble(f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample/shipments.csv", e);
    }
  }
}
