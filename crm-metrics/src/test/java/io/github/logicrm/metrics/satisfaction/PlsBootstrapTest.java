package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.BootstrapParameter;
import io.github.logicrm.core.satisfaction.BootstrapResult;
import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.ParameterKind;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.StructuralPath;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlsBootstrapTest {

  private static final PathModel SMALL = PathModel.builder()
      .addBlocks(LatentBlock.of("X", "x1", "x2", "x3"))
      .addBlocks(LatentBlock.of("Y", "y1", "y2", "y3"))
      .addPaths(StructuralPath.of("X", "Y"))
      .build();
  private static final List<String> COLUMNS = List.of("x1", "x2", "x3", "y1", "y2", "y3");

  @Test
  void serialAndParallelRunsAreIdentical() {
    EcsiData data = EcsiData.satisfaction();
    PlsBootstrap bootstrap = PlsBootstrap.of(PlsPathModeling.withDefaults(), 200, 7);
    BootstrapResult parallel = bootstrap.run(EcsiData.satisfactionModel(), data.columns, data.rows);
    BootstrapResult serial = bootstrap.withParallel(false).run(EcsiData.satisfactionModel(), data.columns, data.rows);
    assertThat(parallel).isEqualTo(serial);
    assertThat(parallel.failedResamples()).isZero();
    assertThat(parallel.parameters()).hasSize(2 * 27 + 10 + 5);
    BootstrapResult again = bootstrap.run(EcsiData.satisfactionModel(), data.columns, data.rows);
    assertThat(again).isEqualTo(parallel);
    BootstrapResult otherSeed = PlsBootstrap.of(PlsPathModeling.withDefaults(), 200, 8)
        .run(EcsiData.satisfactionModel(), data.columns, data.rows);
    assertThat(otherSeed.parameters()).isNotEqualTo(parallel.parameters());
  }

  @Test
  void intervalsSurroundTheEstimatesAndSignsAreConsistent() {
    EcsiData data = EcsiData.satisfaction();
    BootstrapResult result = PlsBootstrap.of(PlsPathModeling.withDefaults(), 300, 11).withLevel(0.9)
        .run(EcsiData.satisfactionModel(), data.columns, data.rows);
    assertThat(result.level()).isEqualTo(0.9);
    for (BootstrapParameter p : result.parameters()) {
      assertThat(p.lower()).as(p.name()).isLessThanOrEqualTo(p.upper());
      assertThat(p.standardError()).as(p.name()).isPositive();
      assertThat(Math.abs(p.mean() - p.estimate())).as(p.name()).isLessThan(3 * p.standardError());
    }
    BootstrapParameter valSat = result.parameter(ParameterKind.PATH, "VAL -> SAT").orElseThrow();
    assertThat(valSat.lower()).isPositive();
    assertThat(result.parameter(ParameterKind.LOADING, "sat1").orElseThrow().lower()).isPositive();
  }

  @Test
  void eachResampleIsDrawnFromItsOwnSeededGenerator() {
    double[][] rows = simulate(new SplittableRandom(3), 150);
    long seed = 99;
    BootstrapResult one = PlsBootstrap.of(PlsPathModeling.withDefaults(), 1, seed).run(SMALL, COLUMNS, rows);
    SplittableRandom random = new SplittableRandom(PlsBootstrap.resampleSeed(seed, 0));
    double[][] resample = new double[rows.length][];
    for (int t = 0; t < rows.length; t++) {
      resample[t] = rows[random.nextInt(rows.length)];
    }
    PlsEstimate direct = PlsPathModeling.withDefaults().estimate(SMALL, COLUMNS, resample);
    assertThat(one.parameter(ParameterKind.PATH, "X -> Y").orElseThrow().mean())
        .isCloseTo(direct.path("X", "Y").getAsDouble(), within(1e-12));
    assertThat(one.parameter(ParameterKind.OUTER_WEIGHT, "x2").orElseThrow().mean())
        .isCloseTo(direct.outerWeights().get("x2"), within(1e-12));
    assertThat(one.parameter(ParameterKind.R_SQUARED, "Y").orElseThrow().standardError()).isZero();
  }

  @Test
  void standardErrorMatchesTheSpreadOverIndependentSamples() {
    // Monte Carlo: the path's standard deviation over 300 independent samples of 150 respondents ...
    SplittableRandom random = new SplittableRandom(2026);
    double sum = 0;
    double sum2 = 0;
    int samples = 300;
    for (int s = 0; s < samples; s++) {
      double path = PlsPathModeling.withDefaults().estimate(SMALL, COLUMNS, simulate(random, 150))
          .path("X", "Y").getAsDouble();
      sum += path;
      sum2 += path * path;
    }
    double monteCarlo = Math.sqrt((sum2 - sum * sum / samples) / (samples - 1));
    // ... against the bootstrap standard error from one sample
    BootstrapResult boot = PlsBootstrap.of(PlsPathModeling.withDefaults(), 500, 5)
        .run(SMALL, COLUMNS, simulate(new SplittableRandom(77), 150));
    double se = boot.parameter(ParameterKind.PATH, "X -> Y").orElseThrow().standardError();
    assertThat(se / monteCarlo).isBetween(0.75, 1.33);
  }

  @Test
  void badSettingsAreRejected() {
    assertThatThrownBy(() -> PlsBootstrap.of(PlsPathModeling.withDefaults(), 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("resamples must be > 0: 0");
    assertThatThrownBy(() -> PlsBootstrap.of(PlsPathModeling.withDefaults(), 10, 1).withLevel(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("level must be in (0, 1): 1.0");
  }

  /** X -> Y with path 0.5, three items per block with loadings 0.7, 0.8, 0.9. */
  static double[][] simulate(SplittableRandom random, int n) {
    double[] loadings = {0.7, 0.8, 0.9};
    double[][] rows = new double[n][6];
    for (int t = 0; t < n; t++) {
      double x = gaussian(random);
      double y = 0.5 * x + Math.sqrt(0.75) * gaussian(random);
      for (int i = 0; i < 3; i++) {
        rows[t][i] = loadings[i] * x + Math.sqrt(1 - loadings[i] * loadings[i]) * gaussian(random);
        rows[t][3 + i] = loadings[i] * y + Math.sqrt(1 - loadings[i] * loadings[i]) * gaussian(random);
      }
    }
    return rows;
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
