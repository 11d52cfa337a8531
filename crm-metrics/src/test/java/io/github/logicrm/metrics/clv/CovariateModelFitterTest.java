package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.CovariateModelFit;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CovariateModelFitterTest {

  /** Eight customers: x, t_x, T, purchase covariates (contract, distance), dropout covariate (contract). */
  private static final double[][] SMALL = {
      {0, 0.0, 38.86, 1, 0.3, 1},
      {2, 30.43, 38.86, 0, 1.2, 0},
      {5, 20.1, 30.0, 1, 0.0, 1},
      {1, 3.5, 35.2, 0, 2.5, 0},
      {12, 36.0, 37.5, 1, 0.8, 0},
      {0, 0.0, 10.0, 0, 1.7, 1},
      {3, 9.0, 27.0, 1, 0.4, 1},
      {25, 38.0, 39.0, 0, 0.9, 0},
  };
  /** Purchase coefficients (0.5, -0.3) and dropout coefficient 0.7 of the reference values. */
  private static final double[] COEFFICIENTS = {0.5, -0.3, 0.7};

  private static PurchaseData smallData() {
    int n = SMALL.length;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (int) SMALL[i][0];
      tx[i] = SMALL[i][1];
      t[i] = SMALL[i][2];
    }
    return PurchaseData.of(x, tx, t);
  }

  private static Covariates columns(List<String> names, int from) {
    double[][] rows = new double[SMALL.length][names.size()];
    for (int i = 0; i < SMALL.length; i++) {
      for (int j = 0; j < names.size(); j++) {
        rows[i][j] = SMALL[i][from + j];
      }
    }
    return Covariates.of(names, rows);
  }

  private static double[] point(double[] base, double... coefficients) {
    double[] u = new double[4 + coefficients.length];
    for (int i = 0; i < 4; i++) {
      u[i] = Math.log(base[i]);
    }
    System.arraycopy(coefficients, 0, u, 4, coefficients.length);
    return u;
  }

  private static CovariateLikelihood small(PurchaseModelKind kind) {
    return new CovariateLikelihood(kind, smallData(), columns(List.of("contract", "distance"), 3),
        columns(List.of("contract"), 5));
  }

  /**
   * Reference log-likelihoods computed once with mpmath at 40 digits from the closed form of the BG/NBD
   * likelihood and, for Pareto/NBD, from its integral form (the 2F1 is not used), each customer with
   * alpha_i = alpha exp(-(0.5 contract - 0.3 distance)) and a_i, b_i = a, b exp(0.7 contract) (BG/NBD) or
   * beta_i = beta exp(-0.7 contract) (Pareto/NBD).
   */
  @Test
  void likelihoodMatchesAnIndependentHighPrecisionComputation() {
    assertThat(small(PurchaseModelKind.BG_NBD).logLikelihood(point(new double[] {0.4, 5, 0.8, 2.4}, COEFFICIENTS),
        null)).isCloseTo(-112.80428135285183386, within(1e-10));
    assertThat(small(PurchaseModelKind.PARETO_NBD).logLikelihood(point(new double[] {0.6, 9, 0.8, 12},
        COEFFICIENTS), null)).isCloseTo(-114.35596674293465908, within(1e-9));
  }

  @Test
  void gradientMatchesCentralDifferences() {
    for (PurchaseModelKind kind : List.of(PurchaseModelKind.BG_NBD, PurchaseModelKind.PARETO_NBD)) {
      CovariateLikelihood likelihood = small(kind);
      double[] u = point(new double[] {0.6, 7, 0.9, 3}, COEFFICIENTS);
      double[] gradient = new double[u.length];
      likelihood.logLikelihood(u, gradient);
      for (int i = 0; i < u.length; i++) {
        double h = 1e-6;
        double[] up = u.clone();
        double[] down = u.clone();
        up[i] += h;
        down[i] -= h;
        double numeric = (likelihood.logLikelihood(up, null) - likelihood.logLikelihood(down, null)) / (2 * h);
        assertThat(gradient[i]).as(kind + " component " + i).isCloseTo(numeric, within(1e-6 * (1 + Math.abs(numeric))));
      }
    }
  }

  @Test
  void likelihoodWithZeroCoefficientsIsThePlainLikelihood() {
    PurchaseData data = smallData();
    double[] bg = {0.4, 5, 0.8, 2.4};
    double[] pareto = {0.6, 9, 0.8, 12};
    double plainBg = new BgNbdLikelihood(data, false).logLikelihood(bg, null);
    double plainPareto = new ParetoNbdLikelihood(data).logLikelihood(pareto, null);
    assertThat(small(PurchaseModelKind.BG_NBD).logLikelihood(point(bg, 0, 0, 0), null))
        .isCloseTo(plainBg, within(1e-12 * Math.abs(plainBg)));
    assertThat(small(PurchaseModelKind.PARETO_NBD).logLikelihood(point(pareto, 0, 0, 0), null))
        .isCloseTo(plainPareto, within(1e-12 * Math.abs(plainPareto)));
  }

  /** Simulated book: contract (0/1) and region (0/1) act on purchases, contract on dropout. */
  private record Book(PurchaseData data, Covariates purchase, Covariates dropout) {}

  private static Book simulate(PurchaseModelKind kind, int customers, double[] base, double[] coefficients,
      long seed) {
    Simulate simulate = new Simulate(seed);
    SplittableRandom random = new SplittableRandom(seed + 1);
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] t = new double[customers];
    double[][] purchase = new double[customers][2];
    double[][] dropout = new double[customers][1];
    double[] p = new double[4];
    for (int i = 0; i < customers; i++) {
      double contract = random.nextDouble() < 0.4 ? 1 : 0;
      double region = random.nextDouble() < 0.5 ? 1 : 0;
      purchase[i][0] = contract;
      purchase[i][1] = region;
      dropout[i][0] = contract;
      CovariateLikelihood.customerParameters(kind, base[0], base[1], base[2], base[3],
          coefficients[0] * contract + coefficients[1] * region, coefficients[2] * contract, p);
      t[i] = 52 * (0.5 + 0.5 * random.nextDouble());
      double lambda = simulate.gamma(p[0], p[1]);
      if (kind == PurchaseModelKind.BG_NBD) {
        double dropoutProbability = simulate.beta(p[2], p[3]);
        double clock = 0;
        while (true) {
          clock += -Math.log(1 - random.nextDouble()) / lambda;
          if (clock > t[i]) {
            break;
          }
          x[i]++;
          tx[i] = clock;
          if (random.nextDouble() < dropoutProbability) {
            break;
          }
        }
      } else {
        double end = Math.min(-Math.log(1 - random.nextDouble()) / simulate.gamma(p[2], p[3]), t[i]);
        double clock = -Math.log(1 - random.nextDouble()) / lambda;
        while (clock <= end) {
          x[i]++;
          tx[i] = clock;
          clock += -Math.log(1 - random.nextDouble()) / lambda;
        }
      }
    }
    return new Book(PurchaseData.of(x, tx, t), Covariates.of(List.of("contract", "region"), purchase),
        Covariates.of(List.of("contract"), dropout));
  }

  private static void assertRecovered(CovariateModelFit fit, double[] base, double[] coefficients) {
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    List<String> names = fit.model().parameterNames();
    for (int i = 0; i < 4; i++) {
      assertThat(fit.parameters().get(names.get(i))).as(names.get(i))
          .isCloseTo(base[i], within(3 * fit.standardErrors().get(names.get(i))));
    }
    assertThat(fit.purchaseCoefficients().get("contract")).as("purchase contract")
        .isCloseTo(coefficients[0], within(3 * fit.purchaseStandardErrors().get("contract")));
    assertThat(fit.purchaseCoefficients().get("region")).as("purchase region")
        .isCloseTo(coefficients[1], within(3 * fit.purchaseStandardErrors().get("region")));
    assertThat(fit.dropoutCoefficients().get("contract")).as("dropout contract")
        .isCloseTo(coefficients[2], within(3 * fit.dropoutStandardErrors().get("contract")));
    // the effects are large enough to be told from zero with this many customers
    assertThat(Math.abs(fit.purchaseCoefficients().get("contract")))
        .isGreaterThan(2 * fit.purchaseStandardErrors().get("contract"));
  }

  @Test
  void bgNbdRecoversItsParametersAndCoefficientsWithinThreeStandardErrors() {
    double[] base = {0.5, 6, 0.8, 2.5};
    double[] coefficients = {0.7, -0.4, 1.0};
    Book book = simulate(PurchaseModelKind.BG_NBD, 6000, base, coefficients, 20261128);
    CovariateModelFit fit = CovariateModelFitter.withDefaults().fitBgNbd(book.data, book.purchase, book.dropout);
    assertRecovered(fit, base, coefficients);
    assertThat(fit.customers()).isEqualTo(6000);
  }

  @Test
  void paretoNbdRecoversItsParametersAndCoefficientsWithinThreeStandardErrors() {
    double[] base = {0.6, 8, 0.7, 10};
    double[] coefficients = {0.7, -0.4, 0.8};
    Book book = simulate(PurchaseModelKind.PARETO_NBD, 6000, base, coefficients, 20261129);
    CovariateModelFit fit = CovariateModelFitter.withDefaults().fitParetoNbd(book.data, book.purchase,
        book.dropout);
    assertRecovered(fit, base, coefficients);
  }

  @Test
  void fitWithoutCovariatesIsThePlainFit() {
    Book book = simulate(PurchaseModelKind.BG_NBD, 1000, new double[] {0.5, 6, 0.8, 2.5}, new double[3], 7);
    CovariateModelFit fit = CovariateModelFitter.withDefaults().fitBgNbd(book.data, Covariates.none(),
        Covariates.none());
    PurchaseModelFit plain = PurchaseModelFitter.withDefaults().fitBgNbd(book.data);
    assertThat(fit.purchaseCoefficients()).isEmpty();
    assertThat(fit.dropoutCoefficients()).isEmpty();
    assertThat(fit.logLikelihood()).isCloseTo(plain.logLikelihood(), within(1e-9));
    for (Map.Entry<String, Double> e : plain.parameters().entrySet()) {
      assertThat(fit.parameters().get(e.getKey())).isCloseTo(e.getValue(), within(1e-6 * e.getValue()));
      assertThat(fit.standardErrors().get(e.getKey()))
          .isCloseTo(plain.standardErrors().get(e.getKey()), within(1e-4 * plain.standardErrors().get(e.getKey())));
    }
  }

  @Test
  void covariatesWithoutEffectAddLittleLikelihood() {
    Book book = simulate(PurchaseModelKind.BG_NBD, 3000, new double[] {0.5, 6, 0.8, 2.5}, new double[3], 11);
    CovariateModelFit fit = CovariateModelFitter.withDefaults().fitBgNbd(book.data, book.purchase, book.dropout);
    PurchaseModelFit plain = PurchaseModelFitter.withDefaults().fitBgNbd(book.data);
    // nested models: the fit with covariates is at least as likely; the likelihood-ratio statistic for three
    // null coefficients is chi-square(3), below 16.3 with probability 0.999
    assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(plain.logLikelihood() - 1e-9);
    assertThat(2 * (fit.logLikelihood() - plain.logLikelihood())).isLessThan(16.3);
  }

  /**
   * CDNOW (2,357 customers) with two covariates drawn independently of the histories, on both processes, as the
   * benchmark fits it: the fit converges, each coefficient is within 3 standard errors of 0, and the
   * likelihood-ratio statistic against the plain fit stays below chi-square(4)'s 0.999 quantile, 18.47.
   */
  @Test
  void cdnowWithCovariatesUnrelatedToTheHistories() {
    PurchaseData cdnow = SharedData.cdnow();
    SplittableRandom random = new SplittableRandom(20031);
    double[][] rows = new double[cdnow.size()][2];
    for (double[] row : rows) {
      row[0] = random.nextDouble() < 0.4 ? 1 : 0;
      row[1] = random.nextDouble() < 0.5 ? 1 : 0;
    }
    Covariates covariates = Covariates.of(List.of("contract", "region"), rows);
    for (PurchaseModelKind kind : List.of(PurchaseModelKind.BG_NBD, PurchaseModelKind.PARETO_NBD)) {
      CovariateModelFitter fitter = CovariateModelFitter.withDefaults();
      CovariateModelFit fit = kind == PurchaseModelKind.BG_NBD ? fitter.fitBgNbd(cdnow, covariates, covariates)
          : fitter.fitParetoNbd(cdnow, covariates, covariates);
      PurchaseModelFit plain = kind == PurchaseModelKind.BG_NBD ? PurchaseModelFitter.withDefaults().fitBgNbd(cdnow)
          : PurchaseModelFitter.withDefaults().fitParetoNbd(cdnow);
      assertThat(fit.status()).as(kind.toString()).isEqualTo(PurchaseFitStatus.CONVERGED);
      for (String name : List.of("contract", "region")) {
        assertThat(fit.purchaseCoefficients().get(name)).as(kind + " purchase " + name)
            .isCloseTo(0, within(3 * fit.purchaseStandardErrors().get(name)));
        assertThat(fit.dropoutCoefficients().get(name)).as(kind + " dropout " + name)
            .isCloseTo(0, within(3 * fit.dropoutStandardErrors().get(name)));
      }
      double ratio = 2 * (fit.logLikelihood() - plain.logLikelihood());
      assertThat(ratio).as(kind.toString()).isBetween(-1e-6, 18.47);
    }
  }
}
