package io.github.logicrm.cli;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.LoadReport;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.service.ServiceRight;
import io.github.logicrm.core.service.ServiceSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the book summary and the load reports for people: thousands separators, stated units, one idea a line. */
final class SummaryPrinter {

  private final PrintWriter out;

  SummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(BookSummary book, List<LoadReport> loads) {
    line("Customer book as of %s", book.asOf());
    line("  customers %,d  orders %,d  revenue %s", book.customers(), book.orders(), money(book.revenue()));
    line("  by status: %s", counts(book.statuses()));
    line("  customer equity %s (CLV over %d months at %.1f%% a year)", money(book.equity()), book.horizonMonths(),
        100 * book.annualDiscountRate());
    fit("purchase model", book.purchaseFit());
    book.spendFit().ifPresent(f -> fit("spend model", f));
    if (!book.spendFitExcluded().isEmpty()) {
      line("  left out of the spend fit (repeat orders without revenue): %,d customers", book.spendFitExcluded().size());
    }
    line("ABC tiers");
    for (TierSummary t : book.tiers()) {
      line("  %-9s %,7d customers (%5.1f%%)  %s (%5.1f%% of value)", t.tier(), t.customers(),
          100 * t.customerShare(), money(t.value()), 100 * t.valueShare());
    }
    line("Lifecycle stages: %s", counts(book.stages()));
    book.service().ifPresent(this::service);
    book.csi().ifPresent(v -> line("Satisfaction: CSI %.1f of 100%s", v, book.nps().isPresent()
        ? String.format(Locale.ROOT, ", NPS %+.1f", book.nps().getAsDouble()) : ""));
    if (!book.csiBySegment().isEmpty()) {
      line("  CSI by segment: %s", book.csiBySegment().entrySet().stream()
          .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue()))
          .collect(Collectors.joining(", ")));
    }
    line("At risk (HIGH churn risk): %,d customers%s", book.atRisk().size(), book.atRisk().isEmpty() ? ""
        : ", riskiest " + book.atRisk().stream().limit(5).map(Object::toString).collect(Collectors.joining(", ")));
    for (LoadReport r : loads) {
      line("Loaded %s: %,d rows read, %,d accepted, %,d rejected%s", r.source(), r.rowsRead(), r.rowsAccepted(),
          r.rowsRejected(), r.rejectedByReason().isEmpty() ? "" : " " + r.rejectedByReason());
      if (!r.unusedColumns().isEmpty()) {
        line("  unused columns: %s", String.join(", ", r.unusedColumns()));
      }
    }
    out.flush();
  }

  private void service(ServiceSummary s) {
    line("Service over %,d orders: perfect order %.1f%% (components multiplied %.1f%%), OTIF %.1f%% (%s: by %s,"
        + " against the %s window, early %s)", s.shipments(), 100 * s.perfectOrderRate(),
        100 * s.perfectOrderRateFromComponents(), 100 * s.otif().rate(),
        s.otif().profile().map(Enum::name).orElse("custom rules"), s.otif().unit(), s.otif().reference(),
        s.otif().earlyDelivery());
    line("  per right: %s", java.util.Arrays.stream(ServiceRight.values())
        .map(r -> r + String.format(Locale.ROOT, " %.1f%%", 100 * s.rate(r))).collect(Collectors.joining(", ")));
  }

  private void fit(String what, PurchaseModelFit fit) {
    line("  %s %s: %s, log-likelihood %,.1f, %s after %d iterations", what, fit.model(),
        fit.parameters().entrySet().stream()
            .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4g", e.getValue()))
            .collect(Collectors.joining(", ")), fit.logLikelihood(), fit.status(), fit.iterations());
  }

  private static String counts(Map<?, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
        .collect(Collectors.joining(", "));
  }

  static String money(double amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }

  private void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }
}
