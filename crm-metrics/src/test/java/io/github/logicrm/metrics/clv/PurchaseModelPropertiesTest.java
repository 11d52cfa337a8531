package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The purchase models over thousands of random valid parameter sets (seeded, so a failure repeats): every
 * prediction finite, E[X(t)] and E[Y(t) | x, t_x, T] non-decreasing in t up to t = 1e6, P(alive) in [0, 1],
 * P(X(t) = n) summing to 1. Parameters are log-uniform over [0.01, 100], so a + b &lt;= 1, a near 1 and extreme
 * ratios all occur. BG/BB likewise over whole numbers of opportunities. Values at selected points are checked against mpmath in {@link BetaRenewalTest} (the
 * integral), {@link BetaGeometricRangeTest} (BG/NBD and MBG/NBD) and {@link PurchaseModelsTest} (Pareto/NBD).
 */
class PurchaseModelPropertiesTest {

  private static final int SETS = 2_000;
  /** Monotone up to the promised accuracy: 1e-10 relative. */
  private static final double ACCURACY = 1e-10;
  private static final double[] HORIZONS = {0, 1e-3, 0.5, 1, 4, 39, 52, 520, 1e4, 3e5, 1e6};

  private static double parameter(SplittableRandom random) {
    return Math.exp(random.nextDouble(Math.log(0.01), Math.log(100)));
  }

  private static void check(long seed, Function<double[], PurchaseModel> make) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int set = 0; set < SETS; set++) {
      double[] p = {parameter(random), parameter(random), parameter(random), parameter(random)};
      PurchaseModel model = make.apply(p);
      String name = model.toString();
      double previous = 0;
      for (double t : HORIZONS) {
        double e = model.expectedPurchases(t);
        assertThat(e).as("%s E[X(%s)]", name, t).isFinite().isGreaterThanOrEqualTo(previous * (1 - ACCURACY));
        previous = e;
      }
      int x = random.nextInt(0, random.nextBoolean() ? 10 : 1_000);
      double age = random.nextDouble(0.1, 500);
      double tx = x == 0 ? 0 : age * random.nextDouble(1e-6, 1);
      double alive = model.probabilityAlive(x, tx, age);
      assertThat(alive).as("%s P(alive | %s, %s, %s)", name, x, tx, age).isBetween(0.0, 1.0);
      assertThat(model.logLikelihood(x, tx, age)).as("%s lnL", name).isFinite();
      previous = 0;
      for (double t : HORIZONS) {
        double e = model.conditionalExpectedPurchases(t, x, tx, age);
        assertThat(e).as("%s E[Y(%s) | %s, %s, %s]", name, t, x, tx, age).isFinite()
            .isGreaterThanOrEqualTo(previous * (1 - ACCURACY));
        previous = e;
      }
      // a horizon whose purchase counts fall off quickly enough to sum: q = t / (alpha + t) <= 0.75
      double t = p[1] * random.nextDouble(0.01, 3);
      double total = 0;
      for (int n = 0; n < 10_000; n++) {
        double probability = model.probabilityOfPurchases(n, t);
        assertThat(probability).as("%s P(X(%s) = %s)", name, t, n).isBetween(0.0, 1.0);
        total += probability;
        if (n > 10 && probability < 1e-18) {
          break;
        }
      }
      assertThat(total).as("%s sum of P(X(%s) = n)", name, t).isCloseTo(1, within(1e-9));
    }
  }

  @Test
  void bgNbd() {
    check(1, p -> BgNbd.of(p[0], p[1], p[2], p[3]));
  }

  @Test
  void mbgNbd() {
    check(2, p -> MbgNbd.of(p[0], p[1], p[2], p[3]));
  }

  @Test
  void paretoNbd() {
    check(3, p -> ParetoNbd.of(p[0], p[1], p[2], p[3]));
  }

  @Test
  void bgBb() {
    SplittableRandom random = new SplittableRandom(4);
    for (int set = 0; set < SETS; set++) {
      BgBb model = BgBb.of(parameter(random), parameter(random), parameter(random), parameter(random));
      double previous = 0;
      for (int n : new int[] {0, 1, 2, 5, 10, 50, 100, 1_000, 100_000, 10_000_000}) {
        double e = model.expectedPurchases(n);
        assertThat(e).as("%s E[X(%s)]", model, n).isFinite().isGreaterThanOrEqualTo(previous * (1 - ACCURACY));
        previous = e;
      }
      int n = random.nextInt(0, 200);
      int tx = random.nextInt(0, n + 1);
      int x = tx == 0 ? 0 : random.nextInt(1, tx + 1);
      assertThat(model.probabilityAlive(x, tx, n)).as("%s P(alive | %s, %s, %s)", model, x, tx, n)
          .isBetween(0.0, 1.0);
      assertThat(model.logLikelihood(x, tx, n)).as("%s lnL", model).isFinite().isLessThanOrEqualTo(0);
      previous = 0;
      for (int future : new int[] {0, 1, 10, 1_000, 1_000_000}) {
        double e = model.conditionalExpectedPurchases(future, x, tx, n);
        assertThat(e).as("%s E[X(%s) | %s, %s, %s]", model, future, x, tx, n).isFinite()
            .isGreaterThanOrEqualTo(previous * (1 - ACCURACY));
        previous = e;
      }
      int m = random.nextInt(0, 60);
      double total = 0;
      for (int k = 0; k <= m; k++) {
        double probability = model.probabilityOfPurchases(k, m);
        assertThat(probability).as("%s P(X(%s) = %s)", model, m, k).isBetween(0.0, 1.0);
        total += probability;
      }
      assertThat(total).as("%s sum of P(X(%s) = x)", model, m).isCloseTo(1, within(1e-9));
    }
  }
}
