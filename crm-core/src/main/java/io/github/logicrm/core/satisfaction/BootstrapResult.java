package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bootstrap standard errors and percentile intervals of a PLS estimate, with how they were obtained: the number
 * of resamples, the seed that reproduces them, the interval level and how many resamples could not be used.
 */
@Value.Immutable
@ValueStyle
public abstract class BootstrapResult {

  BootstrapResult() {}

  /**
   * Returns the number of resamples drawn.
   *
   * @return the count, {@code > 0}
   */
  public abstract int resamples();

  /**
   * Returns the number of resamples left out because the estimation did not converge on them or a resampled item
   * was constant.
   *
   * @return the count, in [0, resamples)
   */
  public abstract int failedResamples();

  /**
   * Returns the number of resamples left out because their consistent PLS estimate was inadmissible (only when
   * {@link #consistent()}).
   *
   * @return the count, {@code >= 0}; 0 by default
   */
  @Value.Default
  public int inadmissibleResamples() {
    return 0;
  }

  /**
   * Returns whether the loadings, paths and R2 are those of consistent PLS (PLSc); the weights are PLS's either way.
   *
   * @return true for PLSc; false by default
   */
  @Value.Default
  public boolean consistent() {
    return false;
  }

  /**
   * Returns the seed that reproduces the resamples.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the coverage of the percentile intervals, e.g. 0.95.
   *
   * @return the level, in (0, 1)
   */
  public abstract double level();

  /**
   * Returns the figures of every outer weight, loading, path coefficient and R2, in that order.
   *
   * @return the parameters
   */
  public abstract List<BootstrapParameter> parameters();

  /**
   * Finds one parameter.
   *
   * @param kind its kind
   * @param name its name (item, {@code "from -> to"} or block)
   * @return the parameter, or empty if there is none of that kind and name
   */
  public Optional<BootstrapParameter> parameter(ParameterKind kind, String name) {
    return parameters().stream().filter(p -> p.kind() == kind && p.name().equals(name)).findFirst();
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
    Checks.positive("resamples", resamples());
    if (failedResamples() < 0 || failedResamples() >= resamples()) {
      throw new IllegalArgumentException(
          "failedResamples must be in [0, " + resamples() + "): " + failedResamples());
    }
    if (inadmissibleResamples() < 0 || failedResamples() + inadmissibleResamples() >= resamples()) {
      throw new IllegalArgumentException("inadmissibleResamples must be in [0, " + (resamples() - failedResamples())
          + "): " + inadmissibleResamples());
    }
    if (!(level() > 0 && level() < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1): " + level());
    }
  }

  /** Builds a {@link BootstrapResult}; every attribute but inadmissibleResamples and consistent is required. */
  public static final class Builder extends ImmutableBootstrapResult.Builder {
    Builder() {}
  }
}
