package io.github.logicrm.examples;

import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.satisfaction.AhpResult;
import io.github.logicrm.core.satisfaction.BootstrapParameter;
import io.github.logicrm.core.satisfaction.BootstrapResult;
import io.github.logicrm.core.satisfaction.CompositeInvariance;
import io.github.logicrm.core.satisfaction.GroupComparison;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.IpmaPoint;
import io.github.logicrm.core.satisfaction.KotlerAssessment;
import io.github.logicrm.core.satisfaction.NpsResult;
import io.github.logicrm.core.satisfaction.ParameterKind;
import io.github.logicrm.core.satisfaction.PathDifference;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.SatisfactionIndex;
import io.github.logicrm.metrics.satisfaction.CsiModels;
import java.io.PrintStream;
import java.util.Map;

/**
 * The satisfaction guide's worked example printed: the ACSI model on the sample survey (made-up answers, not the
 * Customer 360 sample book), the importance-performance map of loyalty, loyal shippers against the others, the
 * CSI per customer segment and per quarter.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pscorecard -DskipTests verify -pl docs/examples -am
 * -Dexample.main=io.github.logicrm.examples.SatisfactionPrintout}.
 */
public final class SatisfactionPrintout {

  private SatisfactionPrintout() {}

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
    SatisfactionExample example = new SatisfactionExample(data);
    PlsEstimate estimate = example.estimate();
    out.printf("ACSI model, PLS (centroid, standardized): %s in %d iterations; %d responses, %d dropped for a "
            + "missing answer; GoF %.3f; R2 of Satisfaction %.3f%n",
        estimate.status(), estimate.iterations(), estimate.respondents(), estimate.droppedRespondents(),
        estimate.goodnessOfFit().orElseThrow(),
        estimate.block(CsiModels.SATISFACTION).orElseThrow().rSquared().getAsDouble());
    PlsEstimate weighted = example.estimateWeightedToTheBook();
    out.printf("Keeping every response (%s, %d answers replaced) and weighting statuses to the book: "
            + "Quality -> Satisfaction %.3f (unweighted, dropping: %.3f); R2 of Satisfaction %.3f%n",
        weighted.missingAnswers(), weighted.missingAnswerCount(),
        weighted.path(CsiModels.QUALITY, CsiModels.SATISFACTION).getAsDouble(),
        estimate.path(CsiModels.QUALITY, CsiModels.SATISFACTION).getAsDouble(),
        weighted.block(CsiModels.SATISFACTION).orElseThrow().rSquared().getAsDouble());
    BootstrapResult boot = example.bootstrap();
    Table paths = new Table("path", "coefficient", "bootstrap SE", "95% interval");
    for (PathEstimate p : estimate.paths()) {
      BootstrapParameter b = boot.parameter(ParameterKind.PATH, p.from() + " -> " + p.to()).orElseThrow();
      paths.row(p.from() + " -> " + p.to(), fmt(p.coefficient()), fmt(b.standardError()),
          "[" + fmt(b.lower()) + ", " + fmt(b.upper()) + "]");
    }
    paths.print(out);
    out.printf("(bootstrap: %d resamples, seed %d, %d failed)%n%n", boot.resamples(), boot.seed(),
        boot.failedResamples());

    ImportancePerformance map = example.loyaltyDrivers();
    out.printf("What to fix first for Loyalty (performance %.1f of 100): importance = points of Loyalty gained "
        + "per point of improvement%n", map.targetPerformance());
    Table drivers = new Table("construct / item", "importance", "performance");
    for (IpmaPoint construct : map.constructs()) {
      drivers.row(construct.name(), fmt(construct.importance()), String.format("%.1f", construct.performance()));
      for (IpmaPoint item : map.indicators()) {
        if (item.construct().equals(construct.name())) {
          drivers.row("  " + item.name(), fmt(item.importance()), String.format("%.1f", item.performance()));
        }
      }
    }
    drivers.print(out);
    out.println();

    GroupComparison groups = example.loyalAgainstOthers();
    out.printf("Loyal shippers (%d) against the others (%d): %d permutations, %d resamples of each group%n",
        groups.firstSize(), groups.secondSize(), groups.permutations(), groups.resamples());
    Table invariance = new Table("construct", "c", "5% quantile", "mean diff", "log var ratio", "invariance");
    for (CompositeInvariance c : groups.invariance()) {
      invariance.row(c.construct(), fmt(c.correlation()), fmt(c.correlationQuantile()), fmt(c.meanDifference()),
          fmt(c.logVarianceRatio()), c.level());
    }
    invariance.print(out);
    Table differences = new Table("path", "LOYAL", "others", "difference", "permutation p", "95% bootstrap");
    for (PathDifference p : groups.paths()) {
      differences.row(p.from() + " -> " + p.to(), fmt(p.first()), fmt(p.second()), fmt(p.difference()),
          fmt(p.permutationP()), "[" + fmt(p.bootstrapLower()) + ", " + fmt(p.bootstrapUpper()) + "]");
    }
    differences.print(out);
    out.println();

    AhpResult ahp = SatisfactionExample.qualityWeights();
    out.printf("CSI per customer segment (PLS index in the ACSI convention; quality CSI with AHP weights %s, "
        + "CR %.3f):%n", ahp.weights().stream().map(SatisfactionPrintout::fmt).toList(), ahp.consistencyRatio());
    Table segments = new Table("segment", "responses", "CSI (PLS)", "quality CSI (AHP)", "NPS", "Kotler C",
        "verdict");
    for (Map.Entry<CustomerStatus, SatisfactionIndex> e : example.indexBySegment().entrySet()) {
      CustomerStatus status = e.getKey();
      NpsResult nps = example.nps(status);
      KotlerAssessment kotler = example.kotler(status);
      segments.row(status, e.getValue().respondents(), String.format("%.1f", e.getValue().score()),
          String.format("%.1f", example.qualityIndex(status).score()), String.format("%.0f", nps.score()),
          fmt(kotler.ratio()), kotler.verdict());
    }
    segments.print(out);
    out.println();
    Table quarters = new Table("quarter", "responses", "CSI (PLS)");
    example.indexByQuarter().forEach((q, index) ->
        quarters.row(q, index.respondents(), String.format("%.1f", index.score())));
    quarters.print(out);
  }

  private static String fmt(double x) {
    return String.format("%.3f", x);
  }
}
