package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.BootstrapParameter;
import io.github.logicrm.core.satisfaction.BootstrapResult;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.ParameterKind;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.PlscEstimate;
import io.github.logicrm.core.satisfaction.StructuralPath;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Consistent PLS (DOMAIN.md section 9; Dijkstra and Henseler 2015).
 *
 * <p>Reference: an independent numpy implementation (crm-metrics/src/test/reference/pls_reference.py, run once)
 * that iterates PLS on the data matrix to a 1e-14 fixed point, applies the correction from its formulas and solves
 * the path equations with numpy.linalg; eigenvalues from LAPACK. On the mobile phone data the corrected construct
 * correlation matrix is not positive semi-definite, so that estimate is inadmissible.
 */
class PlscTest {

  private static final Plsc TIGHT = Plsc.withDefaults()
      .withEstimator(PlsPathModeling.withDefaults().withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-13));

  private static final double MOBI_EIGENVALUE = -0.005576291033;
  /** rho_A per block, in block order. */
  private static final double[] MOBI_RELIABILITIES = {
      0.739516461402, 0.461687892869, 0.884256066036, 0.848785230942,
      0.785071927922, 1.000000000000, 0.745621656440};
  /** Consistent loadings, in item order. */
  private static final double[] MOBI_LOADINGS = {
      0.611753759110, 0.538303376547, 0.451168285567, 0.672678655384,
      0.666723977204, 0.511263134734, 0.457719282548, 0.439950092926,
      0.806948991071, 0.541881768001, 0.753291443217, 0.672752452643,
      0.683037765831, 0.681769388616, 0.809658207821, 0.754340610292,
      0.928159260597, 0.692799300779, 0.700844698252, 0.810116200162,
      1.000000000000, 0.593777738118, 0.173123802054, 0.869285902108};
  /** Corrected construct correlations, in block order. */
  private static final double[][] MOBI_CORRELATIONS = {
      {
          1.000000000000, 0.863753839568, 0.926142254312, 0.641501825764,
          0.909107759089, 0.551909765920, 0.759625665481},
      {
          0.863753839568, 1.000000000000, 0.872137859110, 0.577150855163,
          0.846449110223, 0.378847324253, 0.647217967813},
      {
          0.926142254312, 0.872137859110, 1.000000000000, 0.675853244408,
          0.953794212947, 0.565250561984, 0.662016941642},
      {
          0.641501825764, 0.577150855163, 0.675853244408, 1.000000000000,
          0.742474752382, 0.385035177730, 0.665747683456},
      {
          0.909107759089, 0.846449110223, 0.953794212947, 0.742474752382,
          1.000000000000, 0.593760570966, 0.857772292388},
      {
          0.551909765920, 0.378847324253, 0.565250561984, 0.385035177730,
          0.593760570966, 1.000000000000, 0.484436473107},
      {
          0.759625665481, 0.647217967813, 0.662016941642, 0.665747683456,
          0.857772292388, 0.484436473107, 1.000000000000}};
  private static final Map<String, Double> MOBI_PATHS = Map.ofEntries(
      Map.entry("Image -> Expectations", 0.863753839568),
      Map.entry("Expectations -> Quality", 0.872137859110),
      Map.entry("Expectations -> Value", -0.051326654898),
      Map.entry("Quality -> Value", 0.720617163326),
      Map.entry("Image -> Satisfaction", 0.147744445588),
      Map.entry("Expectations -> Satisfaction", 0.035517016847),
      Map.entry("Quality -> Satisfaction", 0.666563969131),
      Map.entry("Value -> Satisfaction", 0.176698323001),
      Map.entry("Satisfaction -> Complaints", 0.593760570966),
      Map.entry("Image -> Loyalty", -0.113771796555),
      Map.entry("Satisfaction -> Loyalty", 0.982751025872),
      Map.entry("Complaints -> Loyalty", -0.036290571527));
  private static final Map<String, Double> MOBI_R2 = Map.of(
      "Expectations", 0.746070695368,
      "Quality", 0.760624445293,
      "Value", 0.457408225043,
      "Satisfaction", 0.931337869088,
      "Complaints", 0.352551615634,
      "Loyalty", 0.738972147160);

  @Test
  void mobilePhoneEstimateMatchesTheReferenceAndIsReportedInadmissible() {
    EcsiData data = EcsiData.mobi();
    PathModel model = EcsiData.mobiModel();
    PlscEstimate plsc = TIGHT.estimate(model, data.columns, data.rows);
    assertThat(plsc.admissible()).isFalse();
    assertThat(plsc.problems()).containsExactly(
        "corrected construct correlation matrix is not positive semi-definite: smallest eigenvalue -0.006");
    assertThat(plsc.smallestEigenvalue().getAsDouble()).isCloseTo(MOBI_EIGENVALUE, within(1e-6));
    List<String> blocks = model.blocks().stream().map(LatentBlock::name).toList();
    for (int j = 0; j < blocks.size(); j++) {
      assertThat(plsc.reliabilities().get(blocks.get(j))).as(blocks.get(j))
          .isCloseTo(MOBI_RELIABILITIES[j], within(1e-6));
      for (int k = 0; k < blocks.size(); k++) {
        assertThat(plsc.constructCorrelations().get(blocks.get(j)).get(blocks.get(k)))
            .isCloseTo(MOBI_CORRELATIONS[j][k], within(1e-6));
      }
    }
    List<String> items = model.items();
    for (int i = 0; i < items.size(); i++) {
      assertThat(plsc.loadings().get(items.get(i))).as(items.get(i)).isCloseTo(MOBI_LOADINGS[i], within(1e-6));
    }
    assertThat(plsc.paths()).hasSize(MOBI_PATHS.size());
    for (PathEstimate path : plsc.paths()) {
      String name = path.from() + " -> " + path.to();
      assertThat(path.coefficient()).as(name).isCloseTo(MOBI_PATHS.get(name), within(1e-6));
    }
    MOBI_R2.forEach((block, r2) -> assertThat(plsc.rSquared().get(block)).as(block).isCloseTo(r2, within(1e-6)));
  }

  @Test
  void bankEstimateIsAdmissibleAndMatchesTheReference() {
    EcsiData data = EcsiData.satisfaction();
    PlscEstimate plsc = TIGHT.estimate(EcsiData.satisfactionModel(), data.columns, data.rows);
    assertThat(plsc.admissible()).isTrue();
    assertThat(plsc.problems()).isEmpty();
    assertThat(plsc.smallestEigenvalue().getAsDouble()).isCloseTo(0.000397093804, within(1e-6));
    assertThat(plsc.reliabilities().get("SAT")).isCloseTo(0.907274865742, within(1e-6));
    assertThat(plsc.path("VAL", "SAT").getAsDouble()).isCloseTo(1.253491592851, within(1e-6));
    assertThat(plsc.path("QUAL", "SAT").getAsDouble()).isCloseTo(-0.854211616911, within(1e-6));
    assertThat(plsc.path("SAT", "LOY").getAsDouble()).isCloseTo(0.508861469275, within(1e-6));
    assertThat(plsc.rSquared().get("SAT")).isCloseTo(0.884480719698, within(1e-6));
    assertThat(plsc.loadings().get("sat1")).isCloseTo(0.913954003628, within(1e-6));
  }

  @Test
  void recoversTheConstructPathsThatPlsAttenuates() {
    // X -> Y with path 0.5, each construct measured by three items loading 0.7 (reliability of a composite
    // about 0.74): PLS underestimates the path, PLSc recovers it. 20,000 respondents, fixed seed.
    SplittableRandom random = new SplittableRandom(20261128);
    int n = 20_000;
    double[][] rows = new double[n][6];
    for (int t = 0; t < n; t++) {
      double x = gaussian(random);
      double y = 0.5 * x + Math.sqrt(0.75) * gaussian(random);
      for (int i = 0; i < 3; i++) {
        rows[t][i] = 0.7 * x + Math.sqrt(0.51) * gaussian(random);
        rows[t][3 + i] = 0.7 * y + Math.sqrt(0.51) * gaussian(random);
      }
    }
    PathModel model = PathModel.builder().addBlocks(LatentBlock.of("X", "x1", "x2", "x3"))
        .addBlocks(LatentBlock.of("Y", "y1", "y2", "y3")).addPaths(StructuralPath.of("X", "Y")).build();
    List<String> columns = List.of("x1", "x2", "x3", "y1", "y2", "y3");
    PlscEstimate plsc = Plsc.withDefaults().estimate(model, columns, rows);
    PlsEstimate pls = PlsPathModeling.withDefaults().estimate(model, columns, rows);
    double se = Math.sqrt((1 - 0.25) / n) / 0.74; // a path's sampling SD, inflated by the correction
    assertThat(plsc.admissible()).isTrue();
    assertThat(plsc.path("X", "Y").getAsDouble()).isCloseTo(0.5, within(3 * se));
    assertThat(pls.path("X", "Y").getAsDouble()).isLessThan(0.5 - 10 * se);
    for (String item : columns) {
      assertThat(plsc.loadings().get(item)).as(item).isCloseTo(0.7, within(0.03));
    }
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  @Test
  void bootstrapOfPlscIsReproducibleCountsInadmissibleResamplesAndStartsFromTheEstimate() {
    EcsiData data = EcsiData.satisfaction();
    PlsBootstrap boot = PlsBootstrap.of(PlsPathModeling.withDefaults(), 200, 11).withConsistent(true);
    BootstrapResult parallel = boot.run(EcsiData.satisfactionModel(), data.columns, data.rows);
    BootstrapResult serial = boot.withParallel(false).run(EcsiData.satisfactionModel(), data.columns, data.rows);
    assertThat(serial).isEqualTo(parallel);
    assertThat(parallel.consistent()).isTrue();
    assertThat(parallel.inadmissibleResamples()).isPositive(); // EXPE and QUAL correlate 0.98 after correction
    assertThat(parallel.failedResamples() + parallel.inadmissibleResamples()).isLessThan(200);
    PlscEstimate plsc = Plsc.withDefaults().estimate(EcsiData.satisfactionModel(), data.columns, data.rows);
    BootstrapParameter path = parallel.parameter(ParameterKind.PATH, "SAT -> LOY").orElseThrow();
    assertThat(path.estimate()).isEqualTo(plsc.path("SAT", "LOY").getAsDouble());
    assertThat(parallel.parameter(ParameterKind.LOADING, "sat1").orElseThrow().estimate())
        .isEqualTo(plsc.loadings().get("sat1"));
    BootstrapResult plain = PlsBootstrap.of(PlsPathModeling.withDefaults(), 200, 11)
        .run(EcsiData.satisfactionModel(), data.columns, data.rows);
    assertThat(plain.consistent()).isFalse();
    assertThat(plain.inadmissibleResamples()).isZero();
    assertThat(plain.parameter(ParameterKind.PATH, "SAT -> LOY").orElseThrow().estimate())
        .isNotEqualTo(path.estimate());
  }

  @Test
  void oneResampleEqualsPlscOnThatResampleSpelledOut() {
    EcsiData data = EcsiData.satisfaction();
    PathModel model = EcsiData.satisfactionModel();
    int[] counts = new int[data.rows.length];
    PlsBootstrap.drawCounts(3, 0, counts);
    double[][] rows = new double[data.rows.length][];
    for (int t = 0, k = 0; t < counts.length; t++) {
      for (int c = 0; c < counts[t]; c++) {
        rows[k++] = data.rows[t];
      }
    }
    PlscEstimate direct = Plsc.withDefaults().estimate(model, data.columns, rows);
    assertThat(direct.admissible()).isTrue();
    BootstrapResult one = PlsBootstrap.of(PlsPathModeling.withDefaults(), 1, 3).withConsistent(true)
        .run(model, data.columns, data.rows);
    for (PathEstimate path : direct.paths()) {
      BootstrapParameter p = one.parameter(ParameterKind.PATH, path.from() + " -> " + path.to()).orElseThrow();
      assertThat(p.lower()).as(path.toString()).isCloseTo(path.coefficient(), within(1e-9));
      assertThat(p.upper()).as(path.toString()).isCloseTo(path.coefficient(), within(1e-9));
    }
    direct.loadings().forEach((item, l) -> assertThat(one.parameter(ParameterKind.LOADING, item).orElseThrow()
        .mean()).as(item).isCloseTo(l, within(1e-9)));
  }

  @Test
  void nonConvergenceIsAnError() {
    EcsiData data = EcsiData.mobi();
    Plsc oneStep = Plsc.withDefaults().withEstimator(PlsPathModeling.withDefaults().withMaxIterations(1));
    assertThatThrownBy(() -> oneStep.estimate(EcsiData.mobiModel(), data.columns, data.rows))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PLS estimation did not converge in 1 iterations; consistent PLS is not computed");
  }
}
