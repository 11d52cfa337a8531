package io.github.logicrm.metrics.internal;

import java.util.function.DoubleBinaryOperator;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * Expectations {@code E[g(p)]} over {@code p ~ Beta(a, b)} of smooth positive functions, by the trapezoidal rule in the
 * logistic variable {@code y = logit p}, where the integrand {@code p^a (1 - p)^b g(p) / B(a, b)} is analytic in
 * a strip around the real axis (for the functions used here: {@code (1 + p u)^-s}, {@code (1 - p) / (d + p)}) and
 * falls off like {@code e^(a y)} and {@code e^(-b y)} at the ends, so the rule converges geometrically. The step
 * resolves the density's width in y ({@code min(0.2, 0.55 sqrt(1/a + 1/b))}); the range reaches 40 units of decay
 * beyond the density's peak at both ends, and on the left beyond a point the caller names where g changes scale.
 * Not part of the public API.
 */
public final class BetaExpectation {

  private BetaExpectation() {}

  /**
   * Returns {@code E[g(p)]} for {@code p ~ Beta(a, b)}, each node's weight and {@code ln g} added in log space.
   *
   * @param a first beta parameter, {@code > 0}
   * @param b second beta parameter, {@code > 0}
   * @param leftEdge a logit below which g still changes (the rule reaches 40 / a beyond it), e.g. {@code ln d}
   *     for {@code 1 / (d + p)}; 0 when there is none
   * @param logG the logarithm of the function, given {@code ln p} and {@code ln(1 - p)}
   * @return the expectation; infinite if it exceeds the double range
   */
  public static double of(double a, double b, double leftEdge, DoubleBinaryOperator logG) {
    double step = Math.min(0.2, 0.55 * Math.sqrt(1 / a + 1 / b));
    double peak = Math.log(a / b);
    double lower = Math.min(Math.min(0, leftEdge), peak) - 40 / a - 2;
    double upper = Math.max(0, peak) + 40 / b + 2;
    int nodes = (int) Math.ceil((upper - lower) / step);
    double logNorm = LogBeta.value(a, b);
    double sum = 0;
    for (int j = 0; j <= nodes; j++) {
      double y = lower + j * step;
      double logP = y < 0 ? y - Math.log1p(Math.exp(y)) : -Math.log1p(Math.exp(-y));
      double logQ = y > 0 ? -y - Math.log1p(Math.exp(-y)) : -Math.log1p(Math.exp(y));
      sum += Math.exp(a * logP + b * logQ - logNorm + logG.applyAsDouble(logP, logQ));
    }
    return sum * step;
  }
}
