package io.github.logicrm.metrics.clv;

import java.util.SplittableRandom;

/** Draws purchase histories from each model, for parameter recovery tests; a fixed seed makes them repeatable. */
final class Simulate {

  private final SplittableRandom random;

  Simulate(long seed) {
    random = new SplittableRandom(seed);
  }

  /** Gamma(shape, rate) by Marsaglia and Tsang, with the shape &lt; 1 boost. */
  double gamma(double shape, double rate) {
    if (shape < 1) {
      return gamma(shape + 1, rate) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v / rate;
      }
    }
  }

  double beta(double a, double b) {
    double x = gamma(a, 1);
    return x / (x + gamma(b, 1));
  }

  private double normal() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private double exponential(double rate) {
    return -Math.log(1 - random.nextDouble()) / rate;
  }

  /** BG/NBD (k = 0) or MBG/NBD (k = 1) histories; ages spread uniformly over [age / 2, age]. */
  PurchaseData betaGeometric(int customers, double r, double alpha, double a, double b, int k, double age) {
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] t = new double[customers];
    for (int i = 0; i < customers; i++) {
      t[i] = age * (0.5 + 0.5 * random.nextDouble());
      double lambda = gamma(r, alpha);
      double p = beta(a, b);
      boolean alive = !(k == 1 && random.nextDouble() < p);
      double clock = 0;
      while (alive) {
        clock += exponential(lambda);
        if (clock > t[i]) {
          break;
        }
        x[i]++;
        tx[i] = clock;
        alive = random.nextDouble() >= p;
      }
    }
    return PurchaseData.of(x, tx, t);
  }

  /** Pareto/NBD histories; ages spread uniformly over [age / 2, age]. */
  PurchaseData paretoNbd(int customers, double r, double alpha, double s, double beta, double age) {
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] t = new double[customers];
    for (int i = 0; i < customers; i++) {
      t[i] = age * (0.5 + 0.5 * random.nextDouble());
      double lambda = gamma(r, alpha);
      double lifetime = exponential(gamma(s, beta));
      double end = Math.min(lifetime, t[i]);
      double clock = exponential(lambda);
      while (clock <= end) {
        x[i]++;
        tx[i] = clock;
        clock += exponential(lambda);
      }
    }
    return PurchaseData.of(x, tx, t);
  }

  /** BG/BB histories over n opportunities. */
  PurchaseData bgBb(int customers, double alpha, double beta, double gamma, double delta, int n) {
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] t = new double[customers];
    for (int i = 0; i < customers; i++) {
      t[i] = n;
      double p = beta(alpha, beta);
      double theta = beta(gamma, delta);
      for (int opportunity = 1; opportunity <= n; opportunity++) {
        if (random.nextDouble() < theta) {
          break;
        }
        if (random.nextDouble() < p) {
          x[i]++;
          tx[i] = opportunity;
        }
      }
    }
    return PurchaseData.of(x, tx, t).compress();
  }

  /** Gamma-Gamma spend: repeat purchases 1..20 per customer, the mean of gamma(p, nu) values. */
  PurchaseData gammaGamma(int customers, double p, double q, double gamma) {
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] t = new double[customers];
    double[] m = new double[customers];
    for (int i = 0; i < customers; i++) {
      x[i] = 1 + random.nextInt(20);
      tx[i] = 1;
      t[i] = 1;
      double nu = gamma(q, gamma);
      double sum = 0;
      for (int j = 0; j < x[i]; j++) {
        sum += gamma(p, nu);
      }
      m[i] = sum / x[i];
    }
    return PurchaseData.of(x, tx, t).withMeanSpend(m);
  }
}
