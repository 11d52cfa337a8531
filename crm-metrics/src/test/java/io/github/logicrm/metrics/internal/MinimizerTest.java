package io.github.logicrm.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinimizerTest {

  /** Rosenbrock's banana, minimum 0 at (1, 1); infinite outside x > -2 to exercise the line search. */
  private static final Minimizer.Objective ROSENBROCK = (p, g) -> {
    double x = p[0];
    double y = p[1];
    if (x <= -2) {
      return Double.POSITIVE_INFINITY;
    }
    if (g != null) {
      g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
      g[1] = 200 * (y - x * x);
    }
    return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
  };

  @Test
  void bfgsFindsTheMinimum() {
    Minimizer.Result result = Minimizer.bfgs(ROSENBROCK, new double[] {-1.2, 1}, 500, 1e-10);
    assertThat(result.converged).isTrue();
    assertThat(result.point[0]).isCloseTo(1, within(1e-8));
    assertThat(result.point[1]).isCloseTo(1, within(1e-8));
  }

  @Test
  void bfgsWithNumericalGradientFindsTheMinimum() {
    Minimizer.Objective valueOnly = (p, g) -> ROSENBROCK.value(p, null);
    Minimizer.Result result =
        Minimizer.bfgs(Minimizer.withNumericalGradient(valueOnly), new double[] {-1.2, 1}, 500, 1e-8);
    assertThat(result.point[0]).isCloseTo(1, within(1e-5));
    assertThat(result.point[1]).isCloseTo(1, within(1e-5));
  }

  @Test
  void nelderMeadFindsTheMinimumWithoutGradient() {
    Minimizer.Result result = Minimizer.nelderMead(ROSENBROCK, new double[] {-1.2, 1}, 5000, 1e-16);
    assertThat(result.converged).isTrue();
    assertThat(result.point[0]).isCloseTo(1, within(1e-4));
    assertThat(result.point[1]).isCloseTo(1, within(1e-4));
  }

  @Test
  void hessianOfAQuadraticIsItsMatrix() {
    // f = 2x^2 + 3xy + 5y^2: Hessian [[4, 3], [3, 10]]
    Minimizer.Objective quadratic = (p, g) -> {
      if (g != null) {
        g[0] = 4 * p[0] + 3 * p[1];
        g[1] = 3 * p[0] + 10 * p[1];
      }
      return 2 * p[0] * p[0] + 3 * p[0] * p[1] + 5 * p[1] * p[1];
    };
    double[][] h = Minimizer.hessian(quadratic, new double[] {0.7, -1.3}, 1e-5);
    assertThat(h[0][0]).isCloseTo(4, within(1e-8));
    assertThat(h[0][1]).isCloseTo(3, within(1e-8));
    assertThat(h[1][0]).isCloseTo(3, within(1e-8));
    assertThat(h[1][1]).isCloseTo(10, within(1e-8));
  }

  /** Rosenbrock's banana with its Hessian; infinite outside x > -2. */
  private static final Minimizer.SecondOrderObjective ROSENBROCK_NEWTON = (p, g, h) -> {
    double x = p[0];
    double y = p[1];
    h[0][0] = 2 - 400 * (y - 3 * x * x);
    h[0][1] = -400 * x;
    h[1][0] = -400 * x;
    h[1][1] = 200;
    return ROSENBROCK.value(p, g);
  };

  @Test
  void newtonFindsTheMinimumFromWhereTheHessianIsIndefinite() {
    // at (0, 2) the Hessian's first diagonal entry is -798: the step needs damping
    for (double[] start : new double[][] {{0, 2}, {-1.2, 1}, {-1.9, -3}}) {
      Minimizer.Result result = Minimizer.newton(ROSENBROCK_NEWTON, start, 500, 1e-10);
      assertThat(result.converged).isTrue();
      assertThat(result.point[0]).isCloseTo(1, within(1e-10));
      assertThat(result.point[1]).isCloseTo(1, within(1e-10));
      assertThat(result.iterations).isLessThan(60);
    }
  }

  @Test
  void newtonReportsAStartOutsideTheDomain() {
    Minimizer.Result result = Minimizer.newton(ROSENBROCK_NEWTON, new double[] {-3, 0}, 500, 1e-10);
    assertThat(result.converged).isFalse();
    assertThat(result.iterations).isZero();
    assertThat(result.point).containsExactly(-3, 0);
  }
}
