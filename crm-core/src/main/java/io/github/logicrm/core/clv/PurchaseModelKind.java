package io.github.logicrm.core.clv;

import java.util.List;

/**
 * The probabilistic ("buy till you die") purchase and spend models, each with its parameters in a fixed order.
 *
 * <p>The continuous-time models (BG/NBD, MBG/NBD, Pareto/NBD) work on frequency, recency and age in a time
 * unit the caller names; BG/BB works on discrete transaction opportunities; Gamma-Gamma models the spend per
 * transaction of repeat buyers.
 */
public enum PurchaseModelKind {
  /** Beta-geometric/NBD (Fader, Hardie and Lee 2005): parameters r, alpha (gamma), a, b (beta). */
  BG_NBD("r", "alpha", "a", "b"),
  /** Modified BG/NBD (Batislam, Denizel and Filiztekin 2007): parameters r, alpha, a, b. */
  MBG_NBD("r", "alpha", "a", "b"),
  /** Pareto/NBD (Schmittlein, Morrison and Colombo 1987): parameters r, alpha, s, beta. */
  PARETO_NBD("r", "alpha", "s", "beta"),
  /** Beta-geometric/beta-Bernoulli (Fader, Hardie and Shang 2010): parameters alpha, beta, gamma, delta. */
  BG_BB("alpha", "beta", "gamma", "delta"),
  /** Gamma-Gamma spend model (Fader, Hardie and Lee 2005b): parameters p, q, gamma. */
  GAMMA_GAMMA("p", "q", "gamma"),
  /**
   * BG/CNBD-k (Platzer and Reutterer 2016): BG/NBD with Erlang-k inter-purchase times, for regular buyers.
   * Parameters k (the regularity, a whole number {@code >= 1}; chosen, not estimated, so its standard error
   * is reported as 0 and the others are conditional on it), r, alpha (gamma), a, b (beta). With k = 1 it is
   * BG/NBD.
   */
  BG_CNBD_K("k", "r", "alpha", "a", "b"),
  /**
   * MBG/CNBD-k (Platzer and Reutterer 2016): MBG/NBD with Erlang-k inter-purchase times. Parameters k, r,
   * alpha, a, b as for {@link #BG_CNBD_K}. With k = 1 it is MBG/NBD.
   */
  MBG_CNBD_K("k", "r", "alpha", "a", "b");

  private final List<String> parameterNames;

  PurchaseModelKind(String... parameterNames) {
    this.parameterNames = List.of(parameterNames);
  }

  /**
   * Returns the names of the model's parameters, in the order fits report them.
   *
   * @return the parameter names, not empty
   */
  public List<String> parameterNames() {
    return parameterNames;
  }
}
