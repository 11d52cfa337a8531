package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.RegularityChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Fits the Erlang-k purchase models BG/CNBD-k and MBG/CNBD-k ({@link ErlangPurchaseModel}) by maximum likelihood,
 * for a given regularity k or with k chosen by likelihood over 1..K.
 *
 * <p>For a given k the fit is {@link PurchaseModelFitter}'s (BFGS on log-parameters, penalty and iteration limit
 * as configured there, standard errors from the numerical Hessian, status), over r, alpha, a and b; k is held
 * fixed, so its standard error is reported as 0. With k = 1 the fit is exactly
 * {@link PurchaseModelFitter#fitBgNbd} ({@link PurchaseModelFitter#fitMbgNbd}) of the same data. The reported
 * log-likelihood includes the inter-purchase-time term {@code (k - 1) sum litt - sum x ln (k - 1)!}, so fits for
 * different k compare, as BTYDplus's {@code bgcnbd.EstimateParameters} compares them.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegularPurchaseFitter {

  private static final RegularPurchaseFitter DEFAULTS = new RegularPurchaseFitter(PurchaseModelFitter.withDefaults());

  private final PurchaseModelFitter fitter;

  private RegularPurchaseFitter(PurchaseModelFitter fitter) {
    this.fitter = fitter;
  }

  /**
   * Returns the fitter with {@link PurchaseModelFitter#withDefaults()}'s settings.
   *
   * @return the default fitter
   */
  public static RegularPurchaseFitter withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a fitter with the penalty and iteration limit of a purchase-model fitter.
   *
   * @param fitter the settings, not null
   * @return a new fitter
   */
  public static RegularPurchaseFitter using(PurchaseModelFitter fitter) {
    return new RegularPurchaseFitter(Objects.requireNonNull(fitter, "fitter"));
  }

  /**
   * Fits BG/CNBD-k for a given k.
   *
   * @param data histories with their litt column, not null
   * @param k regularity, in [1, {@link RegularityChoice#MAX_K}]
   * @return the fit, model {@link PurchaseModelKind#BG_CNBD_K}
   * @throws IllegalArgumentException if k is out of range
   */
  public PurchaseModelFit fitBgCnbd(RegularPurchaseData data, int k) {
    return fit(data, checkK("k", k), false);
  }

  /**
   * Fits MBG/CNBD-k for a given k.
   *
   * @param data histories with their litt column, not null
   * @param k regularity, in [1, {@link RegularityChoice#MAX_K}]
   * @return the fit, model {@link PurchaseModelKind#MBG_CNBD_K}
   * @throws IllegalArgumentException if k is out of range
   */
  public PurchaseModelFit fitMbgCnbd(RegularPurchaseData data, int k) {
    return fit(data, checkK("k", k), true);
  }

  /**
   * Fits BG/CNBD-k for every k = 1..maxK and chooses the k of the highest log-likelihood.
   *
   * @param data histories with their litt column, not null
   * @param maxK the largest k to try, in [1, {@link RegularityChoice#MAX_K}]; BTYDplus tries up to 12
   * @return the fits and the choice
   * @throws IllegalArgumentException if maxK is out of range
   */
  public RegularityChoice chooseBgCnbd(RegularPurchaseData data, int maxK) {
    return choose(data, checkK("maxK", maxK), false);
  }

  /**
   * Fits MBG/CNBD-k for every k = 1..maxK and chooses the k of the highest log-likelihood.
   *
   * @param data histories with their litt column, not null
   * @param maxK the largest k to try, in [1, {@link RegularityChoice#MAX_K}]; BTYDplus tries up to 12
   * @return the fits and the choice
   * @throws IllegalArgumentException if maxK is out of range
   */
  public RegularityChoice chooseMbgCnbd(RegularPurchaseData data, int maxK) {
    return choose(data, checkK("maxK", maxK), true);
  }

  private static int checkK(String name, int k) {
    if (!(k >= 1 && k <= RegularityChoice.MAX_K)) {
      throw new IllegalArgumentException(name + " must be in [1, " + RegularityChoice.MAX_K + "]: " + k);
    }
    return k;
  }

  private RegularityChoice choose(RegularPurchaseData data, int maxK, boolean modified) {
    Objects.requireNonNull(data, "data");
    List<PurchaseModelFit> fits = new ArrayList<>(maxK);
    for (int k = 1; k <= maxK; k++) {
      fits.add(fit(data, k, modified));
    }
    return RegularityChoice.of(fits);
  }

  private PurchaseModelFit fit(RegularPurchaseData data, int k, boolean modified) {
    PurchaseData patterns = Objects.requireNonNull(data, "data").purchases().compress();
    PurchaseModelFit fit = fitter.fit(k == 1 ? new BgNbdLikelihood(patterns, modified)
        : new ErlangLikelihood(patterns, k, modified));
    double timing = (k - 1) * data.weightedLitt() - data.weightedFrequency() * LogGamma.value(k);
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("k", (double) k);
    parameters.putAll(fit.parameters());
    Map<String, Double> errors = new LinkedHashMap<>();
    if (!fit.standardErrors().isEmpty()) {
      errors.put("k", 0.0);
      errors.putAll(fit.standardErrors());
    }
    return PurchaseModelFit.builder().from(fit)
        .model(modified ? PurchaseModelKind.MBG_CNBD_K : PurchaseModelKind.BG_CNBD_K)
        .parameters(parameters)
        .standardErrors(errors)
        .logLikelihood(fit.logLikelihood() + timing)
        .build();
  }
}
