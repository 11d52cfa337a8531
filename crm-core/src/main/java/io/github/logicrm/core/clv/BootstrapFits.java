package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The parameter estimates of a bootstrap: the purchase model (and, optionally, the Gamma-Gamma spend model)
 * refitted on resamples of the customers drawn with replacement, one row of draws per resample.
 *
 * <p>A resample whose purchase or spend fit did not converge is left out of the draws and counted in
 * {@link #failedResamples()}, so {@code draws + failedResamples = resamples}.
 */
@Value.Immutable
@ValueStyle
public abstract class BootstrapFits {

  BootstrapFits() {}

  /**
   * Returns the purchase model refitted.
   *
   * @return the model, not null
   */
  public abstract PurchaseModelKind purchaseModel();

  /**
   * Returns the purchase model's parameters per kept resample, in the model's parameter order.
   *
   * @return one row per kept resample, each positive and finite, as unmodifiable lists
   */
  public abstract List<List<Double>> purchaseDraws();

  /**
   * Returns the Gamma-Gamma parameters (p, q, gamma) per kept resample, from the same resamples as
   * {@link #purchaseDraws()}, row for row.
   *
   * @return one row per kept resample, or empty when no spend model was refitted
   */
  public abstract List<List<Double>> spendDraws();

  /**
   * Returns the number of resamples drawn.
   *
   * @return the resamples, {@code > 0}
   */
  public abstract int resamples();

  /**
   * Returns the resamples whose fit did not converge, left out of the draws.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int failedResamples();

  /**
   * Returns the seed the resamples were drawn from.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Tells whether the spend model was refitted too.
   *
   * @return {@code true} if {@link #spendDraws()} is not empty
   */
  public boolean hasSpend() {
    return !spendDraws().isEmpty();
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
  BootstrapFits check() {
    Checks.positive("resamples", resamples());
    Checks.nonNegative("failedResamples", failedResamples());
    int kept = purchaseDraws().size();
    if (kept + failedResamples() != resamples()) {
      throw new IllegalArgumentException("purchaseDraws size must equal resamples " + resamples()
          + " - failedResamples " + failedResamples() + ": " + kept);
    }
    if (kept == 0) {
      throw new IllegalArgumentException("purchaseDraws must not be empty: every one of " + resamples()
          + " resamples failed");
    }
    checkRows("purchaseDraws", purchaseDraws(), purchaseModel().parameterNames().size());
    if (!spendDraws().isEmpty()) {
      Checks.sameLength("spendDraws", spendDraws().size(), "purchaseDraws", kept);
      checkRows("spendDraws", spendDraws(), PurchaseModelKind.GAMMA_GAMMA.parameterNames().size());
    }
    return NestedLists.rowsUnmodifiable(purchaseDraws()) && NestedLists.rowsUnmodifiable(spendDraws())
        ? this
        : builder().from(this).purchaseDraws(NestedLists.copyRows(purchaseDraws()))
            .spendDraws(NestedLists.copyRows(spendDraws())).build();
  }

  private static void checkRows(String name, List<List<Double>> rows, int n) {
    for (int i = 0; i < rows.size(); i++) {
      Checks.sameLength(Checks.at(name, i), rows.get(i).size(), "parameters", n);
      for (int j = 0; j < n; j++) {
        Checks.positive(name, i, j, rows.get(i).get(j));
      }
    }
  }

  /**
   * Builds a {@link BootstrapFits}; {@code purchaseModel}, {@code purchaseDraws}, {@code resamples},
   * {@code failedResamples} and {@code seed} are required.
   */
  public static final class Builder extends ImmutableBootstrapFits.Builder {
    Builder() {}
  }
}
