package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The predictive assessment of a PLS path model: PLSpredict's k-fold cross-validated prediction errors per
 * indicator of the endogenous constructs against the linear-model benchmark (Shmueli et al. 2016,
 * doi:10.1016/j.jbusres.2016.03.049, and 2019, doi:10.1108/EJM-02-2019-0189), with the verdict on predictive power,
 * and the blindfolding Q2 (cross-validated redundancy) of each endogenous construct.
 */
@Value.Immutable
@ValueStyle
public abstract class PredictionAssessment {

  PredictionAssessment() {}

  /**
   * Returns the number of folds.
   *
   * @return k, {@code >= 2}
   */
  public abstract int folds();

  /**
   * Returns the number of repetitions of the k-fold split; predictions are averaged over them.
   *
   * @return the count, {@code > 0}
   */
  public abstract int repetitions();

  /**
   * Returns the seed of the random splits.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the number of respondents.
   *
   * @return the count, {@code > 0}
   */
  public abstract int respondents();

  /**
   * Returns the prediction errors of every indicator of every endogenous construct, block by block.
   *
   * @return the indicators
   */
  public abstract List<IndicatorPrediction> indicators();

  /**
   * Returns the verdict on predictive power over {@link #indicators()}.
   *
   * @return the verdict, not null
   */
  public abstract PredictivePower predictivePower();

  /**
   * Returns the omission distance D of blindfolding.
   *
   * @return D, {@code >= 2}
   */
  public abstract int omissionDistance();

  /**
   * Returns the blindfolding Q2 of each endogenous construct: above 0 means predictive relevance.
   *
   * @return Q2 by block name, in model order
   */
  public abstract Map<String, Double> blindfoldingQ2();

  /**
   * Returns one indicator's prediction errors.
   *
   * @param item the item's name
   * @return the errors, or empty if the item does not measure an endogenous construct
   */
  public Optional<IndicatorPrediction> indicator(String item) {
    return indicators().stream().filter(p -> p.item().equals(item)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.atLeast("folds", folds(), 2);
    Checks.positive("repetitions", repetitions());
    Checks.positive("respondents", respondents());
    Checks.atLeast("omissionDistance", omissionDistance(), 2);
    blindfoldingQ2().forEach((block, q2) -> Checks.atMost("blindfoldingQ2[" + block + "]", q2, 1));
  }

  /** Builds a {@link PredictionAssessment}; every attribute is required. */
  public static final class Builder extends ImmutablePredictionAssessment.Builder {
    Builder() {}
  }
}
