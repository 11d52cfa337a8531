package io.github.logicrm.pipeline;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.metrics.clv.GammaGamma;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseModel;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The book-level fits of a Customer 360 run: the purchase model (BG/NBD by default) and, when the book allows it,
 * the Gamma-Gamma spend model, with the repeat buyers left out of the spend fit. Computed once per book, on one
 * machine, from the book's compressed (x, t_x, T) patterns and its repeat buyers' mean spend; every customer is then
 * scored with the same fit.
 *
 * <p>The fits are value types of crm-core ({@link PurchaseModelFit}), so a host that scores on many machines sends
 * them as JSON and rebuilds the fit with {@link #of(PurchaseModelFit, Optional, List)}. Immutable and thread-safe.
 */
public final class BookFit {

  private final PurchaseModelFit purchaseFit;
  private final Optional<PurchaseModelFit> spendFit;
  private final List<CustomerId> spendExcluded;
  private final PurchaseModel model;
  private final GammaGamma spend;

  private BookFit(PurchaseModelFit purchaseFit, Optional<PurchaseModelFit> spendFit, List<CustomerId> spendExcluded) {
    this.purchaseFit = purchaseFit;
    this.spendFit = spendFit;
    this.spendExcluded = List.copyOf(spendExcluded);
    this.model = PurchaseModel.from(purchaseFit);
    this.spend = spendFit.filter(f -> f.status() == PurchaseFitStatus.CONVERGED && f.parameters().get("q") > 1)
        .map(GammaGamma::from).orElse(null);
  }

  /**
   * Rebuilds a fit from its parts, for example after they travelled as JSON.
   *
   * @param purchaseFit the purchase model's fit, not null
   * @param spendFit the spend model's fit, empty when the book had fewer than two repeat buyers with revenue
   * @param spendExcluded repeat buyers left out of the spend fit (their repeat orders carry no revenue), not null
   * @return the fit
   */
  public static BookFit of(PurchaseModelFit purchaseFit, Optional<PurchaseModelFit> spendFit,
      List<CustomerId> spendExcluded) {
    return new BookFit(Objects.requireNonNull(purchaseFit, "purchaseFit"), Objects.requireNonNull(spendFit,
        "spendFit"), Objects.requireNonNull(spendExcluded, "spendExcluded"));
  }

  /**
   * Fits a book's models: the purchase model on the book's (x, t_x, T) patterns, Gamma-Gamma on its repeat buyers'
   * mean repeat spend when there are at least two of them.
   *
   * <p>To give the same fit as {@link Customer360#finish(BookBuffer)}, the patterns are those of
   * {@link PurchaseData#compress()} over the customers in customer-id order (each distinct pattern once, in the order
   * of its first customer, weighted by its number of customers), and the buyers are the customers with repeat
   * orders and revenue, in customer-id order.
   *
   * @param kind the purchase model, a continuous-time model, not null
   * @param patterns the book's purchase patterns, not null
   * @param buyers the repeat buyers' (x, t_x, T) with their mean repeat spend; empty when the book has none
   * @param spendExcluded repeat buyers whose repeat orders carry no revenue, not null
   * @return the fit
   * @throws IllegalStateException if the purchase model is not identified on this book, or is not a continuous-time
   *     model
   */
  public static BookFit fit(PurchaseModelKind kind, PurchaseData patterns, Optional<PurchaseData> buyers,
      List<CustomerId> spendExcluded) {
    PurchaseModelFitter fitter = PurchaseModelFitter.withDefaults();
    PurchaseModelFit purchaseFit = switch (kind) {
      case BG_NBD -> fitter.fitBgNbd(patterns);
      case MBG_NBD -> fitter.fitMbgNbd(patterns);
      case PARETO_NBD -> fitter.fitParetoNbd(patterns);
      case BG_BB, GAMMA_GAMMA -> throw new IllegalStateException("not a continuous-time model: " + kind);
      case BG_CNBD_K, MBG_CNBD_K -> throw new IllegalStateException("not supported by the pipeline: " + kind);
    };
    if (purchaseFit.status() == PurchaseFitStatus.NOT_IDENTIFIED) {
      throw new IllegalStateException("purchase model " + kind + " is not identified on this book of "
          + Math.round(patterns.customers()) + " customers (log-likelihood " + purchaseFit.logLikelihood()
          + "): choose another model or a longer history");
    }
    Optional<PurchaseModelFit> spendFit = buyers.filter(b -> b.size() >= 2).map(fitter::fitGammaGamma);
    return new BookFit(purchaseFit, spendFit, spendExcluded);
  }

  /**
   * Returns the purchase model's fit.
   *
   * @return the fit with its parameters, log-likelihood, iterations and status
   */
  public PurchaseModelFit purchaseFit() {
    return purchaseFit;
  }

  /**
   * Returns the spend model's fit.
   *
   * @return the Gamma-Gamma fit; empty when the book had fewer than two repeat buyers with revenue
   */
  public Optional<PurchaseModelFit> spendFit() {
    return spendFit;
  }

  /**
   * Returns the repeat buyers left out of the spend fit because their repeat orders carry no revenue.
   *
   * @return the customers, sorted
   */
  public List<CustomerId> spendExcluded() {
    return spendExcluded;
  }

  PurchaseModel model() {
    return model;
  }

  /** The spend model, or null when none could be fitted (too few buyers, no convergence, or q <= 1). */
  GammaGamma spend() {
    return spend;
  }

  @Override
  public String toString() {
    return "BookFit[" + purchaseFit.model() + " " + purchaseFit.status() + ", spend "
        + spendFit.map(f -> f.status().toString()).orElse("none") + "]";
  }
}
