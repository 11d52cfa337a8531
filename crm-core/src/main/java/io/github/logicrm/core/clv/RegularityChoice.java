package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The regularity k of an Erlang-k purchase model (BG/CNBD-k or MBG/CNBD-k, Platzer and Reutterer 2016) chosen
 * by likelihood: one fit for each k = 1, 2, ..., K, and the one with the highest log-likelihood.
 *
 * <p>The fits' log-likelihoods include the inter-purchase-time term {@code (k - 1) litt - x ln (k - 1)!}, so they
 * are comparable across k; the fit for k = 1 is the BG/NBD (MBG/NBD) fit of the same data. The choice is the
 * evidence: every candidate is kept, with its status.
 */
@Value.Immutable
@ValueStyle
public abstract class RegularityChoice {

  /** The largest regularity the library fits: Erlang-100 inter-purchase times have a CV of 0.1. */
  public static final int MAX_K = 100;

  RegularityChoice() {}

  /**
   * Returns the fits, one per k, in the order k = 1, 2, ..., K.
   *
   * @return the fits, not empty, all of one model ({@link PurchaseModelKind#BG_CNBD_K} or
   *     {@link PurchaseModelKind#MBG_CNBD_K}) and fitted on the same number of customers
   */
  public abstract List<PurchaseModelFit> fits();

  /**
   * Returns the chosen fit: the highest log-likelihood among the fits whose status is not
   * {@link PurchaseFitStatus#NOT_IDENTIFIED} (among all fits if none is identified), the smallest k on a tie.
   *
   * @return one of {@link #fits()}
   */
  public PurchaseModelFit chosen() {
    boolean anyIdentified = fits().stream().anyMatch(f -> f.status() != PurchaseFitStatus.NOT_IDENTIFIED);
    PurchaseModelFit best = null;
    for (PurchaseModelFit fit : fits()) {
      boolean eligible = !anyIdentified || fit.status() != PurchaseFitStatus.NOT_IDENTIFIED;
      if (eligible && (best == null || fit.logLikelihood() > best.logLikelihood())) {
        best = fit;
      }
    }
    return best;
  }

  /**
   * Returns the chosen regularity.
   *
   * @return k of {@link #chosen()}, {@code >= 1}
   */
  public int k() {
    return (int) chosen().parameter("k");
  }

  /**
   * Returns the model the fits are of.
   *
   * @return {@link PurchaseModelKind#BG_CNBD_K} or {@link PurchaseModelKind#MBG_CNBD_K}
   */
  public PurchaseModelKind model() {
    return fits().get(0).model();
  }

  /**
   * Makes a choice from its fits.
   *
   * @param fits one fit per k = 1..K, in that order
   * @return the choice
   * @throws IllegalArgumentException if the fits break a rule of {@link #fits()}
   */
  public static RegularityChoice of(List<PurchaseModelFit> fits) {
    return builder().fits(fits).build();
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
    if (fits().isEmpty()) {
      throw new IllegalArgumentException("fits must not be empty: []");
    }
    if (fits().size() > MAX_K) {
      throw new IllegalArgumentException("fits must hold at most MAX_K " + MAX_K + " fits: " + fits().size());
    }
    PurchaseModelKind model = fits().get(0).model();
    if (model != PurchaseModelKind.BG_CNBD_K && model != PurchaseModelKind.MBG_CNBD_K) {
      throw new IllegalArgumentException("fits[0].model must be BG_CNBD_K or MBG_CNBD_K: " + model);
    }
    for (int i = 0; i < fits().size(); i++) {
      PurchaseModelFit fit = fits().get(i);
      if (fit.model() != model) {
        throw new IllegalArgumentException("fits[" + i + "].model must be " + model + " as fits[0]: " + fit.model());
      }
      if (fit.parameter("k") != i + 1) {
        throw new IllegalArgumentException("fits[" + i + "].parameters.k must be " + (i + 1) + ": "
            + fit.parameter("k"));
      }
      if (fit.customers() != fits().get(0).customers()) {
        throw new IllegalArgumentException("fits[" + i + "].customers must be " + fits().get(0).customers()
            + " as fits[0]: " + fit.customers());
      }
    }
  }

  /** Builds a {@link RegularityChoice}; {@code fits} is required. */
  public static final class Builder extends ImmutableRegularityChoice.Builder {
    Builder() {}
  }
}
