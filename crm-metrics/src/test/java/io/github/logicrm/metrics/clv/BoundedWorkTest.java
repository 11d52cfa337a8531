package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
  void timesUpToMaxTimeAreAnsweredAndLongerOnesRejected() {
    // mpmath 1.3, 40 digits: P(X(t) = n) as the survival term plus the death integral by quad, E[X(t)] and
    // E[Y(t) | x, t_x, T] in closed form with P(alive) from the 2F1 of Fader, Hardie and Lee (2005a)
    ParetoNbd pareto = ParetoNbd.of(0.55315, 10.57633, 0.60625, 11.67150);
    double max = PurchaseModel.MAX_TIME;
    assertThat(max).isEqualTo(1e9);
    assertThat(pareto.probabilityOfPurchases(0, max)).isCloseTo(0.50969396639466061103, within(1e-10));
    assertThat(pareto.probabilityOfPurchases(1, max)).isCloseTo(0.13407684939064435731, within(1e-10));
    assertThat(pareto.probabilityOfPurchases(5, max)).isCloseTo(0.021274847582573980487, within(1e-10));
    assertThat(pareto.expectedPurchases(max)).isCloseTo(2058.9985098210944489, within(2058.9985 * 1e-10));
    assertThat(pareto.conditionalExpectedPurchases(max, 2, 30.43, 38.86))
        .isCloseTo(4293.8059706828356406, within(4293.806 * 1e-10));
    assertThat(pareto.probabilityAlive(2, 30.43, max)).isCloseTo(2.4659353069696505677e-23, within(2.466e-33));
    assertThat(pareto.conditionalExpectedPurchases(39, 2, max, max))
        .isCloseTo(9.9572847769746955173e-8, within(9.957e-18));
    double beyond = Math.nextUp(max);
    PurchaseModel[] models = {pareto, BgNbd.of(0.24, 4.4, 0.79, 2.4), MbgNbd.of(0.24, 4.4, 0.79, 2.4)};
    for (PurchaseModel model : models) {
      assertThat(model.expectedPurchases(max)).as("%s", model).isFinite().isPositive();
      assertThat(model.conditionalExpectedPurchases(max, 2, 30.43, max)).as("%s", model).isFinite();
      for (double t : new double[] {beyond, 1e300, Double.MAX_VALUE}) {
        String message = "t must be <= PurchaseModel.MAX_TIME 1.0E9: " + t;
        assertThatThrownBy(() -> model.expectedPurchases(t)).hasMessage(message);
        assertThatThrownBy(() -> model.probabilityOfPurchases(1, t)).hasMessage(message);
        assertThatThrownBy(() -> model.conditionalExpectedPurchases(t, 2, 30.43, 38.86)).hasMessage(message);
        assertThatThrownBy(() -> model.score(t, new int[1], new double[1], new double[1], new double[1],
            new double[1])).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> model.probabilityAlive(2, 30.43, t))
            .hasMessage("age must be <= PurchaseModel.MAX_TIME 1.0E9: " + t);
        assertThatThrownBy(() -> model.score(39, new int[] {0, 2}, new double[] {0, 30.43}, new double[] {39, t},
            new double[2], new double[2])).hasMessage("age[1] must be <= PurchaseModel.MAX_TIME 1.0E9: " + t);
      }
    }
    assertThatThrownBy(() -> PurchaseClv.of(12, max / 11, 0.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeUnitsPerPeriod must keep the horizon of 12 periods within PurchaseModel.MAX_TIME 1.0E9: "
            + max / 11);
    assertThat(PurchaseClv.of(10, max / 10, 0.01).value(pareto, 10, 2, 30.43, 38.86)).isFinite().isPositive();
  }

  @Test
  void aModelWithAEqualToOneAnswersAtTheLongestHorizon() {
    // a = b = r = alpha = 1, where the closed form has its removable singularity; a horizon of Double.MAX_VALUE
    // used to overflow t / alpha and loop without end. mpmath 1.3, 40 digits, by quad of the beta-geometric
    // renewal integral; E[X(t)] here is ln(1 + t) exactly
    double max = PurchaseModel.MAX_TIME;
    BgNbd bg = BgNbd.of(1, 1, 1, 1);
    assertThat(bg.expectedPurchases(max)).isCloseTo(Math.log1p(max), within(20.72 * 1e-12))
        .isCloseTo(20.723265837946411156, within(20.72 * 1e-12));
    assertThat(bg.conditionalExpectedPurchases(max, 1, 1, 1)).isCloseTo(20.030118658386465845, within(20.03e-10));
    assertThat(MbgNbd.of(1, 1, 1, 1).expectedPurchases(max)).isCloseTo(19.723265858669676994, within(19.72e-10));
    assertThatThrownBy(() -> bg.expectedPurchases(Double.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t must be <= PurchaseModel.MAX_TIME 1.0E9: " + Double.MAX_VALUE);
    assertThatThrownBy(() -> bg.conditionalExpectedPurchases(1, 1, 1, Double.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age must be <= PurchaseModel.MAX_TIME 1.0E9: " + Double.MAX_VALUE);
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
