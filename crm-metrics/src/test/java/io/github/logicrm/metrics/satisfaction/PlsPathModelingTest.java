package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.ConvergenceStatus;
import io.github.logicrm.core.satisfaction.DataTreatment;
import io.github.logicrm.core.satisfaction.InnerScheme;
import io.github.logicrm.core.satisfaction.PlsEstimate;
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
    assertThat(e.goodnessOfFit()).isCloseTo(0.6097416243, within(1e-9));
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
}
