package io.github.logicrm.examples;

import static io.github.logicrm.examples.Scorecard.count;
import static io.github.logicrm.examples.Scorecard.decimal;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.SurveyModelFit;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.pipeline.Customer360Result;
import io.github.logicrm.pipeline.PipelineConfig;
import java.io.PrintStream;
import java.util.Comparator;

/**
 * CSI and NPS of the book and per segment, the path model with the drivers to fix first, and the least satisfied
 * customers.
 */
final class SatisfactionSection implements Section {

  /** Customers with fewer respondents are left out of the least-satisfied list. */
  static final int MIN_RESPONDENTS = 2;

  @Override
  public String title() {
    return "Satisfaction";
  }

  @Override
  public void print(Customer360Result result, PipelineConfig config, PrintStream out) {
    BookSummary book = result.summary();
    if (book.csi().isEmpty()) {
      out.println("No survey responses.");
      return;
    }
    out.println("CSI " + decimal(book.csi().getAsDouble(), 1) + " of 100"
        + (book.nps().isPresent() ? ", NPS " + decimal(book.nps().getAsDouble(), 1) : ""));
    Table segments = new Table("segment", "CSI");
    book.csiBySegment().forEach((segment, csi) -> segments.row(segment, decimal(csi, 1)));
    segments.print(out);
    book.surveyModel().ifPresentOrElse(fit -> printModel(fit, out),
        () -> out.println("No path model: " + book.surveyModelNotFitted().orElse("none configured")));
    out.println("The " + Scorecard.ROWS + " least satisfied customers (at least " + MIN_RESPONDENTS
        + " respondents):");
    Table least = new Table("customer", "tier", "respondents", "CSI", "NPS", "stage");
    for (CustomerProfile p : Scorecard.top(result,
        p -> p.csi().isPresent() && p.respondents() >= MIN_RESPONDENTS,
        Comparator.comparingDouble((CustomerProfile p) -> p.csi().getAsDouble())
            .thenComparing(p -> p.customerId().value()))) {
      least.row(p.customerId(), p.abcTier(), count(p.respondents()), decimal(p.csi().getAsDouble(), 1),
          p.nps().isPresent() ? decimal(p.nps().getAsDouble(), 1) : "-", p.lifecycle().stage());
    }
    least.print(out);
  }

  private static void printModel(SurveyModelFit fit, PrintStream out) {
    PlsEstimate estimate = fit.estimate();
    out.println("Path model (PLS, " + count(estimate.respondents()) + " responses): R2 of " + fit.target() + " "
        + decimal(estimate.block(fit.target()).orElseThrow().rSquared().orElse(Double.NaN), 2));
    Table paths = new Table("path", "coefficient");
    for (PathEstimate p : estimate.paths()) {
      paths.row(p.from() + " -> " + p.to(), decimal(p.coefficient(), 3));
    }
    paths.print(out);
    fit.ipma().ifPresent(map -> {
      out.println("What to fix first for " + map.target() + " (performance " + decimal(map.targetPerformance(), 1)
          + " of 100): drivers by importance; fix first those of high importance and low performance");
      Table drivers = new Table("driver", "importance", "performance");
      map.constructs().stream().sorted(Comparator.comparingDouble(IpmaPoint::importance).reversed())
          .forEach(d -> drivers.row(d.name(), decimal(d.importance(), 3), decimal(d.performance(), 1)));
      drivers.print(out);
    });
  }
}
