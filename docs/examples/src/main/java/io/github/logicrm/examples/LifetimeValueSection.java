package io.github.logicrm.examples;

import static io.github.logicrm.examples.Scorecard.decimal;
import static io.github.logicrm.examples.Scorecard.money;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/** The book's purchase and spend models and the customers of highest lifetime value. */
final class LifetimeValueSection implements Section {

  @Override
  public String title() {
    return "Lifetime value";
  }

  @Override
  public void print(Customer360Result result, PipelineConfig config, PrintStream out) {
    out.println("Purchase model " + describe(result.summary().purchaseFit()) + "; time in weeks");
    result.summary().spendFit().ifPresent(fit -> out.println("Spend model " + describe(fit)));
    out.println("The " + Scorecard.ROWS + " customers of highest CLV (" + config.horizonMonths() + " months, "
        + Scorecard.percent(config.annualDiscountRate()) + " a year):");
    Table table = new Table("customer", "tier", "x", "t_x", "T", "P(alive)", "expected orders", "order value",
        "CLV");
    for (CustomerProfile p : Scorecard.top(result, p -> true,
        Comparator.comparingDouble(CustomerProfile::clv).reversed())) {
      table.row(p.customerId(), p.abcTier(), p.frequency(), decimal(p.recency(), 1), decimal(p.age(), 1),
          decimal(p.pAlive(), 3), decimal(p.expectedOrders(), 1), money(p.expectedOrderValue()), money(p.clv()));
    }
    table.print(out);
  }

  private static String describe(PurchaseModelFit fit) {
    return fit.model() + ": " + fit.parameters().entrySet().stream()
        .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4g", e.getValue()))
        .collect(Collectors.joining(", ")) + ", log-likelihood " + decimal(fit.logLikelihood(), 1) + ", "
        + fit.status();
  }
}
