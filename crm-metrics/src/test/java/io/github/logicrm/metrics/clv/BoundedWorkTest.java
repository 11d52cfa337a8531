package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that used to run for minutes (a Pareto/NBD fit of one customer took 320 s, P(X(t) = n) at
 * n = Integer.MAX_VALUE and BG/BB P(alive) at 10^8 opportunities looped once per unit): each now ends with a
 * status, a value or a rejection. The timeout only guards the build against a hang; speed is measured with JMH.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BoundedWorkTest {

  private static final PurchaseModelFitter FITTER = PurchaseModelFitter.withDefaults();

  @Test
  void degenerateBooksEndNotIdentified() {
    PurchaseData one = PurchaseData.of(new int[] {2}, new double[] {30}, new double[] {39});
    PurchaseData twins = PurchaseData.of(new int[] {2, 2}, new double[] {30, 30}, new double[] {39, 39});
    PurchaseData heavy = PurchaseData.of(new int[] {5000, 0}, new double[] {30, 0}, new double[] {39, 39});
    PurchaseData old = PurchaseData.of(new int[] {2, 0}, new double[] {30, 0}, new double[] {1e9, 39});
    for (PurchaseData data : new PurchaseData[] {one, twins, heavy, old}) {
      for (PurchaseModelFit fit : new PurchaseModelFit[] {FITTER.fitParetoNbd(data), FITTER.fitBgNbd(data),
          FITTER.fitMbgNbd(data)}) {
        assertThat(fit.status()).as("%s", fit).isEqualTo(PurchaseFitStatus.NOT_IDENTIFIED);
      }
    }
  }

  @Test
  void aBookOfTenThousandDistinctPatternsFits() {
    Simulate simulate = new Simulate(11);
    PurchaseData bg = simulate.betaGeometric(10_000, 0.25, 4.4, 0.8, 2.4, 0, 52);
    PurchaseData pareto = simulate.paretoNbd(10_000, 0.55, 10.6, 0.61, 11.7, 52);
    assertThat(bg.compress().size()).isGreaterThan(9_000);
    assertThat(pareto.compress().size()).isGreaterThan(9_000);
    assertThat(FITTER.fitBgNbd(bg).status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(FITTER.fitMbgNbd(bg).status()).isNotNull();
    assertThat(FITTER.fitParetoNbd(pareto).status()).isEqualTo(PurchaseFitStatus.CONVERGED);
  }

  @Test
  void probabilityOfPurchasesIsConstantWorkInN() {
    PurchaseModel[] models = {BgNbd.of(0.24, 4.4, 0.79, 2.4), MbgNbd.of(0.24, 4.4, 0.79, 2.4),
        ParetoNbd.of(0.55, 10.6, 0.61, 11.7)};
    for (PurchaseModel model : models) {
      assertThat(model.probabilityOfPurchases(Integer.MAX_VALUE, 39)).as("%s", model).isBetween(0.0, 1e-300);
      assertThat(model.probabilityOfPurchases(5_000_000, 1e7)).as("%s", model).isBetween(0.0, 1.0);
    }
  }

  @Test
  void purchaseClvRejectsHorizonsBeyondItsBound() {
    assertThatThrownBy(() -> PurchaseClv.of(Integer.MAX_VALUE, 4.33, 0.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("periods must be <= 100000: 2147483647");
    assertThat(PurchaseClv.of(PurchaseClv.MAX_PERIODS, 4.33, 0.01)).isNotNull();
  }

  @Test
  void bgBbRejectsMoreOpportunitiesThanItsBound() {
    BgBb model = BgBb.of(1.204, 0.750, 0.657, 2.783);
    assertThatThrownBy(() -> model.probabilityAlive(1, 1, 100_000_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("n must be in [0, 10000000]: 100000000");
    assertThatThrownBy(() -> model.probabilityOfPurchases(1, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("n must be in [0, 10000000]: 2147483647");
    assertThat(model.probabilityAlive(1, 1, BgBb.MAX_OPPORTUNITIES)).isBetween(0.0, 1.0);
  }
}
