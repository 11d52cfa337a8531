package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;

/**
 * The BG/NBD purchase model (Fader, Hardie and Lee 2005): while active a customer buys at Poisson rate lambda
 * (gamma across customers, shape r and rate alpha) and after each repeat purchase drops out with probability p
 * (beta across customers, a and b).
 *
 * <p>Immutable and thread-safe. Fit with {@link PurchaseModelFitter#fitBgNbd(PurchaseData)} and make the model
 * with {@link PurchaseModel#from(io.github.logicrm.core.clv.PurchaseModelFit)}, or give the parameters to
 * {@link #of(double, double, double, double)}. Every prediction holds over the whole parameter space
 * (including {@code a = 1} and {@code a + b <= 1}) and for any finite horizon.
 */
public final class BgNbd extends BetaGeometricModel {

  private BgNbd(double r, double alpha, double a, double b) {
    super(r, alpha, a, b, 0);
  }

  /**
   * Makes the model from its parameters.
   *
   * @param r gamma shape of the purchase rate, finite and {@code > 0}
   * @param alpha gamma rate (scale in time units) of the purchase rate, finite and {@code > 0}
   * @param a beta parameter of the dropout probability, finite and {@code > 0}
   * @param b beta parameter of the dropout probability, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if a parameter is not positive and finite
   */
  public static BgNbd of(double r, double alpha, double a, double b) {
    return new BgNbd(r, alpha, a, b);
  }

  @Override
  public PurchaseModelKind kind() {
    return PurchaseModelKind.BG_NBD;
  }
}
