package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD and MBG/NBD over their whole parameter space (a + b &lt;= 1, a = 1) and at long horizons (up to 1e9),
 * against {@code clv/beta_geometric_models.csv}: E[X(t)] and E[Y(t) | x, t_x, T] computed once by mpmath at 40
 * digits from G(a, beta, R, u) = R u 3F2(1, R + 1, a; 2, a + beta; -u) (the formulas are in
 * {@code clv/beta_renewal_reference.py}; x = -1 marks an E[X(t)] row).
 */
class BetaGeometricRangeTest {

  private static List<String[]> rows() throws IOException {
    try (InputStream in = BetaGeometricRangeTest.class.getResourceAsStream("/clv/beta_geometric_models.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(",")).toList();
    }
  }

  @Test
  void everyStoredPredictionMatchesToTenDigits() throws IOException {
    List<String[]> rows = rows();
    assertThat(rows).hasSize(88);
    for (String[] row : rows) {
      double r = Double.parseDouble(row[1]);
      double alpha = Double.parseDouble(row[2]);
      double a = Double.parseDouble(row[3]);
      double b = Double.parseDouble(row[4]);
      double t = Double.parseDouble(row[5]);
      int x = Integer.parseInt(row[6]);
      double expected = Double.parseDouble(row[9]);
      PurchaseModel model = row[0].equals("BG_NBD") ? BgNbd.of(r, alpha, a, b) : MbgNbd.of(r, alpha, a, b);
      double actual = x < 0 ? model.expectedPurchases(t)
          : model.conditionalExpectedPurchases(t, x, Double.parseDouble(row[7]), Double.parseDouble(row[8]));
      assertThat(actual).as(String.join(",", row)).isCloseTo(expected, within(1e-10 * expected));
    }
  }

  @Test
  void theIssuesCasesAreFinite() {
    assertThat(BgNbd.of(0.8, 2.0, 0.4, 0.3).expectedPurchases(52)).isCloseTo(4.2272229960063315, within(1e-10));
    assertThat(BgNbd.of(0.2425945, 4.4136019, 1.0, 2.4258881).conditionalExpectedPurchases(39, 2, 30.43, 38.86))
        .isCloseTo(1.1019858860, within(1e-10));
    assertThat(MbgNbd.of(11.86, 0.0224, 0.2475, 1.0598).expectedPurchases(520)).isFinite().isPositive();
  }

  @Test
  void aFitInTheRegionABelowOneMinusBPredicts() {
    // 4,000 customers simulated with a + b = 0.7: the fit lands there, and its model must predict
    PurchaseData data = new Simulate(7).betaGeometric(4_000, 0.8, 2.0, 0.4, 0.3, 0, 52);
    PurchaseModelFit fit = PurchaseModelFitter.withDefaults().fitBgNbd(data);
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.parameter("a") + fit.parameter("b")).isLessThan(1);
    PurchaseModel model = PurchaseModel.from(fit);
    assertThat(model.expectedPurchases(52)).isFinite().isPositive();
    assertThat(model.conditionalExpectedPurchases(52, 0, 0, 40)).isFinite().isPositive();
    assertThat(PurchaseClv.of(12, 52.0 / 12, 0.01).discountedPurchases(model, 3, 20, 40)).isFinite().isPositive();
  }

  @Test
  void nearAEqualsOneTheValuesJoinSmoothly() {
    double at = BgNbd.of(0.2425945, 4.4136019, 1.0, 2.4258881).conditionalExpectedPurchases(39, 2, 30.43, 38.86);
    for (double gap : new double[] {1e-12, 1e-9, 1e-6}) {
      double below = BgNbd.of(0.2425945, 4.4136019, 1 - gap, 2.4258881).conditionalExpectedPurchases(39, 2, 30.43, 38.86);
      double above = BgNbd.of(0.2425945, 4.4136019, 1 + gap, 2.4258881).conditionalExpectedPurchases(39, 2, 30.43, 38.86);
      assertThat(below).isGreaterThan(at - 1e-10).isCloseTo(at, within(Math.max(1e-10, 10 * gap)));
      assertThat(above).isLessThan(at + 1e-10).isCloseTo(at, within(Math.max(1e-10, 10 * gap)));
    }
  }
}
