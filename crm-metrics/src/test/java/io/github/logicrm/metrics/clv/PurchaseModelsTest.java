package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Predictions of BG/NBD, MBG/NBD and Pareto/NBD against mpmath at 50 digits (the closed forms evaluated with
 * mpmath's own 2F1 and log-gamma, values pasted here), at the extremes the issue names, and invariants.
 */
class PurchaseModelsTest {

  private static final BgNbd BG = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);
  private static final ParetoNbd PARETO = ParetoNbd.of(0.55315, 10.57633, 0.60625, 11.67150);

  private static Offset<Double> relative(double expected) {
    return within(1e-10 * Math.max(1e-300, Math.abs(expected)));
  }

  @ParameterizedTest
  @CsvSource({
      "1000, 38, 38.86, 2.4064887300549671e-6, 0.0016548581112214239, 2145.6082328116458",
      "1000, 38.86, 38.86, 0.99920883554202866, 687.12095994859317, 2132.6716824578983",
      "0, 0, 38.86, 1.0, 0.19478194712418164, -0.55380726182068665",
      "2, 30.43, 38.86, 0.72660861076820813, 1.2259057045100396, -9.4596932679454234",
      "300, 20, 38.86, 8.7556480060601408e-73, 1.8090568876086542e-70, 440.50959035875186"
  })
  void bgNbdMatchesMpmath(int x, double tx, double age, double alive, double expected39, double logLikelihood) {
    assertThat(BG.probabilityAlive(x, tx, age)).isCloseTo(alive, relative(alive));
    assertThat(BG.conditionalExpectedPurchases(39, x, tx, age)).isCloseTo(expected39, relative(expected39));
    assertThat(BG.logLikelihood(x, tx, age)).isCloseTo(logLikelihood, relative(logLikelihood));
  }

  @ParameterizedTest
  @CsvSource({
      "1000, 38, 38.86, 3.955886167397112e-5, 0.02595464266155257, 2016.2774613055222",
      "0, 0, 38.86, 0.29515342831371482, 0.10705867230162036, -0.52116165318466438",
      "2, 30.43, 38.86, 0.86912157114528695, 1.4550836611187476, -9.5543614470539783",
      "300, 20, 38.86, 7.4931326514601573e-61, 1.4767800248038393e-58, 378.37872785496375"
  })
  void paretoNbdMatchesMpmath(int x, double tx, double age, double alive, double expected39,
      double logLikelihood) {
    assertThat(PARETO.probabilityAlive(x, tx, age)).isCloseTo(alive, relative(alive));
    assertThat(PARETO.conditionalExpectedPurchases(39, x, tx, age)).isCloseTo(expected39, relative(expected39));
    assertThat(PARETO.logLikelihood(x, tx, age)).isCloseTo(logLikelihood, relative(logLikelihood));
  }

  @ParameterizedTest
  @CsvSource({
      "3, 20, 38.86, 0.52454711962383469, -12.049179084998904",
      "1000, 38, 38.86, 4.4965266345489486e-5, 2007.6050544067875"
  })
  void paretoNbdAtAlphaEqualToBeta(int x, double tx, double age, double alive, double logLikelihood) {
    ParetoNbd equal = ParetoNbd.of(0.55315, 11, 0.60625, 11);
    assertThat(equal.probabilityAlive(x, tx, age)).isCloseTo(alive, relative(alive));
    assertThat(equal.logLikelihood(x, tx, age)).isCloseTo(logLikelihood, relative(logLikelihood));
    // continuous across the switch between the two 2F1 cases
    for (double nudge : new double[] {1 + 1e-9, 1 - 1e-9}) {
      ParetoNbd near = ParetoNbd.of(0.55315, 11 * nudge, 0.60625, 11);
      assertThat(near.logLikelihood(x, tx, age)).isCloseTo(logLikelihood, within(1e-6));
    }
  }

  static Stream<PurchaseModel> models() {
    return Stream.of(BG, MbgNbd.of(0.525, 6.183, 0.891, 1.614), PARETO, ParetoNbd.of(0.5, 12, 0.7, 9));
  }

  @ParameterizedTest
  @MethodSource("models")
  void probabilitiesOfPurchasesSumToOneAndAverageToTheExpectation(PurchaseModel model) {
    for (double t : new double[] {1, 39, 78}) {
      double total = 0;
      double mean = 0;
      for (int n = 0; n < 400; n++) {
        double p = model.probabilityOfPurchases(n, t);
        assertThat(p).as("P(X(%s) = %s)", t, n).isBetween(0.0, 1.0);
        total += p;
        mean += n * p;
      }
      assertThat(total).as("sum at t = %s", t).isCloseTo(1, within(1e-9));
      assertThat(mean).as("mean at t = %s", t).isCloseTo(model.expectedPurchases(t), within(1e-8));
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void unconditionalExpectationIsTheBookAverageOfConditionalOnesAtAgeZero(PurchaseModel model) {
    // A customer just acquired (x = 0, T = 0) has no history: E[Y(t) | 0, 0, 0] = E[X(t)].
    assertThat(model.conditionalExpectedPurchases(52, 0, 0, 0)).isCloseTo(model.expectedPurchases(52),
        within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("models")
  void batchEqualsOneByOne(PurchaseModel model) {
    Simulate simulate = new Simulate(7);
    PurchaseData data = simulate.betaGeometric(300, 0.5, 5, 0.8, 2.5, 0, 52);
    int n = data.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = data.frequency(i);
      tx[i] = data.recency(i);
      age[i] = data.age(i);
    }
    double[] alive = new double[n];
    double[] expected = new double[n];
    model.score(26, x, tx, age, alive, expected);
    for (int i = 0; i < n; i++) {
      assertThat(alive[i]).isEqualTo(model.probabilityAlive(x[i], tx[i], age[i]));
      assertThat(expected[i]).isEqualTo(model.conditionalExpectedPurchases(26, x[i], tx[i], age[i]));
    }
  }

  @Test
  void mbgNbdLetsCustomersWithoutRepeatPurchasesBeInactive() {
    MbgNbd mbg = MbgNbd.of(0.525, 6.183, 0.891, 1.614);
    assertThat(mbg.probabilityAlive(0, 0, 38.86)).isLessThan(1).isGreaterThan(0);
    assertThat(BG.probabilityAlive(0, 0, 38.86)).isEqualTo(1);
    assertThat(mbg.kind()).isEqualTo(PurchaseModelKind.MBG_NBD);
  }

  @Test
  void recencyEqualToAgeIsTheMostAliveHistory() {
    for (PurchaseModel model : models().toList()) {
      double atEnd = model.probabilityAlive(5, 38.86, 38.86);
      assertThat(atEnd).isGreaterThan(model.probabilityAlive(5, 30, 38.86));
      assertThat(Double.isFinite(model.conditionalExpectedPurchases(52, 5, 38.86, 38.86))).isTrue();
    }
  }

  @Test
  void invalidHistoriesAreRejected() {
    assertThatThrownBy(() -> BG.probabilityAlive(-1, 0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x must be >= 0: -1");
    assertThatThrownBy(() -> BG.probabilityAlive(2, 11, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tx must be in [0, age 10.0]: 11.0");
    assertThatThrownBy(() -> PARETO.probabilityAlive(0, 3, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tx must be 0 when x is 0: 3.0");
    assertThatThrownBy(() -> PARETO.conditionalExpectedPurchases(Double.NaN, 1, 3, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("t must be finite and >= 0: NaN");
    assertThatThrownBy(() -> BG.probabilityAlive(1, 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("age must be finite and >= 0: Infinity");
    assertThatThrownBy(() -> BgNbd.of(0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("r must be finite and > 0: 0.0");
    assertThatThrownBy(() -> BG.probabilityOfPurchases(-2, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("n must be >= 0: -2");
  }

  @Test
  void batchRejectsARowByIndex() {
    double[] out = new double[2];
    assertThatThrownBy(() -> BG.score(10, new int[] {1, 2}, new double[] {1, 9}, new double[] {5, 8}, out, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tx[1] must be in [0, age 8.0]: 9.0");
    assertThatThrownBy(() -> BG.score(10, new int[] {1, 2}, new double[] {1}, new double[] {5, 8}, out, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tx length must equal x length 2: 1");
    assertThatThrownBy(() -> BG.score(10, new int[] {1, 2}, new double[] {1, 2}, new double[] {5, 8}, null, out))
        .isInstanceOf(NullPointerException.class).hasMessage("probabilityAlive");
    assertThatThrownBy(() -> BG.score(10, new int[] {1, 2}, new double[] {1, 2}, new double[] {5, 8}, out,
        new double[3])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedPurchases length must equal x length 2: 3");
  }
}
