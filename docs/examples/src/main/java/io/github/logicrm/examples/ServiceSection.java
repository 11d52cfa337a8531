package io.github.logicrm.examples;

import static io.github.logicrm.examples.Scorecard.count;
import static io.github.logicrm.examples.Scorecard.decimal;
import static io.github.logicrm.examples.Scorecard.percent;

import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.OptionalDouble;

/** 7R, perfect order and OTIF for the book, and the customers served worst, with their receivables. */
final class ServiceSection implements Section {

  /** Customers with fewer orders are left out of the worst-served list: a rate of a few orders says little. */
  static final int MIN_ORDERS = 20;

  @Override
  public String title() {
    return "Service quality and receivables";
  }

  @Override
  public void print(Customer360Result result, PipelineConfig config, PrintStream out) {
    ServiceSummary book = result.summary().service().orElse(null);
    if (book == null) {
      out.println("No shipments with a service record.");
      return;
    }
    out.println(count(book.shipments()) + " orders: perfect order " + percent(book.perfectOrderRate())
        + " (components multiplied " + percent(book.perfectOrderRateFromComponents()) + "), OTIF "
        + percent(book.otif().rate()) + " by " + book.otif().unit() + " against the " + book.otif().reference()
        + " window");
    Table rights = new Table("right", "passed");
    for (ServiceRight right : ServiceRight.values()) {
      rights.row(right, percent(book.rate(right)));
    }
    rights.print(out);
    out.println("The " + Scorecard.ROWS + " customers with the lowest perfect-order rate (at least " + MIN_ORDERS
        + " orders):");
    Table worst = new Table("customer", "tier", "orders", "perfect order", "OTIF", "mean delivery hours",
        "overdue", "DSO days");
    for (CustomerProfile p : Scorecard.top(result,
        p -> p.service().isPresent() && p.service().get().shipments() >= MIN_ORDERS,
        Comparator.comparingDouble((CustomerProfile p) -> p.service().get().perfectOrderRate())
            .thenComparing(p -> p.customerId().value()))) {
      ServiceSummary s = p.service().get();
      worst.row(p.customerId(), p.abcTier(), count(s.shipments()), percent(s.perfectOrderRate()),
          percent(s.otif().rate()), orDash(p.meanDeliveryHours(), 1), overdueShare(p),
          orDash(p.daysSalesOutstanding(), 0));
    }
    worst.print(out);
  }

  private static String overdueShare(CustomerProfile p) {
    if (p.receivablesOutstanding().isEmpty() || p.receivablesOutstanding().getAsDouble() == 0) {
      return "-";
    }
    return percent(p.receivablesOverdue().orElse(0) / p.receivablesOutstanding().getAsDouble());
  }

  private static String orDash(OptionalDouble value, int decimals) {
    return value.isPresent() ? decimal(value.getAsDouble(), decimals) : "-";
  }
}
