package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import org.junit.jupiter.api.Test;

/**
 * The intervals over Pareto/NBD, whose P(alive) and expectations come from other formulas than BG/NBD's. The
 * book spans up to two years: over 39 weeks the dropout parameters s and beta are barely identified and a
 * resample's refit may wander far before it converges.
 */
class ParetoNbdIntervalsTest {

  @Test
  void gradientsMatchRichardsonDifferencesAndTheBootstrapIsReproducible() {
    PurchaseData book = new Simulate(31).paretoNbd(1500, 0.55, 10.5, 0.6, 11.7, 104);
    PurchaseModelFitter fitter = PurchaseModelFitter.withDefaults();
    PurchaseModelFit fit = fitter.fitParetoNbd(book);
    assertThat(fit.isConverged()).isTrue();
    DeltaMethodIntervals delta = DeltaMethodIntervals.of(fit, fitter.covariance(fit, book));
    double[] p = fit.parameterArray();
    double[] g = new double[4];
    double[] e = new double[4];
    delta.aliveGradient(2, 20, 38, g);
    delta.expectedGradient(39, 2, 20, 38, e);
    for (int j = 0; j < 4; j++) {
      double h = 1e-3 * p[j];
      double[] up = p.clone();
      double[] down = p.clone();
      double[] upHalf = p.clone();
      double[] downHalf = p.clone();
      up[j] += h;
      down[j] -= h;
      upHalf[j] += h / 2;
      downHalf[j] -= h / 2;
      double alive = ((4 * (pareto(upHalf).probabilityAlive(2, 20, 38) - pareto(downHalf).probabilityAlive(2, 20, 38))
          / h) - (pareto(up).probabilityAlive(2, 20, 38) - pareto(down).probabilityAlive(2, 20, 38)) / (2 * h)) / 3;
      double expected = ((4 * (pareto(upHalf).conditionalExpectedPurchases(39, 2, 20, 38)
          - pareto(downHalf).conditionalExpectedPurchases(39, 2, 20, 38)) / h)
          - (pareto(up).conditionalExpectedPurchases(39, 2, 20, 38)
          - pareto(down).conditionalExpectedPurchases(39, 2, 20, 38)) / (2 * h)) / 3;
      String name = PurchaseModelKind.PARETO_NBD.parameterNames().get(j);
      assertThat(g[j]).as("dP(alive)/d%s", name).isCloseTo(alive, within(1e-6 * Math.abs(alive) + 1e-12));
      assertThat(e[j]).as("dE[Y]/d%s", name).isCloseTo(expected, within(1e-6 * Math.abs(expected) + 1e-12));
    }
    ConfidenceInterval alive = delta.probabilityAlive(2, 20, 38);
    assertThat(alive.lower()).isLessThan(alive.estimate()).isPositive();
    assertThat(alive.upper()).isGreaterThan(alive.estimate()).isLessThan(1);

    BootstrapFits one = PurchaseModelBootstrap.of(12, 5).withThreads(1).fit(fit, book);
    BootstrapFits two = PurchaseModelBootstrap.of(12, 5).withThreads(2).fit(fit, book);
    assertThat(two).isEqualTo(one);
    assertThat(one.purchaseModel()).isEqualTo(PurchaseModelKind.PARETO_NBD);
    assertThat(one.purchaseDraws()).hasSize(12 - one.failedResamples());
  }

  private static ParetoNbd pareto(double[] p) {
    return ParetoNbd.of(p[0], p[1], p[2], p[3]);
  }
}
