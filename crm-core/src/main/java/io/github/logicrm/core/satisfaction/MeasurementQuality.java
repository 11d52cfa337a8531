package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The quality assessment of a PLS estimate, the tables a reviewer asks for before reading a path coefficient:
 * rho_A and the Fornell-Larcker figures per construct, HTMT per pair of reflective constructs (with bootstrap
 * percentile intervals when bootstrapped), cross-loadings, indicator VIFs, inner VIFs and f2 per path, and a
 * verdict per {@link QualityCriterion}. AVE, rho_c, Cronbach's alpha and R2 are in the estimate's
 * {@link BlockFit}s.
 */
@Value.Immutable
@ValueStyle
public abstract class MeasurementQuality {

  MeasurementQuality() {}

  /**
   * Returns the figures of each construct, in the model's block order.
   *
   * @return the constructs
   */
  public abstract List<ConstructQuality> constructs();

  /**
   * Returns the HTMT of every pair of mode A blocks, in the model's block order.
   *
   * @return the pairs
   */
  public abstract List<HtmtPair> htmt();

  /**
   * Returns each item's correlation with every construct's scores: its loading on its own construct, its
   * cross-loadings on the others.
   *
   * @return by item, then by construct, both in model order
   */
  public abstract Map<String, Map<String, Double>> crossLoadings();

  /**
   * Returns each item's variance inflation factor within its block: 1 / (1 - R2 of the item on the block's other
   * items); 1 for a one-item block.
   *
   * @return the VIFs by item
   */
  public abstract Map<String, Double> indicatorVif();

  /**
   * Returns the inner VIF and f2 of every path, in the model's path order.
   *
   * @return the paths
   */
  public abstract List<PathQuality> paths();

  /**
   * Returns the verdict on every criterion, in {@link QualityCriterion} order.
   *
   * @return the verdicts
   */
  public abstract List<CriterionVerdict> verdicts();

  /**
   * Returns the number of bootstrap resamples behind the HTMT intervals.
   *
   * @return the count, 0 when not bootstrapped
   */
  @Value.Default
  public int resamples() {
    return 0;
  }

  /**
   * Returns how many resamples could not be used (an item constant in the resample) and were left out.
   *
   * @return the count, {@code >= 0}
   */
  @Value.Default
  public int failedResamples() {
    return 0;
  }

  /**
   * Returns the bootstrap seed.
   *
   * @return the seed; empty when not bootstrapped
   */
  public abstract OptionalLong seed();

  /**
   * Returns one criterion's verdict.
   *
   * @param criterion the criterion
   * @return the verdict, or empty if it was not assessed
   */
  public Optional<CriterionVerdict> verdict(QualityCriterion criterion) {
    return verdicts().stream().filter(v -> v.criterion() == criterion).findFirst();
  }

  /**
   * Returns one pair's HTMT, in either order.
   *
   * @param a one construct
   * @param b the other
   * @return the pair, or empty if the model has no such pair of mode A blocks
   */
  public Optional<HtmtPair> htmt(String a, String b) {
    return htmt().stream().filter(p -> p.first().equals(a) && p.second().equals(b)
        || p.first().equals(b) && p.second().equals(a)).findFirst();
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
    Checks.nonNegative("resamples", resamples());
    Checks.nonNegative("failedResamples", failedResamples());
    if (failedResamples() > resamples()) {
      throw new IllegalArgumentException("failedResamples must be <= resamples " + resamples() + ": "
          + failedResamples());
    }
    if (seed().isPresent() != (resamples() > 0)) {
      throw new IllegalArgumentException("seed must be present exactly when resamples > 0: " + resamples());
    }
    indicatorVif().forEach((item, v) -> Checks.positive("indicatorVif[" + item + "]", v));
  }

  /** Builds a {@link MeasurementQuality}. */
  public static final class Builder extends ImmutableMeasurementQuality.Builder {
    Builder() {}
  }
}
