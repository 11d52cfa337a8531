package io.github.logicrm.metrics.internal;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Unconstrained minimization of a smooth function of a few variables: BFGS with a backtracking line search,
 * Newton's method where the Hessian is analytic, and Nelder-Mead as the fallback when the function or its
 * gradient is not finite along the way. A numerical Hessian for standard errors. Not part of the public API.
 */
public final class Minimizer {

  /** A function to minimize. */
  public interface Objective {
    /**
     * Evaluates the function and, when asked, its gradient.
     *
     * @param x the point, not modified
     * @param gradient where to write the gradient, or null when only the value is wanted
     * @return the value at {@code x}; may be infinite or NaN outside the function's domain
     */
    double value(double[] x, double[] gradient);
  }

  /** A function to minimize with its gradient and Hessian. */
  public interface SecondOrderObjective {
    /**
     * Evaluates the function, its gradient and its Hessian.
     *
     * @param x the point, not modified
     * @param gradient where to write the gradient
     * @param hessian where to write the Hessian (n by n)
     * @return the value at {@code x}; may be infinite or NaN outside the function's domain
     */
    double value(double[] x, double[] gradient, double[][] hessian);
  }

  /** Where a minimization ended. */
  public static final class Result {
    /** The last point. */
    public final double[] point;
    /** The function value there. */
    public final double value;
    /** Iterations used. */
    public final int iterations;
    /** Whether the convergence test was met. */
    public final boolean converged;

    Result(double[] point, double value, int iterations, boolean converged) {
      this.point = point;
      this.value = value;
      this.iterations = iterations;
      this.converged = converged;
    }
  }

  private static final double ARMIJO = 1e-4;

  private Minimizer() {}

  /**
   * Wraps a function without a gradient so that it supplies one by central differences.
   *
   * @param f the function; its gradient argument is always null
   * @return the function with a numerical gradient
   */
  public static Objective withNumericalGradient(Objective f) {
    return (x, gradient) -> {
      double value = f.value(x, null);
      if (gradient != null) {
        double[] probe = x.clone();
        for (int i = 0; i < x.length; i++) {
          double h = 1e-6 * Math.max(1, Math.abs(x[i]));
          probe[i] = x[i] + h;
          double up = f.value(probe, null);
          probe[i] = x[i] - h;
          double down = f.value(probe, null);
          probe[i] = x[i];
          gradient[i] = (up - down) / (2 * h);
        }
      }
      return value;
    };
  }

  /**
   * Minimizes by BFGS.
   *
   * @param f the function with its gradient
   * @param start the starting point, not modified
   * @param maxIterations iteration limit
   * @param gradientTolerance convergence when the largest gradient component is below this
   * @return where it ended; {@code converged} false if the limit was reached or the line search failed
   */
  public static Result bfgs(Objective f, double[] start, int maxIterations, double gradientTolerance) {
    return bfgs(f, start, null, maxIterations, gradientTolerance);
  }

