package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelKind;

/**
 * The MBG/CNBD-k purchase model (Platzer and Reutterer 2016): MBG/NBD with Erlang-k inter-purchase times;
 * a customer may drop out after each purchase, the first included. With k = 1 it is MBG/NBD, figure for figure.
 *
 * <p>Immutable and thread-safe. Fit with {@link RegularPurchaseFitter} and make the model with
 * {@link ErlangPurchaseModel#from(io.github.logicrm.core.clv.PurchaseModelFit)}, or give the parameters to
 * {@link #of(int, double, double, double, double)}. The formulas are in {@link ErlangPurchaseModel}.
 */
public final class MbgCnbd extends ErlangPurchaseModel {

  private MbgCnbd(int k, double r, double alpha, double a, double b) {
    super(k, r, alpha, a, b, 1);
  }

  /**
   * Makes the model from its parameters.
   *
   * @param k regularity, the shape of the Erlang inter-purchase times, in [1, 100]
   * @param r gamma shape of the purchase rate, finite and {@code > 0}
   * @param alpha gamma rate of the purchase rate, finite and {@code > 0}
   * @param a beta parameter of the dropout probability, finite and {@code > 0}
   * @param b beta parameter of the dropout probability, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if k is out of range or a parameter is not positive and finite
   */
  public static MbgCnbd of(int k, double r, double alpha, double a, double b) {
    return new MbgCnbd(k, r, alpha, a, b);
  }

  @Override
  public PurchaseModelKind kind() {
    return PurchaseModelKind.MBG_CNBD_K;
  }
}
