package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.AhpResult;
import org.junit.jupiter.api.Test;

class AhpTest {

  /** Saaty's textbook example; published: weights 0.637, 0.258, 0.105, lambdaMax 3.039, CR 0.033. */
  private static final double[][] SAATY = {{1, 3, 5}, {1 / 3.0, 1, 3}, {1 / 5.0, 1 / 3.0, 1}};

  @Test
  void reproducesSaatysExample() {
    AhpResult r = Ahp.withDefaults().weigh(SAATY);
    assertThat(r.weights().get(0)).isCloseTo(0.637, within(0.0005));
    assertThat(r.weights().get(1)).isCloseTo(0.258, within(0.0005));
    assertThat(r.weights().get(2)).isCloseTo(0.105, within(0.0005));
    assertThat(r.lambdaMax()).isCloseTo(3.039, within(0.0005));
    assertThat(r.consistencyRatio()).isCloseTo(0.033, within(0.0005));
    assertThat(r.randomIndex()).isEqualTo(0.58);
    // to full precision against LAPACK's eigendecomposition (numpy.linalg.eig)
    assertThat(r.weights().get(0)).isCloseTo(0.63698557, within(1e-8));
    assertThat(r.weights().get(1)).isCloseTo(0.25828499, within(1e-8));
    assertThat(r.weights().get(2)).isCloseTo(0.10472943, within(1e-8));
    assertThat(r.lambdaMax()).isCloseTo(3.0385110905581727, within(1e-12));
    assertThat(r.consistencyIndex()).isCloseTo(0.01925554527908635, within(1e-12));
  }

  @Test
  void fourByFourAgainstLapack() {
    double[][] m = {{1, 1 / 3.0, 1 / 9.0, 1 / 5.0}, {3, 1, 1, 1}, {9, 1, 1, 3}, {5, 1, 1 / 3.0, 1}};
    AhpResult r = Ahp.withDefaults().weigh(m);
    double[] expected = {0.05759632, 0.26632442, 0.45462607, 0.22145318};
    for (int i = 0; i < 4; i++) {
      assertThat(r.weights().get(i)).isCloseTo(expected[i], within(1e-8));
    }
    assertThat(r.lambdaMax()).isCloseTo(4.18734663558499, within(1e-11));
    assertThat(r.consistencyRatio()).isCloseTo(0.06938764280925547, within(1e-11));
  }

  @Test
  void consistentMatrixGivesItsWeightsBackWithZeroInconsistency() {
    double[] w = {0.4, 0.3, 0.2, 0.1};
    double[][] m = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        m[i][j] = w[i] / w[j];
      }
    }
    AhpResult r = Ahp.withDefaults().weigh(m);
    for (int i = 0; i < 4; i++) {
      assertThat(r.weights().get(i)).isCloseTo(w[i], within(1e-14));
    }
    assertThat(r.lambdaMax()).isCloseTo(4, within(1e-12));
    assertThat(r.consistencyRatio()).isCloseTo(0, within(1e-12));
  }

  @Test
  void smallMatricesAreAlwaysConsistent() {
    assertThat(Ahp.withDefaults().weigh(new double[][] {{1}}).weights()).containsExactly(1.0);
    AhpResult two = Ahp.withDefaults().weigh(new double[][] {{1, 3}, {1 / 3.0, 1}});
    assertThat(two.weights().get(0)).isCloseTo(0.75, within(1e-15));
    assertThat(two.consistencyRatio()).isZero();
    assertThat(two.randomIndex()).isZero();
  }

  @Test
  void inconsistentMatrixIsRejectedWithItsRatioUnlessAllowed() {
    double[][] cyclic = {{1, 9, 1 / 9.0}, {1 / 9.0, 1, 9}, {9, 1 / 9.0, 1}};
    assertThatThrownBy(() -> Ahp.withDefaults().weigh(cyclic))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pairwise comparison matrix is inconsistent: consistency ratio ")
        .hasMessageContaining("exceeds 0.1 (lambdaMax ");
    AhpResult allowed = Ahp.withDefaults().allowingInconsistency().weigh(cyclic);
    assertThat(allowed.consistencyRatio()).isGreaterThan(0.1);
    assertThat(allowed.weights().get(0)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(Ahp.withDefaults().withMaxConsistencyRatio(0.03).maxConsistencyRatio()).isEqualTo(0.03);
    assertThatThrownBy(() -> Ahp.withDefaults().withMaxConsistencyRatio(0.03).weigh(SAATY))
        .hasMessageContaining("consistency ratio 0.0331");
  }

  @Test
  void invalidMatricesAreRejected() {
    assertThatThrownBy(() -> Ahp.withDefaults().weigh(new double[0][0]))
        .hasMessage("n (the matrix order) must be in [1, 15] (Saaty's random index table): 0");
    assertThatThrownBy(() -> Ahp.withDefaults().weigh(new double[][] {{1, 2}, {0.5}}))
        .hasMessage("matrix must be square, matrix[1] has length 1 instead of 2");
    assertThatThrownBy(() -> Ahp.withDefaults().weigh(new double[][] {{1, -2}, {-0.5, 1}}))
        .hasMessage("matrix[0][1] must be finite and > 0: -2.0");
    assertThatThrownBy(() -> Ahp.withDefaults().weigh(new double[][] {{2, 2}, {0.5, 1}}))
        .hasMessage("matrix[0][0] must be 1: 2.0");
    assertThatThrownBy(() -> Ahp.withDefaults().weigh(new double[][] {{1, 2}, {0.4, 1}}))
        .hasMessage("matrix[1][0] must be the reciprocal of matrix[0][1] 2.0 (0.5): 0.4");
  }
}