  /**
   * Minimizes by BFGS from a first guess of the inverse Hessian, e.g. from an earlier fit of similar data; a
   * good guess saves most of the iterations that build it up from the identity.
   *
   * @param f the function with its gradient
   * @param start the starting point, not modified
   * @param inverseHessian the first inverse Hessian, symmetric positive definite, not modified; null for the
   *     identity
   * @param maxIterations iteration limit
   * @param gradientTolerance convergence when the largest gradient component is below this
   * @return where it ended; {@code converged} false if the limit was reached or the line search failed
   */
  public static Result bfgs(Objective f, double[] start, double[][] inverseHessian, int maxIterations,
      double gradientTolerance) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.value(x, g);
    if (!Double.isFinite(fx) || !allFinite(g)) {
      return new Result(x, fx, 0, false);
    }
    double[][] h = LinearAlgebra.identity(n);
    if (inverseHessian != null) {
      for (int i = 0; i < n; i++) {
        System.arraycopy(inverseHessian[i], 0, h[i], 0, n);
      }
    }
    double[] direction = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    double[] s = new double[n];
    double[] y = new double[n];
    double[] hy = new double[n];
    for (int iter = 0; iter < maxIterations; iter++) {
      if (maxAbs(g) < gradientTolerance) {
        return new Result(x, fx, iter, true);
      }
      for (int i = 0; i < n; i++) {
        double d = 0;
        for (int j = 0; j < n; j++) {
          d -= h[i][j] * g[j];
        }
        direction[i] = d;
      }
      double slope = dot(direction, g);
      if (!(slope < 0)) {
        h = LinearAlgebra.identity(n);
        for (int i = 0; i < n; i++) {
          direction[i] = -g[i];
        }
        slope = dot(direction, g);
      }
      double fNew = lineSearch(point -> f.value(point, gNew), x, fx, direction, slope, xNew, gNew);
      if (Double.isNaN(fNew)) {
        return new Result(x, fx, iter, maxAbs(g) < Math.sqrt(gradientTolerance));
      }
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      double sy = dot(s, y);
      double change = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      if (sy > 1e-14 * Math.sqrt(dot(s, s) * dot(y, y))) {
        updateInverseHessian(h, s, y, hy, sy);
      }
      if (change <= 1e-15 * Math.max(1, Math.abs(fx)) && maxAbs(g) < Math.sqrt(gradientTolerance)) {
        return new Result(x, fx, iter + 1, true);
      }
    }
    return new Result(x, fx, maxIterations, maxAbs(g) < gradientTolerance);
  }

  /**
   * Minimizes by Newton's method with a backtracking line search. Where the Hessian is not positive definite
   * (far from a minimum) a multiple of the identity is added to it until it is (Levenberg's damping), so every
   * step goes downhill; near the minimum the steps are plain Newton steps and converge quadratically.
   *
   * @param f the function with its gradient and Hessian
   * @param start the starting point, not modified
   * @param maxIterations iteration limit
   * @param gradientTolerance convergence when the largest gradient component is below this
   * @return where it ended; {@code converged} false if the limit was reached, a value was not finite or the
   *     line search failed
   */
  public static Result newton(SecondOrderObjective f, double[] start, int maxIterations, double gradientTolerance) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double[][] h = new double[n][n];
    double fx = f.value(x, g, h);
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    double[][] hNew = new double[n][n];
    double[] direction = new double[n];
    double[][] factor = new double[n][n];
    for (int iter = 0; iter < maxIterations; iter++) {
      if (!Double.isFinite(fx) || !allFinite(g)) {
        return new Result(x, fx, iter, false);
      }
      if (maxAbs(g) < gradientTolerance) {
        return new Result(x, fx, iter, true);
      }
      double damping = 0;
      double scale = 0;
      for (int i = 0; i < n; i++) {
        scale = Math.max(scale, Math.abs(h[i][i]));
      }
      while (!dampedNewtonStep(h, g, damping, factor, direction)) {
        damping = damping == 0 ? 1e-6 * Math.max(1, scale) : damping * 10;
        if (!(damping < 1e12 * Math.max(1, scale))) {
          return new Result(x, fx, iter, false);
        }
      }
      double slope = dot(direction, g);
      double fNew = lineSearch(point -> f.value(point, gNew, hNew), x, fx, direction, slope, xNew, gNew);
      if (Double.isNaN(fNew)) {
        return new Result(x, fx, iter, maxAbs(g) < Math.sqrt(gradientTolerance));
      }
      double change = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      for (int i = 0; i < n; i++) {
        System.arraycopy(hNew[i], 0, h[i], 0, n);
      }
      fx = fNew;
      if (change <= 1e-15 * Math.max(1, Math.abs(fx)) && maxAbs(g) < Math.sqrt(gradientTolerance)) {
        return new Result(x, fx, iter + 1, true);
      }
    }
    return new Result(x, fx, maxIterations, maxAbs(g) < gradientTolerance);
  }

  /**
   * Solves (H + damping I) d = -g by Cholesky; false if the damped matrix is not positive definite (or the
   * step is not finite).
   */
  private static boolean dampedNewtonStep(double[][] h, double[] g, double damping, double[][] l,
      double[] direction) {
    int n = g.length;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = h[i][j] + (i == j ? damping : 0);
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            return false;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      double sum = -g[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * direction[k];
      }
      direction[i] = sum / l[i][i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double sum = direction[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * direction[k];
      }
      direction[i] = sum / l[i][i];
    }
    return allFinite(direction);
  }

  /**
   * Backtracking (Armijo) line search from {@code x} along {@code direction}, the first step at most 1 and at
   * most 5 in any coordinate, halved up to 60 times; {@code evaluate} computes the function at a trial point
   * and fills {@code gNew} (and whatever else it keeps).
   *
   * @return the value at the accepted point, left in {@code xNew}; NaN if no step was accepted
   */
  private static double lineSearch(ToDoubleFunction<double[]> evaluate, double[] x, double fx, double[] direction,
      double slope, double[] xNew, double[] gNew) {
    double step = Math.min(1, 5 / Math.max(1e-300, maxAbs(direction)));
    for (int k = 0; k < 60; k++) {
      for (int i = 0; i < x.length; i++) {
        xNew[i] = x[i] + step * direction[i];
      }
      double fNew = evaluate.applyAsDouble(xNew);
      if (Double.isFinite(fNew) && fNew <= fx + ARMIJO * step * slope && allFinite(gNew)) {
        return fNew;
      }
      step *= 0.5;
    }
    return Double.NaN;
  }

  private static void updateInverseHessian(double[][] h, double[] s, double[] y, double[] hy, double sy) {
    int n = s.length;
    for (int i = 0; i < n; i++) {
      double v = 0;
      for (int j = 0; j < n; j++) {
        v += h[i][j] * y[j];
      }
      hy[i] = v;
    }
    double yhy = dot(y, hy);
    double rho = 1 / sy;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += (1 + yhy * rho) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
      }
    }
  }

  /**
   * Minimizes by the Nelder-Mead simplex method, which needs no gradient and tolerates infinite values.
   *
   * @param f the function; its gradient argument is always null
   * @param start the starting point, not modified
   * @param maxIterations iteration limit
   * @param tolerance convergence when the simplex's values differ by less than this
   * @return where it ended
   */
  public static Result nelderMead(Objective f, double[] start, int maxIterations, double tolerance) {
    int n = start.length;
    double[][] simplex = new double[n + 1][];
    double[] values = new double[n + 1];
    simplex[0] = start.clone();
    for (int i = 0; i < n; i++) {
      simplex[i + 1] = start.clone();
      simplex[i + 1][i] += 0.5;
    }
    for (int i = 0; i <= n; i++) {
      values[i] = finiteOrMax(f.value(simplex[i], null));
    }
    Integer[] order = new Integer[n + 1];
    for (int iter = 0; iter < maxIterations; iter++) {
      for (int i = 0; i <= n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (p, q) -> Double.compare(values[p], values[q]));
      int best = order[0];
      int worst = order[n];
      int second = order[n - 1];
      if (Math.abs(values[worst] - values[best]) <= tolerance * (1 + Math.abs(values[best]))) {
        return new Result(simplex[best].clone(), values[best], iter, true);
      }
      double[] centroid = new double[n];
      for (int i = 0; i <= n; i++) {
        if (i != worst) {
          for (int j = 0; j < n; j++) {
            centroid[j] += simplex[i][j] / n;
          }
        }
      }
      double[] reflected = along(centroid, simplex[worst], -1);
      double fr = finiteOrMax(f.value(reflected, null));
      if (fr < values[best]) {
        double[] expanded = along(centroid, simplex[worst], -2);
        double fe = finiteOrMax(f.value(expanded, null));
        replace(simplex, values, worst, fe < fr ? expanded : reflected, Math.min(fe, fr));
      } else if (fr < values[second]) {
        replace(simplex, values, worst, reflected, fr);
      } else {
        double[] contracted = along(centroid, simplex[worst], fr < values[worst] ? -0.5 : 0.5);
        double fc = finiteOrMax(f.value(contracted, null));
        if (fc < Math.min(fr, values[worst])) {
          replace(simplex, values, worst, contracted, fc);
        } else {
          for (int i = 0; i <= n; i++) {
            if (i != best) {
              simplex[i] = along(simplex[best], simplex[i], 0.5);
              values[i] = finiteOrMax(f.value(simplex[i], null));
            }
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return new Result(simplex[best].clone(), values[best], maxIterations, false);
  }

  /**
   * Returns the Hessian of a function by central differences of its gradient, symmetrized.
   *
   * @param f the function with its gradient
   * @param x the point, not modified
   * @param relativeStep step as a fraction of each coordinate's magnitude (at least 1)
   * @return the Hessian, a new matrix; entries are NaN where the gradient was not finite
   */
  public static double[][] hessian(Objective f, double[] x, double relativeStep) {
    int n = x.length;
    double[][] hessian = new double[n][n];
    double[] probe = x.clone();
    double[] up = new double[n];
    double[] down = new double[n];
    for (int i = 0; i < n; i++) {
      double h = relativeStep * Math.max(1, Math.abs(x[i]));
      probe[i] = x[i] + h;
      f.value(probe, up);
      probe[i] = x[i] - h;
      f.value(probe, down);
      probe[i] = x[i];
      for (int j = 0; j < n; j++) {
        hessian[i][j] = (up[j] - down[j]) / (2 * h);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (hessian[i][j] + hessian[j][i]);
        hessian[i][j] = mean;
        hessian[j][i] = mean;
      }
    }
    return hessian;
  }

  private static double[] along(double[] centroid, double[] point, double factor) {
    double[] out = new double[centroid.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = centroid[j] + factor * (point[j] - centroid[j]);
    }
    return out;
  }

  private static void replace(double[][] simplex, double[] values, int index, double[] point, double value) {
    simplex[index] = point;
    values[index] = value;
  }

  private static double finiteOrMax(double value) {
    return Double.isNaN(value) ? Double.MAX_VALUE : Math.min(value, Double.MAX_VALUE);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  private static boolean allFinite(double[] a) {
    for (double v : a) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
