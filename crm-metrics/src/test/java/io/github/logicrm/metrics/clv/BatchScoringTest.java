package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Batch scoring: the BG/NBD and MBG/NBD series from per-frequency coefficient tables against high-precision
 * values, and the parallel batch equal to the serial one bit for bit.
 */
class BatchScoringTest {

  private static final BgNbd BG = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);

  /**
   * E[Y(t) | x, t_x, T] from the closed form c / (a - 1) [1 - (1 - z)^(r+x) 2F1(r+x, b+x+k; c; z)] times
   * P(alive), c = a + b + x + k - 1, z = t / (alpha + T + t), in mpmath at 40 digits (hyp2f1); k = 1 is
   * MBG/NBD. Frequencies 255 and 256 straddle the end of the coefficient tables; t = 400 puts z near 0.94.
   */
  @ParameterizedTest
  @CsvSource({
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 1, 0, 0, 26, 0.0079367865616075631",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 1, 1, 20, 26, 0.028385653904519139",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 1, 2, 30.5, 52, 0.023575569824021757",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 1, 7, 12, 52, 0.0001772197382162592",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 1, 30, 40, 40, 0.65866649170063226",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 1, 255, 100, 104, 0.050502354323424284",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 1, 256, 100, 104, 0.049055009455189222",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 39, 0, 0, 26, 0.26641674949748857",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 39, 1, 20, 26, 0.90458153522322299",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 39, 2, 30.5, 52, 0.79932194962520357",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 39, 7, 12, 52, 0.0057897125054590445",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 39, 30, 40, 40, 20.112790021561572",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 39, 255, 100, 104, 1.7449140243324868",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 39, 256, 100, 104, 1.6949011989493583",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 400, 0, 0, 26, 1.5488138811547528",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 400, 1, 20, 26, 4.5336151904847368",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 400, 2, 30.5, 52, 4.4682570348272351",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 400, 7, 12, 52, 0.02930482812178458",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 400, 30, 40, 40, 89.855802002505208",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 400, 255, 100, 104, 10.038843413426597",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 0, 400, 256, 100, 104, 9.7510239431932943",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 1, 0, 0, 26, 0.0052206547495423137",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 1, 1, 20, 26, 0.031155111432523989",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 1, 2, 30.5, 52, 0.025964153404864184",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 1, 7, 12, 52, 0.00019831897879296575",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 1, 30, 40, 40, 0.65932592751765174",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 1, 255, 100, 104, 0.050695749942182394",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 1, 256, 100, 104, 0.049242266539454497",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 39, 0, 0, 26, 0.18080613572469971",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 39, 1, 20, 26, 1.026305405379281",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 39, 2, 30.5, 52, 0.89825890525132447",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 39, 7, 12, 52, 0.0065678256248691285",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 39, 30, 40, 40, 20.248144272886314",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 39, 255, 100, 104, 1.7523206020273415",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 39, 256, 100, 104, 1.7020721957471113",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 400, 0, 0, 26, 1.1347220148130215",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 400, 1, 20, 26, 5.5166199018881864",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 400, 2, 30.5, 52, 5.3079655821549539",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 400, 7, 12, 52, 0.034265152668462969",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 400, 30, 40, 40, 91.295400652585579",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 400, 255, 100, 104, 10.092920819662326",
      "0.2425945, 4.4136019, 0.7929199, 2.4258881, 1, 400, 256, 100, 104, 9.8033738019643796",
      "1.5, 0.5, 3, 0.4, 0, 1, 0, 0, 26, 0.054338621992422773",
      "1.5, 0.5, 3, 0.4, 0, 1, 1, 20, 26, 0.0059191900001810203",
      "1.5, 0.5, 3, 0.4, 0, 1, 2, 30.5, 52, 0.0044766230808217124",
      "1.5, 0.5, 3, 0.4, 0, 1, 7, 12, 52, 1.6961952191107166e-6",
      "1.5, 0.5, 3, 0.4, 0, 1, 30, 40, 40, 0.68111797929929543",
      "1.5, 0.5, 3, 0.4, 0, 1, 255, 100, 104, 0.009179201333588875",
      "1.5, 0.5, 3, 0.4, 0, 1, 256, 100, 104, 0.0088982595212440629",
      "1.5, 0.5, 3, 0.4, 0, 39, 0, 0, 26, 0.82158729582277924",
      "1.5, 0.5, 3, 0.4, 0, 39, 1, 20, 26, 0.08348379479893732",
      "1.5, 0.5, 3, 0.4, 0, 39, 2, 30.5, 52, 0.090116983050732506",
      "1.5, 0.5, 3, 0.4, 0, 39, 7, 12, 52, 3.2349675618239315e-5",
      "1.5, 0.5, 3, 0.4, 0, 39, 30, 40, 40, 10.776430186963143",
      "1.5, 0.5, 3, 0.4, 0, 39, 255, 100, 104, 0.22880577185007735",
      "1.5, 0.5, 3, 0.4, 0, 39, 256, 100, 104, 0.22180175066414719",
      "1.5, 0.5, 3, 0.4, 0, 400, 0, 0, 26, 1.1698410869116928",
      "1.5, 0.5, 3, 0.4, 0, 400, 1, 20, 26, 0.1102977852411809",
      "1.5, 0.5, 3, 0.4, 0, 400, 2, 30.5, 52, 0.14763463387799991",
      "1.5, 0.5, 3, 0.4, 0, 400, 7, 12, 52, 4.9691603160128238e-5",
      "1.5, 0.5, 3, 0.4, 0, 400, 30, 40, 40, 14.568927503481049",
      "1.5, 0.5, 3, 0.4, 0, 400, 255, 100, 104, 0.46712837453540685",
      "1.5, 0.5, 3, 0.4, 0, 400, 256, 100, 104, 0.4528256627479501",
      "0.6, 5, 0.3, 0.2, 1, 1, 0, 0, 26, 0.0035122939013209671",
      "0.6, 5, 0.3, 0.2, 1, 1, 1, 20, 26, 0.037965959760659463",
      "0.6, 5, 0.3, 0.2, 1, 1, 2, 30.5, 52, 0.03100847362816138",
      "0.6, 5, 0.3, 0.2, 1, 1, 7, 12, 52, 0.0003233750065143607",
      "0.6, 5, 0.3, 0.2, 1, 1, 30, 40, 40, 0.67108145194249468",
      "0.6, 5, 0.3, 0.2, 1, 1, 255, 100, 104, 0.13294919223486937",
      "0.6, 5, 0.3, 0.2, 1, 1, 256, 100, 104, 0.12931689779813824",
      "0.6, 5, 0.3, 0.2, 1, 39, 0, 0, 26, 0.11923286602042323",
      "0.6, 5, 0.3, 0.2, 1, 39, 1, 20, 26, 1.2928685724531925",
      "0.6, 5, 0.3, 0.2, 1, 39, 2, 30.5, 52, 1.1126284707372859",
      "0.6, 5, 0.3, 0.2, 1, 39, 7, 12, 52, 0.0116170879695813",
      "0.6, 5, 0.3, 0.2, 1, 39, 30, 40, 40, 23.709865786373085",
      "0.6, 5, 0.3, 0.2, 1, 39, 255, 100, 104, 4.9493857704749361",
      "0.6, 5, 0.3, 0.2, 1, 39, 256, 100, 104, 4.8141642939717121",
      "0.6, 5, 0.3, 0.2, 1, 400, 0, 0, 26, 0.81371372842208773",
      "0.6, 5, 0.3, 0.2, 1, 400, 1, 20, 26, 8.8779487394107701",
      "0.6, 5, 0.3, 0.2, 1, 400, 2, 30.5, 52, 8.2849156790161518",
      "0.6, 5, 0.3, 0.2, 1, 400, 7, 12, 52, 0.086742170417813906",
      "0.6, 5, 0.3, 0.2, 1, 400, 30, 40, 40, 171.84340158388733",
      "0.6, 5, 0.3, 0.2, 1, 400, 255, 100, 104, 40.236559603222547",
      "0.6, 5, 0.3, 0.2, 1, 400, 256, 100, 104, 39.137269533209758"
  })
  void conditionalExpectationsMatchHighPrecisionValues(double r, double alpha, double a, double b, int k, double t,
      int x, double tx, double age, double expected) {
    PurchaseModel model = k == 0 ? BgNbd.of(r, alpha, a, b) : MbgNbd.of(r, alpha, a, b);
    double actual = model.conditionalExpectedPurchases(t, x, tx, age);
    // at t = 1 the bracket cancels to 3e-4 of its terms, so a rounding of 1e-16 in them is 3e-13 of the result
    // (the general 2F1 path was 1.5e-13 off on these rows, the coefficient tables 4e-13)
    assertThat(actual).isCloseTo(expected, within(1e-12 * expected));
    double[] alive = new double[1];
    double[] purchases = new double[1];
    model.score(t, new int[] {x}, new double[] {tx}, new double[] {age}, alive, purchases);
    assertThat(purchases[0]).isEqualTo(actual);
  }

  /** A book of 100,000 customers (25 blocks of rows), as in the benchmark: ages 26 to 52, up to 59 purchases. */
  private static Object[] book(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      age[i] = 26 + 26 * random.nextDouble();
      x[i] = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(3);
      tx[i] = x[i] == 0 ? 0 : age[i] * random.nextDouble();
    }
    return new Object[] {x, tx, age};
  }

  @Test
  void parallelBatchEqualsSerialBatchAndOneByOneBitForBit() throws Exception {
    Object[] book = book(100_000, 7);
    int[] x = (int[]) book[0];
    double[] tx = (double[]) book[1];
    double[] age = (double[]) book[2];
    int n = x.length;
    ExecutorService four = Executors.newFixedThreadPool(4);
    try {
      for (PurchaseModel model : new PurchaseModel[] {BG, MbgNbd.of(0.24, 4.4, 0.79, 2.4),
          ParetoNbd.of(0.55, 10.58, 0.61, 11.67), BgNbd.of(1.5, 0.5, 3, 0.4)}) {
        double[] alive = new double[n];
        double[] expected = new double[n];
        model.score(39, x, tx, age, alive, expected);
        for (int i = 0; i < n; i += 997) {
          assertThat(model.probabilityAlive(x[i], tx[i], age[i])).isEqualTo(alive[i]);
          assertThat(model.conditionalExpectedPurchases(39, x[i], tx[i], age[i])).isEqualTo(expected[i]);
        }
        List<Runnable> neverRun = new ArrayList<>();
        Executor[] executors = {ForkJoinPool.commonPool(), four, Runnable::run,
            neverRun::add, task -> {
              throw new RejectedExecutionException("full");
            }};
        for (Executor executor : executors) {
          // a fresh model each time, so its coefficient tables are built while the threads race
          PurchaseModel fresh = PurchaseModel.from(fitOf(model));
          double[] parallelAlive = new double[n];
          double[] parallelExpected = new double[n];
          fresh.score(39, x, tx, age, parallelAlive, parallelExpected, executor);
          assertThat(parallelAlive).as("%s on %s", model, executor).isEqualTo(alive);
          assertThat(parallelExpected).as("%s on %s", model, executor).isEqualTo(expected);
        }
        if (Runtime.getRuntime().availableProcessors() > 1) {
          assertThat(neverRun).as("helpers handed to the executor").isNotEmpty();
        }
      }
    } finally {
      four.shutdown();
    }
  }

  private static PurchaseModelFit fitOf(PurchaseModel model) {
    double[] p = model.parameters();
    Map<String, Double> parameters = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      parameters.put(model.kind().parameterNames().get(i), p[i]);
    }
    return PurchaseModelFit.builder().model(model.kind()).parameters(parameters)
        .logLikelihood(-1).penalty(0).customers(1).iterations(1)
        .status(PurchaseFitStatus.CONVERGED).build();
  }

  @Test
  void parallelBatchChecksItsArgumentsBeforeAnyThreadStarts() {
    double[] out = new double[2];
    List<Runnable> tasks = new ArrayList<>();
    assertThatThrownBy(() -> BG.score(10, new int[] {1, 2}, new double[] {1, 9}, new double[] {5, 8}, out, out,
        tasks::add)).isInstanceOf(IllegalArgumentException.class).hasMessage("tx[1] must be in [0, age 8.0]: 9.0");
    assertThatThrownBy(() -> BG.score(10, new int[] {1, 2}, new double[] {1, 2}, new double[] {5, 8}, out, out,
        null)).isInstanceOf(NullPointerException.class).hasMessage("executor");
    assertThat(tasks).isEmpty();
  }
}
