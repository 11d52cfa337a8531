package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.ValueStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The full report of a PLS path model, what users of plspm's and seminr's {@code summary()} expect, with every
 * verdict: the estimate, its bootstrap, the quality assessment, consistent PLS and the predictive assessment.
 * {@link #toText()} prints it as plain text; as a value type it is also written as JSON.
 */
@Value.Immutable
@ValueStyle
public abstract class PlsSummary {

  PlsSummary() {}

  /**
   * Returns the model the report is about.
   *
   * @return the model, not null
   */
  public abstract PathModel model();

  /**
   * Returns the PLS estimate.
   *
   * @return the estimate, not null
   */
  public abstract PlsEstimate estimate();

  /**
   * Returns the bootstrap of the estimate.
   *
   * @return the bootstrap, not null
   */
  public abstract BootstrapResult bootstrap();

  /**
   * Returns the quality assessment, with bootstrapped HTMT.
   *
   * @return the assessment, not null
   */
  public abstract MeasurementQuality quality();

  /**
   * Returns the consistent PLS estimate.
   *
   * @return the estimate with its admissibility, not null
   */
  public abstract PlscEstimate consistent();

  /**
   * Returns the predictive assessment.
   *
   * @return PLSpredict and blindfolding, not null
   */
  public abstract PredictionAssessment prediction();

  /**
   * Prints the report as plain text: the estimate's evidence, then one table per topic, then the verdicts.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    PlsEstimate e = estimate();
    line(out, "PLS path model: %s in %d iterations, %d respondents (%d dropped), missing answers %s (%d), %s, %s "
        + "scheme, %s items", e.status(), e.iterations(), e.respondents(), e.droppedRespondents(),
        e.missingAnswers(), e.missingAnswerCount(), e.weighted() ? "weighted" : "unweighted", e.scheme(),
        e.treatment());
    line(out, "Bootstrap: %d resamples, seed %d, %d failed; intervals %.0f%%", bootstrap().resamples(),
        bootstrap().seed(), bootstrap().failedResamples(), 100 * bootstrap().level());
    section(out, "Paths");
    line(out, "%-32s %8s %8s %19s %8s %8s %8s", "path", "estimate", "SE", "interval", "f2", "VIF", "PLSc");
    for (PathEstimate p : e.paths()) {
      String name = p.from() + " -> " + p.to();
      Optional<BootstrapParameter> b = bootstrap().parameter(ParameterKind.PATH, name);
      Optional<PathQuality> q = quality().paths().stream()
          .filter(x -> x.from().equals(p.from()) && x.to().equals(p.to())).findFirst();
      line(out, "%-32s %8.3f %8s %19s %8s %8s %8s", name, p.coefficient(),
          b.map(x -> fmt(x.standardError())).orElse("-"), b.map(x -> interval(x.lower(), x.upper())).orElse("-"),
          q.map(x -> fmt(x.fSquared())).orElse("-"), q.map(x -> fmt(x.innerVif())).orElse("-"),
          consistent().path(p.from(), p.to()).isPresent()
              ? fmt(consistent().path(p.from(), p.to()).getAsDouble()) : "-");
    }
    section(out, "Constructs");
    line(out, "%-16s %6s %6s %6s %6s %6s %6s %8s %9s", "construct", "R2", "adj R2", "AVE", "rho_c", "alpha",
        "rho_A", "max |r|", "blindfold");
    for (BlockFit b : e.blocks()) {
      Optional<ConstructQuality> q = quality().constructs().stream().filter(c -> c.name().equals(b.name()))
          .findFirst();
      Double q2 = prediction().blindfoldingQ2().get(b.name());
      line(out, "%-16s %6s %6s %6.3f %6s %6s %6s %8s %9s", b.name(), opt(b.rSquared().isPresent(),
          b.rSquared().orElse(0)), opt(b.adjustedRSquared().isPresent(), b.adjustedRSquared().orElse(0)), b.ave(),
          opt(b.compositeReliability().isPresent(), b.compositeReliability().orElse(0)),
          opt(b.cronbachAlpha().isPresent(), b.cronbachAlpha().orElse(0)),
          q.map(c -> fmt(c.rhoA())).orElse("-"), q.map(c -> fmt(c.largestCorrelation())).orElse("-"),
          q2 == null ? "-" : fmt(q2));
    }
    section(out, "Items");
    line(out, "%-16s %-16s %8s %8s %8s %8s %8s", "item", "construct", "weight", "loading", "SE", "VIF", "PLSc");
    for (LatentBlock b : model().blocks()) {
      for (String item : b.items()) {
        Optional<BootstrapParameter> l = bootstrap().parameter(ParameterKind.LOADING, item);
        line(out, "%-16s %-16s %8s %8s %8s %8s %8s", item, b.name(), fmt(e.outerWeights().get(item)),
            fmt(e.loadings().get(item)), l.map(x -> fmt(x.standardError())).orElse("-"),
            fmt(quality().indicatorVif().get(item)), fmt(consistent().loadings().get(item)));
      }
    }
    section(out, "HTMT");
    for (HtmtPair p : quality().htmt()) {
      line(out, "%-32s %8.3f %19s %s", p.first() + " / " + p.second(), p.htmt(),
          p.lower().isPresent() ? interval(p.lower().getAsDouble(), p.upper().getAsDouble()) : "-", p.verdict());
    }
    section(out, "Consistent PLS");
    line(out, "%s%s", consistent().admissible() ? "admissible" : "INADMISSIBLE: ",
        String.join("; ", consistent().problems()));
    section(out, "PLSpredict");
    line(out, "%d folds x %d repetitions, seed %d: predictive power %s", prediction().folds(),
        prediction().repetitions(), prediction().seed(), prediction().predictivePower());
    line(out, "%-16s %10s %8s %8s %8s %8s", "item", "Q2_predict", "RMSE", "LM RMSE", "MAE", "LM MAE");
    for (IndicatorPrediction p : prediction().indicators()) {
      line(out, "%-16s %10.3f %8.3f %8.3f %8.3f %8.3f", p.item(), p.q2Predict(), p.rmse(), p.lmRmse(), p.mae(),
          p.lmMae());
    }
    section(out, "Verdicts");
    for (CriterionVerdict v : quality().verdicts()) {
      line(out, "%-22s %s%s", v.criterion(), v.met() ? "met" : "NOT met: ", String.join("; ", v.failures()));
    }
    line(out, "%-22s %s (GoF %s)", "CONVERGENCE", e.status(),
        opt(e.goodnessOfFit().isPresent(), e.goodnessOfFit().orElse(0)));
    return out.toString();
  }

  private static String opt(boolean present, double value) {
    return present ? fmt(value) : "-";
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /** A figure a part of the summary may lack (a value read from JSON need not cover every item): "-" then. */
  private static String fmt(Double x) {
    return x == null ? "-" : fmt(x.doubleValue());
  }

  private static String interval(double lower, double upper) {
    return "[" + fmt(lower) + ", " + fmt(upper) + "]";
  }

  private static void section(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n');
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlsSummary}; every part is required. */
  public static final class Builder extends ImmutablePlsSummary.Builder {
    Builder() {}
  }
}
