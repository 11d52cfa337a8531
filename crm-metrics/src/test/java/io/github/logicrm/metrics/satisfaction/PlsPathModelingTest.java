package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.BlockFit;
import io.github.logicrm.core.satisfaction.ConvergenceStatus;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.InnerScheme;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.OuterMode;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.StructuralPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reference numbers of DOMAIN.md section 2 (plspm on its satisfaction data). */
class PlsPathModelingTest {

  /** plspm's stopping rule and tolerance, under which its published figures were produced. */
  private static final PlsPathModeling PLSPM =
      PlsPathModeling.withDefaults().withConvergence(ConvergenceCriterion.SQUARED_CHANGE, 1e-6);

  private static PlsEstimate estimate(PlsPathModeling pls) {
    EcsiData data = EcsiData.satisfaction();
    return pls.estimate(EcsiData.satisfactionModel(), data.columns, data.rows);
  }

  private static void assertSatPaths(PlsEstimate e, double imag, double expe, double qual, double val, double tol) {
    assertThat(e.path("IMAG", "SAT").getAsDouble()).isCloseTo(imag, within(tol));
    assertThat(e.path("EXPE", "SAT").getAsDouble()).isCloseTo(expe, within(tol));
    assertThat(e.path("QUAL", "SAT").getAsDouble()).isCloseTo(qual, within(tol));
    assertThat(e.path("VAL", "SAT").getAsDouble()).isCloseTo(val, within(tol));
  }

  private static double r2(PlsEstimate e, String block) {
    return e.block(block).orElseThrow().rSquared().getAsDouble();
  }

  @Test
  void centeredRawDataCentroidReproducesPlspm() {
    PlsEstimate e = estimate(PLSPM.withTreatment(DataTreatment.CENTERED));
    assertThat(e.status()).isEqualTo(ConvergenceStatus.CONVERGED);
    assertSatPaths(e, 0.2007242003, -0.0027539946, 0.1221445656, 0.5893306500, 1e-9);
    assertThat(r2(e, "EXPE")).isCloseTo(0.3351936724, within(1e-9));
    assertThat(r2(e, "QUAL")).isCloseTo(0.7196882352, within(1e-9));
    assertThat(r2(e, "VAL")).isCloseTo(0.5900843728, within(1e-9));
    assertThat(r2(e, "SAT")).isCloseTo(0.7073209495, within(1e-9));
    assertThat(r2(e, "LOY")).isCloseTo(0.5099225621, within(1e-9));
    assertThat(e.goodnessOfFit().getAsDouble()).isCloseTo(0.6097416243, within(1e-9));
    double[] imag = {0.0982418502, 0.1574728638, 0.1567221182, 0.0765758587, 0.1843302414};
    for (int i = 0; i < imag.length; i++) {
      assertThat(e.outerWeights().get("imag" + (i + 1))).isCloseTo(imag[i], within(1e-9));
    }
    double[] sat = {0.1663665494, 0.1626597979, 0.1210913591, 0.1320790768};
    for (int i = 0; i < sat.length; i++) {
      assertThat(e.outerWeights().get("sat" + (i + 1))).isCloseTo(sat[i], within(1e-9));
    }
  }

  @Test
  void standardizedCentroidReproducesPlspm() {
    PlsEstimate e = estimate(PLSPM);
    assertSatPaths(e, 0.183332282, 0.007202542, 0.138876171, 0.582134977, 5e-10);
    double[] sat = {0.3170503, 0.3172114, 0.2482116, 0.2601389};
    for (int i = 0; i < sat.length; i++) {
      assertThat(e.outerWeights().get("sat" + (i + 1))).isCloseTo(sat[i], within(5e-8));
    }
  }

  @Test
  void standardizedPathSchemeReproducesPlspm() {
    PlsEstimate e = estimate(PLSPM.withScheme(InnerScheme.PATH));
    assertSatPaths(e, 0.18556036, 0.00848674, 0.13760456, 0.58003213, 5e-9);
  }

