package io.github.logicrm.metrics.satisfaction;

import io.github.logicrm.core.satisfaction.OuterMode;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.metrics.internal.LinearAlgebra;
import io.github.logicrm.metrics.internal.PlsEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consistent PLS correction (Dijkstra and Henseler 2015) of a fitted engine, on work arrays sized once per
 * model so a bootstrap worker can correct every resample: reliabilities rho_A, consistent loadings, corrected
 * construct correlations, paths and R2 re-estimated from them, and every admissibility violation. Not
 * thread-safe: one per engine.
 */
final class ConsistentPls {

  final PlsQuality.Shape shape;
  final int[][] predecessors;
  final double[] reliability;
  final double[] loadings;
  final double[][] correlations;
  final double[][] paths;
  final double[] rSquared;
  final List<String> problems = new ArrayList<>();
  double smallestEigenvalue;
  boolean correlationsComputed;
  boolean pathsComputed;

  ConsistentPls(PathModel model) {
    shape = new PlsQuality.Shape(model);
    int lvs = shape.lvs;
    predecessors = new int[lvs][];
    for (int k = 0; k < lvs; k++) {
      predecessors[k] = model.predecessors(shape.names[k]).stream()
          .mapToInt(name -> PlsPathModeling.indexOf(model, name)).toArray();
    }
    reliability = new double[lvs];
    loadings = new double[shape.items.size()];
    correlations = new double[lvs][lvs];
    paths = new double[lvs][lvs];
    rSquared = new double[lvs];
  }

  /**
   * Corrects the engine's current fit (after any sign flips).
   *
   * @return whether the corrected estimate is admissible
   */
  boolean correct(PlsEngine engine) {
    problems.clear();
    correlationsComputed = false;
    pathsComputed = false;
    int lvs = shape.lvs;
    boolean reliable = true;
    for (int j = 0; j < lvs; j++) {
      int first = shape.start[j];
      int end = shape.start[j + 1];
      boolean reflective = shape.modes[j] == OuterMode.A;
      reliability[j] = reflective && end - first > 1 ? PlsQuality.rhoA(engine, first, end) : 1;
      if (!(reliability[j] > 0)) {
        problems.add(shape.names[j] + ": rho_A " + PlsQuality.fmt(reliability[j]) + " is not positive");
        reliable = false;
      }
      double ww = 0;
      for (int i = first; i < end; i++) {
        ww += engine.weight(i) * engine.weight(i);
      }
      double c = Math.sqrt(reliability[j]) / ww;
      for (int i = first; i < end; i++) {
        loadings[i] = reflective && end - first > 1 ? c * engine.weight(i) : engine.loading(i);
        if (Math.abs(loadings[i]) > 1) {
          problems.add(shape.items.get(i) + ": consistent loading " + PlsQuality.fmt(loadings[i]));
        }
      }
    }
    if (!reliable) {
      return false;
    }
    for (int a = 0; a < lvs; a++) {
      correlations[a][a] = 1;
      for (int b = 0; b < a; b++) {
        double v = engine.scoreCorrelation(a, b) / Math.sqrt(reliability[a] * reliability[b]);
        correlations[a][b] = v;
        correlations[b][a] = v;
        if (Math.abs(v) > 1) {
          problems.add(shape.names[b] + " / " + shape.names[a] + ": corrected correlation " + PlsQuality.fmt(v));
        }
      }
    }
    correlationsComputed = true;
    smallestEigenvalue = LinearAlgebra.smallestEigenvalue(correlations);
    if (smallestEigenvalue < 0) {
      problems.add("corrected construct correlation matrix is not positive semi-definite: smallest eigenvalue "
          + PlsQuality.fmt(smallestEigenvalue));
    }
    pathsComputed = true;
    for (int k = 0; k < lvs; k++) {
      Arrays.fill(paths[k], 0);
    }
    for (int k = 0; k < lvs; k++) {
      int[] pred = predecessors[k];
      rSquared[k] = 0;
      if (pred.length == 0) {
        continue;
      }
      double[][] a = new double[pred.length][pred.length];
      double[] b = new double[pred.length];
      for (int u = 0; u < pred.length; u++) {
        b[u] = correlations[pred[u]][k];
        for (int v = 0; v < pred.length; v++) {
          a[u][v] = correlations[pred[u]][pred[v]];
        }
      }
      double[] beta;
      try {
        beta = LinearAlgebra.solve(a, b);
      } catch (IllegalArgumentException singular) {
        problems.add("drivers of " + shape.names[k] + ": corrected correlation matrix is singular");
        pathsComputed = false;
        continue;
      }
      for (int u = 0; u < pred.length; u++) {
        paths[pred[u]][k] = beta[u];
        rSquared[k] += beta[u] * b[u];
      }
    }
    return problems.isEmpty();
  }
}
