package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Parameter recovery on simulated data (fixed seeds), weights and compression, penalty, statuses. */
class PurchaseModelFitterTest {

  private static final PurchaseModelFitter FITTER = PurchaseModelFitter.withDefaults();

  /** Each estimate within four of its standard errors of the truth, and the fit converged. */
  private static void assertRecovers(PurchaseModelFit fit, double... truth) {
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.standardErrors()).hasSize(truth.length);
    double[] estimate = fit.parameterArray();
    for (int i = 0; i < truth.length; i++) {
      String name = fit.model().parameterNames().get(i);
      double se = fit.standardErrors().get(name);
      assertThat(estimate[i]).as("%s of %s", name, fit.model()).isCloseTo(truth[i], within(4 * se));
      assertThat(se).as("standard error of %s", name).isLessThan(truth[i]);
    }
  }

  @Test
  void recoversBgNbd() {
    PurchaseData data = new Simulate(11).betaGeometric(4000, 0.6, 5.0, 0.8, 2.5, 0, 104);
    assertRecovers(FITTER.fitBgNbd(data), 0.6, 5.0, 0.8, 2.5);
  }

  @Test
  void recoversMbgNbd() {
    PurchaseData data = new Simulate(12).betaGeometric(4000, 0.6, 5.0, 0.8, 2.5, 1, 104);
    assertRecovers(FITTER.fitMbgNbd(data), 0.6, 5.0, 0.8, 2.5);
  }

  @Test
  void recoversParetoNbd() {
    PurchaseData data = new Simulate(13).paretoNbd(3000, 0.6, 5.0, 0.8, 12.0, 104);
    assertRecovers(FITTER.fitParetoNbd(data), 0.6, 5.0, 0.8, 12.0);
  }

  @Test
  void recoversBgBb() {
    PurchaseData data = new Simulate(14).bgBb(5000, 1.2, 0.75, 0.66, 2.8, 8);
    assertRecovers(FITTER.fitBgBb(data), 1.2, 0.75, 0.66, 2.8);
  }

  @Test
  void recoversGammaGamma() {
    PurchaseData data = new Simulate(15).gammaGamma(3000, 6, 4, 15);
    assertRecovers(FITTER.fitGammaGamma(data), 6, 4, 15);
  }

  @Test
  void compressedPatternsGiveTheSameFitAsTheRows() {
    PurchaseData rows = new Simulate(16).bgBb(2000, 1.2, 0.75, 0.66, 2.8, 6);
    // bgBb() already compresses; expand the patterns back to one row per customer
    int n = (int) rows.customers();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    int k = 0;
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < rows.weight(i); c++, k++) {
        x[k] = rows.frequency(i);
        tx[k] = rows.recency(i);
        t[k] = rows.age(i);
      }
    }
    PurchaseData expanded = PurchaseData.of(x, tx, t);
    assertThat(expanded.compress().size()).isEqualTo(rows.size());
    PurchaseModelFit fromPatterns = FITTER.fitBgBb(rows);
    PurchaseModelFit fromRows = FITTER.fitBgBb(expanded);
    assertThat(fromRows.logLikelihood()).isCloseTo(fromPatterns.logLikelihood(), within(1e-6));
    double[] a = fromPatterns.parameterArray();
    double[] b = fromRows.parameterArray();
    for (int i = 0; i < a.length; i++) {
      assertThat(b[i]).isCloseTo(a[i], within(1e-5 * a[i]));
    }
  }

  @Test
  void rowOrderDoesNotMatter() {
    PurchaseData data = new Simulate(17).betaGeometric(1000, 0.6, 5.0, 0.8, 2.5, 0, 52);
    int n = data.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      x[n - 1 - i] = data.frequency(i);
      tx[n - 1 - i] = data.recency(i);
      t[n - 1 - i] = data.age(i);
    }
    PurchaseModelFit forward = FITTER.fitBgNbd(data);
    PurchaseModelFit reversed = FITTER.fitBgNbd(PurchaseData.of(x, tx, t));
    assertThat(reversed.logLikelihood()).isCloseTo(forward.logLikelihood(), within(1e-8));
    assertThat(reversed.parameter("r")).isCloseTo(forward.parameter("r"), within(1e-7));
  }

  @Test
  void penaltyShrinksTheParameters() {
    PurchaseData data = SharedData.cdnow();
    PurchaseModelFit plain = FITTER.fitBgNbd(data);
    PurchaseModelFit penalized = FITTER.withPenalty(0.1).fitBgNbd(data);
    assertThat(penalized.penalty()).isEqualTo(0.1);
    assertThat(penalized.logLikelihood()).isLessThan(plain.logLikelihood());
    double plainNorm = Arrays.stream(plain.parameterArray()).map(v -> v * v).sum();
    double penalizedNorm = Arrays.stream(penalized.parameterArray()).map(v -> v * v).sum();
    assertThat(penalizedNorm).isLessThan(plainNorm);
  }

  @Test
  void dataWithoutRepeatPurchasesCannotIdentifyTheModel() {
    int[] x = new int[50];
    double[] tx = new double[50];
    double[] t = new double[50];
    Arrays.fill(t, 20);
    PurchaseModelFit fit = FITTER.fitBgNbd(PurchaseData.of(x, tx, t));
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.NOT_IDENTIFIED);
    assertThat(fit.isConverged()).isFalse();
    assertThat(FITTER.fitParetoNbd(PurchaseData.of(x, tx, t)).status()).isEqualTo(PurchaseFitStatus.NOT_IDENTIFIED);
  }

  @Test
  void iterationLimitIsReported() {
    PurchaseModelFit fit = FITTER.withMaxIterations(2).fitBgNbd(SharedData.cdnow());
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.MAX_ITERATIONS);
    assertThat(fit.model()).isEqualTo(PurchaseModelKind.BG_NBD);
  }

  @Test
  void fittedModelPredictsLikeOneMadeFromItsParameters() {
    PurchaseModelFit fit = FITTER.fitBgNbd(SharedData.cdnow());
    PurchaseModel model = PurchaseModel.from(fit);
    double[] p = fit.parameterArray();
    assertThat(model.probabilityAlive(3, 20, 38)).isEqualTo(BgNbd.of(p[0], p[1], p[2], p[3]).probabilityAlive(3, 20, 38));
    assertThat(model.parameters()).containsExactly(p);
    assertThatThrownBy(() -> PurchaseModel.from(FITTER.fitGammaGamma(SharedData.cdnow())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fit must be of BG_NBD, MBG_NBD or PARETO_NBD for a purchase model: GAMMA_GAMMA");
  }

  @Test
  void badSettingsAndDataAreRejected() {
    assertThatThrownBy(() -> FITTER.withPenalty(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("penalty must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> FITTER.withMaxIterations(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxIterations must be > 0: 0");
    PurchaseData noSpend = PurchaseData.of(new int[] {1}, new double[] {1}, new double[] {2});
    assertThatThrownBy(() -> FITTER.fitGammaGamma(noSpend))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("data must carry mean spend for Gamma-Gamma; use withMeanSpend(..)");
    assertThatThrownBy(() -> FITTER.fitGammaGamma(
        PurchaseData.of(new int[] {0, 0}, new double[] {0, 0}, new double[] {2, 3}).withMeanSpend(new double[2])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("data must hold at least one customer with repeat purchases: 0 of 2 rows");
    assertThatThrownBy(() -> FITTER.fitGammaGamma(noSpend.withMeanSpend(new double[] {0})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meanSpend of row 0 must be > 0 for a repeat buyer in Gamma-Gamma (transaction values are gamma "
            + "distributed, hence positive): 0.0; PurchaseData.withoutZeroSpendRepeatBuyers() leaves such customers "
            + "out and counts them");
    assertThatThrownBy(() -> FITTER.fitBgBb(PurchaseData.of(new int[] {1}, new double[] {1.5}, new double[] {6})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recency[0] must be a whole number of opportunities for BG/BB: 1.5");
    assertThatThrownBy(() -> FITTER.fitBgBb(PurchaseData.of(new int[] {3}, new double[] {2}, new double[] {6})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency[0] must be <= recency 2 for BG/BB: 3");
  }
}
