package io.github.logicrm.examples;

import static io.github.logicrm.examples.Scorecard.count;
import static io.github.logicrm.examples.Scorecard.money;
import static io.github.logicrm.examples.Scorecard.percent;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import java.io.PrintStream;

/** The book at a glance: customers by status, orders, revenue, equity and the ABC tiers every section uses. */
final class CustomerBookSection implements Section {

  @Override
  public String title() {
    return "Customer book";
  }

  @Override
  public void print(Customer360Result result, PipelineConfig config, PrintStream out) {
    BookSummary book = result.summary();
    out.println(count(book.customers()) + " customers, " + count(book.orders()) + " orders, revenue "
        + money(book.revenue()));
    Table statuses = new Table("status", "customers");
    book.statuses().forEach((status, n) -> statuses.row(status, count(n)));
    statuses.print(out);
    out.println("Customer equity " + money(book.equity()) + ": the sum of the customers' CLV over "
        + book.horizonMonths() + " months at " + percent(book.annualDiscountRate()) + " a year");
    out.println("ABC tiers on " + config.tierBasis() + ", the one value basis every section uses:");
    Table tiers = new Table("tier", "customers", "share", "value", "value share");
    for (TierSummary t : book.tiers()) {
      tiers.row(t.tier(), count(t.customers()), percent(t.customerShare()), money(t.value()),
          percent(t.valueShare()));
    }
    tiers.print(out);
  }
}