  @Test
  void defaultCriterionReachesTheFixedPointNextToPlspmsIterate() {
    PlsEstimate fixed = estimate(PlsPathModeling.withDefaults());
    PlsEstimate plspm = estimate(PLSPM);
    assertThat(fixed.isConverged()).isTrue();
    assertThat(fixed.iterations()).isGreaterThan(plspm.iterations());
    // plspm stops after a few iterations; its figures lie within 1e-6 of the fixed point, not closer
    assertSatPaths(fixed, 0.183332282, 0.007202542, 0.138876171, 0.582134977, 1e-6);
    PlsEstimate tighter = estimate(PlsPathModeling.withDefaults()
        .withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-12));
    fixed.outerWeights().forEach((item, w) ->
        assertThat(tighter.outerWeights().get(item)).isCloseTo(w, within(1e-7)));
  }

  @Test
  void iterationLimitGivesNotConvergedStatus() {
    PlsEstimate e = estimate(PlsPathModeling.withDefaults().withMaxIterations(2));
    assertThat(e.status()).isEqualTo(ConvergenceStatus.NOT_CONVERGED);
    assertThat(e.isConverged()).isFalse();
    assertThat(e.iterations()).isEqualTo(2);
  }

  @Test
  void scoresAreStandardizedAndLoadingsAreTheirCorrelationsWithTheItems() {
    EcsiData data = EcsiData.satisfaction();
    PlsEstimate e = estimate(PlsPathModeling.withDefaults());
    double[] sat = scores(e, "SAT");
    assertThat(mean(sat)).isCloseTo(0, within(1e-12));
    assertThat(variance(sat)).isCloseTo(1, within(1e-12));
    for (int i = 1; i <= 4; i++) {
      double[] item = column(data, "sat" + i);
      assertThat(e.loadings().get("sat" + i)).isCloseTo(correlation(item, sat), within(1e-12));
    }
    // the score is the weighted sum of the standardized items
    double[] rebuilt = new double[sat.length];
    for (int i = 1; i <= 4; i++) {
      double[] z = standardize(column(data, "sat" + i));
      for (int t = 0; t < z.length; t++) {
        rebuilt[t] += e.outerWeights().get("sat" + i) * z[t];
      }
    }
    for (int t = 0; t < sat.length; t++) {
      assertThat(rebuilt[t]).isCloseTo(sat[t], within(1e-12));
    }
    // one-predictor equations: the path is the correlation of the scores, R2 its square
    double r = correlation(scores(e, "IMAG"), scores(e, "EXPE"));
    assertThat(e.path("IMAG", "EXPE").getAsDouble()).isCloseTo(r, within(1e-12));
    assertThat(r2(e, "EXPE")).isCloseTo(r * r, within(1e-12));
  }

  @Test
  void blockQualityFollowsItsDefinitions() {
    PlsEstimate e = estimate(PlsPathModeling.withDefaults());
    double sum = 0;
    double sum2 = 0;
    for (int i = 1; i <= 4; i++) {
      double l = e.loadings().get("sat" + i);
      sum += l;
      sum2 += l * l;
    }
    BlockFit sat = e.block("SAT").orElseThrow();
    assertThat(sat.ave()).isCloseTo(sum2 / 4, within(1e-12));
    assertThat(e.communality("sat1").getAsDouble()).isEqualTo(Math.pow(e.loadings().get("sat1"), 2));
    assertThat(e.communality("nope")).isEmpty();
    assertThat(sat.compositeReliability().getAsDouble()).isCloseTo(sum * sum / (sum * sum + 4 - sum2), within(1e-12));
    assertThat(sat.adjustedRSquared().getAsDouble())
        .isCloseTo(1 - (1 - r2(e, "SAT")) * 249 / (250 - 4 - 1), within(1e-12));
    assertThat(e.block("IMAG").orElseThrow().rSquared()).isEmpty();
    // standardized Cronbach's alpha from the mean inter-item correlation of the four sat items
    EcsiData data = EcsiData.satisfaction();
    double meanR = 0;
    for (int a = 1; a <= 4; a++) {
      for (int b = a + 1; b <= 4; b++) {
        meanR += correlation(column(data, "sat" + a), column(data, "sat" + b)) / 6;
      }
    }
    assertThat(sat.cronbachAlpha().getAsDouble()).isCloseTo(4 * meanR / (1 + 3 * meanR), within(1e-12));
  }

  @Test
  void rowOrderDoesNotMatter() {
    EcsiData data = EcsiData.satisfaction();
    double[][] reversed = new double[data.rows.length][];
    for (int t = 0; t < reversed.length; t++) {
      reversed[t] = data.rows[reversed.length - 1 - t];
    }
    PlsEstimate a = PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, data.rows);
    PlsEstimate b = PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, reversed);
    a.outerWeights().forEach((item, w) -> assertThat(b.outerWeights().get(item)).isCloseTo(w, within(1e-12)));
    assertThat(b.goodnessOfFit().getAsDouble()).isCloseTo(a.goodnessOfFit().getAsDouble(), within(1e-12));
  }

  @Test
  void standardizedEstimateIgnoresItemUnitsAndTheVarianceDivisor() {
    // Rescaling items (0-10 answers to 0-100, or n-1 instead of n standard deviations) and shifting them changes
    // nothing once items are standardized. With centered items, one common factor k for every item (the ratio of
    // the two divisors' standard deviations) divides the weights by k and leaves the paths alone.
    EcsiData data = EcsiData.satisfaction();
    double k = Math.sqrt(250.0 / 249.0);
    double[] factor = new double[data.columns.size()];
    for (int c = 0; c < factor.length; c++) {
      factor[c] = c % 2 == 0 ? k : 10 + c;
    }
    PlsEstimate a = PlsPathModeling.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, data.rows);
    PlsEstimate b = PlsPathModeling.withDefaults()
        .estimate(EcsiData.satisfactionModel(), data.columns, transform(data.rows, factor, 3));
    a.outerWeights().forEach((item, w) -> assertThat(b.outerWeights().get(item)).isCloseTo(w, within(1e-12)));
    a.paths().forEach(p -> assertThat(b.path(p.from(), p.to()).getAsDouble()).isCloseTo(p.coefficient(), within(1e-12)));
    Arrays.fill(factor, k);
    PlsPathModeling centered = PlsPathModeling.withDefaults().withTreatment(DataTreatment.CENTERED);
    PlsEstimate c = centered.estimate(EcsiData.satisfactionModel(), data.columns, data.rows);
    PlsEstimate d = centered.estimate(EcsiData.satisfactionModel(), data.columns, transform(data.rows, factor, 0));
    c.outerWeights().forEach((item, w) -> assertThat(d.outerWeights().get(item) * k).isCloseTo(w, within(1e-12)));
    c.paths().forEach(p -> assertThat(d.path(p.from(), p.to()).getAsDouble()).isCloseTo(p.coefficient(), within(1e-12)));
    assertThat(d.goodnessOfFit().getAsDouble()).isCloseTo(c.goodnessOfFit().getAsDouble(), within(1e-12));
  }

  private static double[][] transform(double[][] rows, double[] factor, double shift) {
    double[][] out = new double[rows.length][factor.length];
    for (int t = 0; t < rows.length; t++) {
      for (int c = 0; c < factor.length; c++) {
        out[t][c] = factor[c] * rows[t][c] + shift;
      }
    }
    return out;
  }

  @Test
  void mobiEcsiConvergesInEverySchemeAndModeB() {
    EcsiData data = EcsiData.mobi();
    PathModel model = EcsiData.mobiModel();
    for (InnerScheme scheme : InnerScheme.values()) {
      PlsEstimate e = PlsPathModeling.withDefaults().withScheme(scheme).estimate(model, data.columns, data.rows);
      assertThat(e.isConverged()).as("%s", scheme).isTrue();
      assertThat(e.loadings().values()).allSatisfy(l -> assertThat(l).isPositive());
      assertThat(e.paths()).hasSize(12);
      assertThat(variance(scores(e, CsiModels.SATISFACTION))).isCloseTo(1, within(1e-12));
      assertThat(e.goodnessOfFit().getAsDouble()).isBetween(0.0, 1.0);
    }
    PathModel formative = model;
    for (LatentBlock block : model.blocks()) {
      formative = formative.withMode(block.name(), OuterMode.B);
    }
    PlsEstimate b = PlsPathModeling.withDefaults().estimate(formative, data.columns, data.rows);
    assertThat(b.isConverged()).isTrue();
    assertThat(variance(scores(b, CsiModels.QUALITY))).isCloseTo(1, within(1e-12));
    // in mode B the single-item block's score is its standardized item
    double[] complaints = scores(b, CsiModels.COMPLAINTS);
    assertThat(correlation(complaints, column(data, "CUSCO"))).isCloseTo(1, within(1e-12));
  }

  @Test
  void modeBWeightsAreTheRegressionOfTheInnerProxyOnTheItems() {
    // With two blocks and the factorial scheme, the inner proxy of a block is r * (the other block's score).
    EcsiData data = EcsiData.mobi();
    PathModel model = PathModel.builder()
        .addBlocks(LatentBlock.of("Q", "PERQ1", "PERQ2", "PERQ3").withMode(OuterMode.B))
        .addBlocks(LatentBlock.of("S", "CUSA1", "CUSA2", "CUSA3"))
        .addPaths(StructuralPath.of("Q", "S"))
        .build();
    PlsEstimate e = PlsPathModeling.withDefaults().withScheme(InnerScheme.FACTORIAL)
        .withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-13).estimate(model, data.columns, data.rows);
    double[] s = scores(e, "S");
    double[][] z = {standardize(column(data, "PERQ1")), standardize(column(data, "PERQ2")),
        standardize(column(data, "PERQ3"))};
    double[] beta = leastSquares(z, s);
    double norm = Math.sqrt(variance(combine(z, beta)));
    for (int i = 0; i < 3; i++) {
      assertThat(e.outerWeights().get("PERQ" + (i + 1))).isCloseTo(beta[i] / norm, within(1e-9));
    }
  }

  @Test
  void recoversTheParametersOfASimulatedModel() {
    // xi -> eta1 (0.6), xi -> eta2 (0.3), eta1 -> eta2 (0.5); four items per block, every loading 0.85.
    int n = 20_000;
    double lambda = 0.85;
    SplittableRandom random = new SplittableRandom(20261122);
    List<String> columns = new ArrayList<>();
    for (String b : List.of("x", "a", "b")) {
      for (int i = 1; i <= 4; i++) {
        columns.add(b + i);
      }
    }
    double[][] rows = new double[n][12];
    double var2 = 1 - (0.3 * 0.3 + 0.5 * 0.5 + 2 * 0.3 * 0.5 * 0.6);
    for (int t = 0; t < n; t++) {
      double xi = gaussian(random);
      double eta1 = 0.6 * xi + Math.sqrt(1 - 0.36) * gaussian(random);
      double eta2 = 0.3 * xi + 0.5 * eta1 + Math.sqrt(var2) * gaussian(random);
      double[] lv = {xi, eta1, eta2};
      for (int c = 0; c < 12; c++) {
        rows[t][c] = 5 + 2 * (lambda * lv[c / 4] + Math.sqrt(1 - lambda * lambda) * gaussian(random));
      }
    }
    PathModel model = PathModel.builder()
        .addBlocks(LatentBlock.of("XI", "x1", "x2", "x3", "x4"))
        .addBlocks(LatentBlock.of("ETA1", "a1", "a2", "a3", "a4"))
        .addBlocks(LatentBlock.of("ETA2", "b1", "b2", "b3", "b4"))
        .addPaths(StructuralPath.of("XI", "ETA1"), StructuralPath.of("XI", "ETA2"), StructuralPath.of("ETA1", "ETA2"))
        .build();
    PlsEstimate e = PlsPathModeling.withDefaults().estimate(model, columns, rows);
    // Population values of PLS itself: equal loadings give equal weights, so each score is the standardized sum
    // of its items, whose reliability rho attenuates every latent correlation by rho.
    double rho = Math.pow(4 * lambda, 2) / (Math.pow(4 * lambda, 2) + 4 * (1 - lambda * lambda));
    double r01 = 0.6 * rho;
    double r02 = (0.3 + 0.5 * 0.6) * rho;
    double r12 = (0.3 * 0.6 + 0.5) * rho;
    double p02 = (r02 - r01 * r12) / (1 - r01 * r01);
    double p12 = (r12 - r01 * r02) / (1 - r01 * r01);
    double loading = (lambda * 4 * lambda + 1 - lambda * lambda)
        / Math.sqrt(Math.pow(4 * lambda, 2) + 4 * (1 - lambda * lambda));
    double se = 3 / Math.sqrt(n);
    assertThat(e.path("XI", "ETA1").getAsDouble()).isCloseTo(r01, within(se));
    assertThat(e.path("XI", "ETA2").getAsDouble()).isCloseTo(p02, within(2 * se));
    assertThat(e.path("ETA1", "ETA2").getAsDouble()).isCloseTo(p12, within(2 * se));
    assertThat(e.loadings().values()).allSatisfy(l -> assertThat(l).isCloseTo(loading, within(se)));
    assertThat(e.outerWeights().values()).allSatisfy(w -> assertThat(w).isCloseTo(
        1 / Math.sqrt(Math.pow(4 * lambda, 2) + 4 * (1 - lambda * lambda)) , within(se)));
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  static double[] scores(PlsEstimate e, String block) {
    return e.scores().get(block).stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double[] column(EcsiData data, String name) {
    int c = data.columns.indexOf(name);
    double[] out = new double[data.rows.length];
    for (int t = 0; t < out.length; t++) {
      out[t] = data.rows[t][c];
    }
    return out;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  static double variance(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return s / v.length;
  }

  static double[] standardize(double[] v) {
    double m = mean(v);
    double sd = Math.sqrt(variance(v));
    double[] out = new double[v.length];
    for (int t = 0; t < v.length; t++) {
      out[t] = (v[t] - m) / sd;
    }
    return out;
  }

  static double correlation(double[] a, double[] b) {
    double[] za = standardize(a);
    double[] zb = standardize(b);
    double s = 0;
    for (int t = 0; t < a.length; t++) {
      s += za[t] * zb[t];
    }
    return s / a.length;
  }

  private static double[] combine(double[][] z, double[] beta) {
    double[] out = new double[z[0].length];
    for (int i = 0; i < z.length; i++) {
      for (int t = 0; t < out.length; t++) {
        out[t] += beta[i] * z[i][t];
      }
    }
    return out;
  }

  /** OLS by Cramer's rule on the 3 x 3 normal equations (independent of the engine's solver). */
  private static double[] leastSquares(double[][] z, double[] y) {
    double[][] a = new double[3][3];
    double[] b = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int t = 0; t < y.length; t++) {
        b[i] += z[i][t] * y[t];
      }
      for (int j = 0; j < 3; j++) {
        for (int t = 0; t < y.length; t++) {
          a[i][j] += z[i][t] * z[j][t];
        }
      }
    }
    double det = det3(a);
    double[] x = new double[3];
    for (int k = 0; k < 3; k++) {
      double[][] m = {a[0].clone(), a[1].clone(), a[2].clone()};
      for (int i = 0; i < 3; i++) {
        m[i][k] = b[i];
      }
      x[k] = det3(m) / det;
    }
    return x;
  }

  private static double det3(double[][] m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }
}
