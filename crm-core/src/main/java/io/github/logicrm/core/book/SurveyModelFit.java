package io.github.logicrm.core.book;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import io.github.logicrm.core.satisfaction.ImportancePerformance;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The book's satisfaction path model fitted on its survey responses: the model, its PLS estimate (outer weights,
 * loadings, path coefficients, R2 and the quality of each block, without the per-respondent scores) and the
 * importance-performance map of the drivers of the target construct (which driver to improve first), or the
 * reason the map was not computed.
 */
@Value.Immutable
@ValueStyle
public abstract class SurveyModelFit {

  SurveyModelFit() {}

  /**
   * Returns the path model: the constructs with their items and the inner paths.
   *
   * @return the model, not null
   */
  public abstract PathModel model();

  /**
   * Returns the construct whose drivers the importance-performance map ranks, satisfaction by default.
   *
   * @return the name of a block of {@link #model()} that a path leads to, not null
   */
  public abstract String target();

  /**
   * Returns the PLS estimate; its {@code scores()} are left out (empty), the book keeps no per-respondent figures.
   *
   * @return the estimate with its convergence status, iterations and respondents, not null
   */
  public abstract PlsEstimate estimate();

  /**
   * Returns the importance-performance map of the target's drivers: importance is the unstandardized total effect
   * on the target, performance the driver's 0-100 index.
   *
   * @return the map; empty when it could not be computed, see {@link #ipmaNotComputed()}
   */
  public abstract Optional<ImportancePerformance> ipma();

  /**
   * Returns why the importance-performance map was not computed (the estimate did not converge, or an item
   * measures its construct the other way round).
   *
   * @return the reason; present exactly when {@link #ipma()} is empty
   */
  public abstract Optional<String> ipmaNotComputed();

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
    if (model().block(target()).isEmpty() || model().predecessors(target()).isEmpty()) {
      throw new IllegalArgumentException("target must be a block of the model that a path leads to: " + target());
    }
    if (ipma().isPresent() == ipmaNotComputed().isPresent()) {
      throw new IllegalArgumentException("ipmaNotComputed must be present exactly when ipma is empty: "
          + ipmaNotComputed());
    }
    ipmaNotComputed().ifPresent(reason -> Checks.notBlank("ipmaNotComputed", reason));
    ipma().ifPresent(map -> {
      if (!map.target().equals(target())) {
        throw new IllegalArgumentException("ipma target must be " + target() + ": " + map.target());
      }
    });
  }

  /** Builds a {@link SurveyModelFit}; {@code model}, {@code target}, {@code estimate} and one of the IPMA fields. */
  public static final class Builder extends ImmutableSurveyModelFit.Builder {
    Builder() {}
  }
}
