package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of estimating a {@link PathModel} by PLS path modeling, with its evidence: convergence status and
 * iteration count, outer weights and loadings, path coefficients, the quality of each block, the goodness of fit
 * and the latent variable scores.
 *
 * <p>Scores are standardized (mean 0, variance 1 with the {@code n} divisor); outer weights are the weights that
 * produce those scores from the items as treated ({@link #treatment()}). Path coefficients are OLS coefficients
 * on the scores. When {@link #status()} is {@link ConvergenceStatus#NOT_CONVERGED} the figures are the last
 * iterate, not estimates, and should not be reported.
 */
@Value.Immutable
@ValueStyle
public abstract class PlsEstimate {

  PlsEstimate() {}

  /**
   * Returns whether the weights converged.
   *
   * @return the status, not null
   */
  public abstract ConvergenceStatus status();

  /**
   * Returns the number of iterations run.
   *
   * @return the count, {@code > 0}
   */
  public abstract int iterations();

  /**
   * Returns the number of respondents the model was estimated on.
   *
   * @return the count, {@code > 0}
   */
  public abstract int respondents();

  /**
   * Returns the number of respondents left out for missing answers (when the caller chose to drop them).
   *
   * @return the count, {@code >= 0}; 0 by default
   */
  @Value.Default
  public int droppedRespondents() {
    return 0;
  }

  /**
   * Returns how missing answers were handled: the name of the caller's {@code MissingAnswers} option
   * ({@code REJECT}, {@code DROP_RESPONDENT}, {@code MEAN_REPLACEMENT} or {@code PAIRWISE_DELETION}).
   *
   * @return the option, not blank; {@code REJECT} by default
   */
  @Value.Default
  public String missingAnswers() {
    return "REJECT";
  }

  /**
   * Returns the number of missing answers of the respondents kept: replaced by their item's mean under
   * {@code MEAN_REPLACEMENT}, left out of the covariances under {@code PAIRWISE_DELETION}.
   *
   * @return the count, {@code >= 0}; 0 by default
   */
  @Value.Default
  public int missingAnswerCount() {
    return 0;
  }

  /**
   * Returns whether respondents were weighted (weighted PLS: weighted means, variances and covariances).
   *
   * @return true if weighted; false by default
   */
  @Value.Default
  public boolean weighted() {
    return false;
  }

  /**
   * Returns the inner weighting scheme used.
   *
   * @return the scheme, not null
   */
  public abstract InnerScheme scheme();

  /**
   * Returns how the items were prepared.
   *
   * @return the treatment, not null
   */
  public abstract DataTreatment treatment();

  /**
   * Returns the outer weight of each item, block by block.
   *
   * @return the weights by item name
   */
  public abstract Map<String, Double> outerWeights();

  /**
   * Returns the loading of each item, its correlation with its block's score, block by block.
   *
   * @return the loadings by item name, each in [-1, 1]
   */
  public abstract Map<String, Double> loadings();

  /**
   * Returns the path coefficients, in the model's path order.
   *
   * @return the paths
   */
  public abstract List<PathEstimate> paths();

  /**
   * Returns the quality figures of each block, in the model's block order.
   *
   * @return the block figures
   */
  public abstract List<BlockFit> blocks();

  /**
   * Returns the goodness of fit: the square root of the mean communality of the items of multi-item blocks
   * times the mean R2 of the endogenous variables. It is not defined when no block has more than one item (a
   * one-item block's communality is 1 by construction), and is then empty rather than a number.
   *
   * @return GoF in [0, 1]; empty when the model has no multi-item block
   */
  public abstract OptionalDouble goodnessOfFit();

  /**
   * Returns each latent variable's scores, one per respondent in input order.
   *
   * @return the scores by block name, each finite
   */
  public abstract Map<String, List<Double>> scores();

  /**
   * Returns whether the estimation converged.
   *
   * @return true if {@link #status()} is {@link ConvergenceStatus#CONVERGED}
   */
  public boolean isConverged() {
    return status() == ConvergenceStatus.CONVERGED;
  }

  /**
   * Returns an item's communality, its squared loading: the share of the item's variance its block's score
   * explains.
   *
   * @param item the item's name
   * @return the communality in [0, 1], or empty if the model has no such item
   */
  public OptionalDouble communality(String item) {
    Double loading = loadings().get(item);
    return loading == null ? OptionalDouble.empty() : OptionalDouble.of(loading * loading);
  }

  /**
   * Returns one path coefficient.
   *
   * @param from the driving block
   * @param to the driven block
   * @return the coefficient, or empty if the model has no such path
   */
  public OptionalDouble path(String from, String to) {
    return paths().stream()
        .filter(p -> p.from().equals(from) && p.to().equals(to))
        .mapToDouble(PathEstimate::coefficient)
        .findFirst();
  }

  /**
   * Returns one block's quality figures.
   *
   * @param name the block's name
   * @return the figures, or empty if the model has no such block
   */
  public Optional<BlockFit> block(String name) {
    return blocks().stream().filter(b -> b.name().equals(name)).findFirst();
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
    Checks.positive("iterations", iterations());
    Checks.positive("respondents", respondents());
    Checks.nonNegative("droppedRespondents", droppedRespondents());
    Checks.notBlank("missingAnswers", missingAnswers());
    Checks.nonNegative("missingAnswerCount", missingAnswerCount());
    if (!outerWeights().keySet().equals(loadings().keySet())) {
      throw new IllegalArgumentException("outerWeights and loadings must name the same items: "
          + outerWeights().keySet() + " vs " + loadings().keySet());
    }
    outerWeights().forEach((item, w) -> Checks.finite("outerWeights[" + item + "]", w));
    loadings().forEach((item, l) -> Checks.inClosedRange("loadings[" + item + "]", l, -1, 1));
    goodnessOfFit().ifPresent(v -> Checks.probability("goodnessOfFit", v));
    scores().forEach((block, s) -> {
      if (s.size() != respondents()) {
        throw new IllegalArgumentException(
            "scores[" + block + "] size must equal respondents " + respondents() + ": " + s.size());
      }
      for (int t = 0; t < s.size(); t++) {
        Checks.finite("scores[" + block + "][" + t + "]", s.get(t));
      }
    });
  }

  /** Builds a {@link PlsEstimate}; status, iterations, respondents, scheme and treatment are required. */
  public static final class Builder extends ImmutablePlsEstimate.Builder {
    Builder() {}
  }
}
