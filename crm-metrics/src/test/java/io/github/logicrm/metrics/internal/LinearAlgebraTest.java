package io.github.logicrm.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The smallest eigenvalue of a symmetric matrix, against LAPACK (numpy.linalg.eigvalsh, computed once). */
class LinearAlgebraTest {

  @Test
  void smallestEigenvalueMatchesLapack() {
    double[][] positive = {{4, 1, 2, 0.5}, {1, 3, 0.2, 1}, {2, 0.2, 5, 1.5}, {0.5, 1, 1.5, 2}};
    assertThat(LinearAlgebra.smallestEigenvalue(positive)).isCloseTo(0.847906904502130, within(1e-12));
    // a "correlation matrix" that no data can have: 0.5, 0.95 and 0.99 are not jointly possible
    double[][] indefinite = {{1, 0.5, 0.95}, {0.5, 1, 0.99}, {0.95, 0.99, 1}};
    assertThat(LinearAlgebra.smallestEigenvalue(indefinite)).isCloseTo(-0.145112931970642, within(1e-12));
    assertThat(LinearAlgebra.smallestEigenvalue(new double[][] {{2}})).isEqualTo(2);
    assertThat(positive[0][1]).isEqualTo(1); // input untouched
  }

  @Test
  void nonSquareMatrixIsRejected() {
    assertThatThrownBy(() -> LinearAlgebra.smallestEigenvalue(new double[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matrix must be square, row 1 has length 1 instead of 2");
  }
}
