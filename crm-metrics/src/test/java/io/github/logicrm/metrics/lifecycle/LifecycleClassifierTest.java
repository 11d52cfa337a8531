package io.github.logicrm.metrics.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.LifecycleStage;
import io.github.logicrm.core.lifecycle.StageTransition;
import io.github.logicrm.core.lifecycle.VolumeHistory;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LifecycleClassifierTest {

  private static final LifecycleClassifier DEFAULTS = LifecycleClassifier.withDefaults();

  /** {@code head} periods at {@code level}, then {@code tail}. */
  private static double[] series(int head, double level, double... tail) {
    double[] v = new double[head + tail.length];
    Arrays.fill(v, 0, head, level);
    System.arraycopy(tail, 0, v, head, tail.length);
    return v;
  }

  /** 12 values on a line of slope {@code slope} whose mean is exactly 100 (all values exact in binary). */
  private static double[] line(double slope) {
    double[] v = new double[12];
    for (int t = 0; t < 12; t++) {
      v[t] = 100 + slope * (t - 5.5);
    }
    return v;
  }

  private static double[] constant(int n, double level) {
    double[] v = new double[n];
    Arrays.fill(v, level);
    return v;
  }

  private static double[] alternating(double low, double high) {
    double[] v = new double[12];
    for (int t = 0; t < 12; t++) {
      v[t] = t % 2 == 0 ? low : high;
    }
    return v;
  }

  /** The stage of one series, asserting that the batch form, which decides without all the evidence, agrees. */
  private static LifecycleStage stage(LifecycleClassifier c, double[] v) {
    LifecycleStage stage = c.classify(v).stage();
    LifecycleStage[] batch = new LifecycleStage[1];
    c.classify(v, v.length, batch);
    assertThat(batch[0]).as("batch stage").isEqualTo(stage);
    return stage;
  }

  /** The rule of earlier versions, kept as an option. */
  private static final LifecycleClassifier PLAIN =
      DEFAULTS.withSeasonLength(0).withReferenceWindow(Integer.MAX_VALUE).withRobustLevels(false);

  /** A flat shipper with seasonality of the given amplitude and 3% noise, {@code months} long. */
  private static double[] seasonal(double amplitude, int months) {
    SplittableRandom random = new SplittableRandom(12);
    double[] v = new double[months];
    for (int t = 0; t < months; t++) {
      v[t] = Math.round(1000 * (1 + amplitude * Math.sin(2 * Math.PI * t / 12)) * (1 + 0.03 * random.nextGaussian()));
    }
    return v;
  }

  /** The stage at each month-end from {@code from} (exclusive of earlier months) to the end of the series. */
  private static List<LifecycleStage> stagesAtMonthEnds(LifecycleClassifier c, double[] v, int from) {
    List<LifecycleStage> stages = new java.util.ArrayList<>();
    for (int end = from; end <= v.length; end++) {
      stages.add(stage(c, Arrays.copyOf(v, end)));
    }
    return stages;
  }

  /**
   * A flat shipper with +-30% (and +-50%) seasonality: the plain rule calls it DECLINE in the troughs and
   * FORMATION on the upswings; with two years of history the seasonal adjustment reads it as stable at every
   * month-end.
   */
  @Test
  void aSeasonalFlatShipperIsStableAtEveryMonthEnd() {
    for (double amplitude : new double[] {0.3, 0.5}) {
      double[] v = seasonal(amplitude, 48);
      assertThat(stagesAtMonthEnds(DEFAULTS, v, 37)).as("amplitude %s", amplitude)
          .containsOnly(LifecycleStage.STABILITY);
      assertThat(stagesAtMonthEnds(PLAIN, v, 37)).as("amplitude %s, plain rule", amplitude)
          .contains(LifecycleStage.DECLINE);
      LifecycleAssessment a = DEFAULTS.classify(v);
      assertThat(a.isSeasonallyAdjusted()).isTrue();
      assertThat(a.seasonalIndices()).hasSize(12);
      assertThat(a.seasonalIndices().stream().mapToDouble(Double::doubleValue).average().orElseThrow())
          .isCloseTo(1.0, within(1e-12));
      // the last period, t = 47, sits at the sine's position 11: index near 1 + amplitude x sin(2 pi 11 / 12)
      assertThat(a.seasonalIndices().get(11)).isCloseTo(1 + amplitude * Math.sin(2 * Math.PI * 11 / 12),
          within(0.05));
    }
    // the figures, on a pure sine: the plain rule says DECLINE at 6 of 12 month-ends at +-30% (8 at +-50%)
    // and FORMATION at 4
    for (double[] expected : new double[][] {{0.3, 6, 4}, {0.5, 8, 4}}) {
      double[] sine = new double[48];
      for (int t = 0; t < 48; t++) {
        sine[t] = 1000 * (1 + expected[0] * Math.sin(2 * Math.PI * t / 12));
      }
      List<LifecycleStage> plain = stagesAtMonthEnds(PLAIN, sine, 37);
      assertThat(plain.stream().filter(st -> st == LifecycleStage.DECLINE).count()).isEqualTo((long) expected[1]);
      assertThat(plain.stream().filter(st -> st == LifecycleStage.FORMATION).count()).isEqualTo((long) expected[2]);
      assertThat(stagesAtMonthEnds(DEFAULTS, sine, 37)).containsOnly(LifecycleStage.STABILITY);
    }
    // less than two seasons: no adjustment
    assertThat(DEFAULTS.classify(seasonal(0.3, 23)).isSeasonallyAdjusted()).isFalse();
    assertThat(DEFAULTS.withSeasonLength(0).classify(seasonal(0.3, 48)).isSeasonallyAdjusted()).isFalse();
  }

  /** One project month at 2.3x a steady volume sets no peak: the plain rule says DECLINE while it is in view. */
  @Test
  void aOneOffProjectMonthIsNotAPeak() {
    double[] v = constant(48, 100);
    v[30] = 230;
    assertThat(stagesAtMonthEnds(DEFAULTS, v, 32)).containsOnly(LifecycleStage.STABILITY);
    // the plain rule: DECLINE as soon as the project month has left the last three months
    assertThat(stagesAtMonthEnds(PLAIN, v, 34)).containsOnly(LifecycleStage.DECLINE);
    LifecycleAssessment a = DEFAULTS.classify(v);
    assertThat(a.peakLevel()).isEqualTo(100.0);
    assertThat(a.isSeasonallyAdjusted()).isFalse();
  }

  /** Dropped to 65% three years ago and flat since: the old peak has aged out of the 24-period reference window. */
  @Test
  void anOldPeakAgesOut() {
    double[] v = series(24, 100, constant(36, 65));
    LifecycleAssessment a = DEFAULTS.classify(v);
    assertThat(a.stage()).isEqualTo(LifecycleStage.STABILITY);
    assertThat(a.referenceWindow()).isEqualTo(24);
    assertThat(a.peakLevel()).isEqualTo(65.0);
    assertThat(PLAIN.classify(v).stage()).isEqualTo(LifecycleStage.DECLINE);
    // while the drop is recent it is a decline
    assertThat(stage(DEFAULTS, Arrays.copyOf(v, 36))).isEqualTo(LifecycleStage.DECLINE);
    assertThat(stage(DEFAULTS.withReferenceWindow(Integer.MAX_VALUE), v)).isEqualTo(LifecycleStage.DECLINE);
    assertThat(DEFAULTS.withReferenceWindow(Integer.MAX_VALUE).classify(v).referenceWindow()).isEqualTo(60);
  }

  /** One spike in the last month does not make a steady shipper unsettled. */
  @Test
  void aSpikeInTheLastMonthKeepsASteadyShipperStable() {
    double[] v = constant(36, 100);
    v[35] = 300;
    LifecycleAssessment a = DEFAULTS.classify(v);
    assertThat(a.stage()).isEqualTo(LifecycleStage.STABILITY);
    assertThat(a.volatility()).isZero();
    assertThat(stage(DEFAULTS, v)).isEqualTo(LifecycleStage.STABILITY);
    assertThat(PLAIN.classify(v).stage()).isEqualTo(LifecycleStage.FORMATION);
  }

  @Test
  void explorationWhileTenureIsShort() {
    LifecycleAssessment a = DEFAULTS.classify(series(31, 0, 10, 12, 11, 13, 12));
    assertThat(a.stage()).isEqualTo(LifecycleStage.EXPLORATION);
    assertThat(a.tenure()).isEqualTo(5);
    assertThat(a.recommendedStrategy()).contains("frequent-customer rewards");
  }

  @Test
  void tenureBoundary() {
    assertThat(stage(DEFAULTS, series(31, 0, constant(5, 10)))).isEqualTo(LifecycleStage.EXPLORATION);
    assertThat(stage(DEFAULTS, series(30, 0, constant(6, 10)))).isEqualTo(LifecycleStage.STABILITY);
    assertThat(stage(DEFAULTS.withExplorationTenure(7), series(30, 0, constant(6, 10))))
        .isEqualTo(LifecycleStage.EXPLORATION);
  }

  @Test
  void terminatedAfterIdlePeriods() {
    LifecycleAssessment a = DEFAULTS.classify(series(30, 100, constant(6, 0)));
    assertThat(a.stage()).isEqualTo(LifecycleStage.TERMINATED);
    assertThat(a.periodsSinceLastOrder()).isEqualTo(6);
    assertThat(a.tenure()).isEqualTo(36);
    LifecycleAssessment b = DEFAULTS.classify(series(31, 100, constant(5, 0)));
    assertThat(b.periodsSinceLastOrder()).isEqualTo(5);
    assertThat(b.stage()).isEqualTo(LifecycleStage.DECLINE);
    assertThat(stage(DEFAULTS.withTerminatedAfterIdle(5), series(31, 100, constant(5, 0))))
        .isEqualTo(LifecycleStage.TERMINATED);
  }

  @Test
  void declineByTrendIncludesTheThreshold() {
    double[] v = series(24, 116.5, line(-3));
    LifecycleAssessment a = DEFAULTS.classify(v);
    assertThat(a.trend()).isEqualTo(-0.03);
    assertThat(a.levelToPeak()).isEqualTo(86.5 / 116.5, within(1e-15)).isGreaterThan(0.7);
    assertThat(a.stage()).isEqualTo(LifecycleStage.DECLINE);
    assertThat(a.recommendedStrategy()).contains("service innovation");
    LifecycleClassifier looser = DEFAULTS.withTrendThresholds(Math.nextDown(-0.03), 0.03);
    assertThat(stage(looser, v)).isEqualTo(LifecycleStage.STABILITY);
  }

  @Test
  void declineByLevelExcludesTheThreshold() {
    LifecycleAssessment atThreshold = DEFAULTS.classify(series(24, 100, constant(12, 70)));
    assertThat(atThreshold.levelToPeak()).isEqualTo(0.7);
    assertThat(atThreshold.trend()).isZero();
    assertThat(atThreshold.stage()).isEqualTo(LifecycleStage.STABILITY);
    assertThat(stage(DEFAULTS.withDeclineLevel(Math.nextUp(0.7)), series(24, 100, constant(12, 70))))
        .isEqualTo(LifecycleStage.DECLINE);
    LifecycleAssessment below = DEFAULTS.classify(series(24, 100, constant(12, 69)));
    assertThat(below.levelToPeak()).isEqualTo(0.69);
    assertThat(below.stage()).isEqualTo(LifecycleStage.DECLINE);
  }

  @Test
  void formationByGrowthIncludesTheThreshold() {
    double[] v = series(24, 0, line(3));
    v[0] = 50; // tenure 36
    LifecycleAssessment a = DEFAULTS.classify(v);
    assertThat(a.trend()).isEqualTo(0.03);
    assertThat(a.stage()).isEqualTo(LifecycleStage.FORMATION);
    assertThat(a.recommendedStrategy()).contains("special treatment");
    assertThat(stage(DEFAULTS.withTrendThresholds(-0.03, Math.nextUp(0.03)), v))
        .isEqualTo(LifecycleStage.STABILITY);
  }

  @Test
  void stabilityUpToTheVolatilityThreshold() {
    // the plain rule: the coefficient of variation
    LifecycleAssessment a = PLAIN.classify(series(24, 100, alternating(65, 135)));
    assertThat(a.trend()).isZero();
    assertThat(a.volatility()).isEqualTo(0.35);
    assertThat(a.stage()).isEqualTo(LifecycleStage.STABILITY);
    assertThat(a.recommendedStrategy()).contains("joint programs");
    assertThat(stage(PLAIN.withStableVolatility(Math.nextDown(0.35)), series(24, 100, alternating(65, 135))))
        .isEqualTo(LifecycleStage.FORMATION);
    LifecycleAssessment volatile_ = PLAIN.classify(series(24, 100, alternating(50, 150)));
    assertThat(volatile_.volatility()).isEqualTo(0.5);
    assertThat(volatile_.stage()).isEqualTo(LifecycleStage.FORMATION);
    // robust: 1.4826 x the median absolute deviation 35 around the median 100, over the mean 100
    LifecycleAssessment robust = DEFAULTS.classify(series(24, 100, alternating(65, 135)));
    assertThat(robust.volatility()).isCloseTo(1.4826 * 35 / 100, within(1e-12));
    assertThat(robust.stage()).isEqualTo(LifecycleStage.FORMATION);
    assertThat(stage(DEFAULTS.withStableVolatility(robust.volatility()), series(24, 100, alternating(65, 135))))
        .isEqualTo(LifecycleStage.STABILITY);
  }

  @Test
  void everyThresholdSetToACustomersOwnEvidenceDecidesAsDocumented() {
    SplittableRandom random = new SplittableRandom(7);
    LifecycleClassifier open = DEFAULTS.withTerminatedAfterIdle(1000).withExplorationTenure(1)
        .withTrendThresholds(-1e9, 1e9).withDeclineLevel(0);
    for (int k = 0; k < 300; k++) {
      double[] v = randomSeries(random, 36);
      LifecycleAssessment a = DEFAULTS.classify(v);
      int idle = a.periodsSinceLastOrder();
      if (idle > 0) {
        assertThat(stage(DEFAULTS.withTerminatedAfterIdle(idle), v)).isEqualTo(LifecycleStage.TERMINATED);
      }
      assertThat(stage(DEFAULTS.withTerminatedAfterIdle(idle + 1), v)).isNotEqualTo(LifecycleStage.TERMINATED);
      assertThat(stage(open.withExplorationTenure(a.tenure() + 1), v)).isEqualTo(LifecycleStage.EXPLORATION);
      assertThat(stage(open.withExplorationTenure(a.tenure()), v)).isNotEqualTo(LifecycleStage.EXPLORATION);
      double trend = a.trend();
      assertThat(stage(open.withTrendThresholds(trend, 1e9), v)).isEqualTo(LifecycleStage.DECLINE);
      assertThat(stage(open.withTrendThresholds(Math.nextDown(trend), 1e9), v))
          .isNotEqualTo(LifecycleStage.DECLINE);
      if (a.levelToPeak() < 1) {
        assertThat(stage(open.withDeclineLevel(Math.nextUp(a.levelToPeak())), v))
            .isEqualTo(LifecycleStage.DECLINE);
      }
      assertThat(stage(open.withDeclineLevel(a.levelToPeak()), v)).isNotEqualTo(LifecycleStage.DECLINE);
      assertThat(stage(open.withTrendThresholds(-1e9, trend), v)).isEqualTo(LifecycleStage.FORMATION);
      LifecycleClassifier flat = open.withTrendThresholds(-1e9, Math.nextUp(trend));
      assertThat(stage(flat.withStableVolatility(a.volatility()), v)).isEqualTo(LifecycleStage.STABILITY);
      if (a.volatility() > 0) {
        assertThat(stage(flat.withStableVolatility(Math.nextDown(a.volatility())), v))
            .isEqualTo(LifecycleStage.FORMATION);
      }
    }
  }

  @Test
  void evidenceIsComputedAsDocumented() {
    double[] v = {0, 0, 4, 8, 6, 10, 12, 9, 0, 14};
    LifecycleAssessment robust = DEFAULTS.classify(v);
    assertThat(robust.recentLevel()).isEqualTo(9.0); // median of 9, 0, 14
    assertThat(robust.peakLevel()).isEqualTo(10.0); // medians of 6, 10, 12 and of 10, 12, 9
    assertThat(robust.levelToPeak()).isEqualTo(0.9);
    assertThat(robust.referenceWindow()).isEqualTo(8);
    // window 4, 8, 6, 10, 12, 9, 0, 14: median 8.5, absolute deviations' median (2.5 + 3.5) / 2 = 3
    assertThat(robust.volatility()).isCloseTo(1.4826 * 3 / (63.0 / 8), within(1e-12));
    LifecycleAssessment a = PLAIN.classify(v);
    assertThat(a.tenure()).isEqualTo(8);
    assertThat(a.periodsSinceLastOrder()).isZero();
    assertThat(a.recentLevel()).isEqualTo(23.0 / 3, within(1e-12));
    assertThat(a.peakLevel()).isEqualTo(31.0 / 3, within(1e-12)); // 10, 12, 9
    assertThat(a.levelToPeak()).isEqualTo(23.0 / 31, within(1e-12));
    double mean = 63.0 / 8;
    double var = 0;
    for (int t = 2; t < 10; t++) {
      var += (v[t] - mean) * (v[t] - mean);
    }
    assertThat(a.volatility()).isEqualTo(Math.sqrt(var / 8) / mean, within(1e-12));
    assertThat(a.trend()).isEqualTo(bruteForceTheilSen(Arrays.copyOfRange(v, 2, 10)) / mean, within(1e-12));
  }

  @Test
  void trendIsTheTheilSenSlopeAndIgnoresASpike() {
    double[] v = constant(36, 100);
    v[30] = 1000;
    assertThat(DEFAULTS.classify(v).trend()).isZero();
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 100; k++) {
      double[] w = new double[12 + random.nextInt(24)];
      for (int t = 0; t < w.length; t++) {
        w[t] = 1 + random.nextDouble(100);
      }
      double[] window = Arrays.copyOfRange(w, w.length - 12, w.length);
      double mean = Arrays.stream(window).sum() / 12;
      assertThat(DEFAULTS.classify(w).trend()).isEqualTo(bruteForceTheilSen(window) / mean, within(1e-12));
    }
  }

  private static double bruteForceTheilSen(double[] w) {
    double[] slopes = new double[w.length * (w.length - 1) / 2];
    int n = 0;
    for (int i = 0; i < w.length; i++) {
      for (int j = i + 1; j < w.length; j++) {
        slopes[n++] = (w[j] - w[i]) / (j - i);
      }
    }
    Arrays.sort(slopes);
    return n % 2 == 1 ? slopes[n / 2] : (slopes[n / 2 - 1] + slopes[n / 2]) / 2;
  }

  @Test
  void transitionsTellWhenTheCustomerEnteredDecline() {
    double[] v = series(24, 100, constant(24, 60));
    // two of the last three periods at 60 make the median 60: DECLINE from period 25; once no window with two
    // periods at 100 is left in the last 24 periods, 60 is the reference level and the customer is stable again
    assertThat(DEFAULTS.transitions(v)).containsExactly(
        StageTransition.of(0, null, LifecycleStage.EXPLORATION),
        StageTransition.of(5, LifecycleStage.EXPLORATION, LifecycleStage.STABILITY),
        StageTransition.of(25, LifecycleStage.STABILITY, LifecycleStage.DECLINE),
        StageTransition.of(46, LifecycleStage.DECLINE, LifecycleStage.STABILITY));
    List<StageTransition> transitions = PLAIN.transitions(v);
    assertThat(transitions).containsExactly(
        StageTransition.of(0, null, LifecycleStage.EXPLORATION),
        StageTransition.of(5, LifecycleStage.EXPLORATION, LifecycleStage.STABILITY),
        StageTransition.of(26, LifecycleStage.STABILITY, LifecycleStage.DECLINE));
  }

  @Test
  void transitionsStartAtTheFirstOrderAndEndInTermination() {
    double[] v = series(3, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 0, 0, 0, 0, 0, 0);
    List<StageTransition> transitions = DEFAULTS.transitions(v);
    assertThat(transitions.get(0)).isEqualTo(StageTransition.of(3, null, LifecycleStage.EXPLORATION));
    assertThat(transitions.get(1)).isEqualTo(
        StageTransition.of(8, LifecycleStage.EXPLORATION, LifecycleStage.FORMATION));
    assertThat(transitions.get(transitions.size() - 1).to()).isEqualTo(LifecycleStage.TERMINATED);
    assertThat(transitions.get(transitions.size() - 1).period()).isEqualTo(v.length - 1);
    for (StageTransition t : transitions) {
      double[] prefix = Arrays.copyOf(v, t.period() + 1);
      assertThat(stage(DEFAULTS, prefix)).isEqualTo(t.to());
    }
  }

  @Test
  void shipmentsAndRevenueAreCombinedAsAnIndexOfTheirPeaks() {
    double[] shipments = series(24, 100, constant(12, 50));
    double[] revenue = series(24, 2000, constant(12, 2000));
    LifecycleAssessment a = DEFAULTS.classify(shipments, revenue);
    assertThat(a.recentLevel()).isEqualTo(0.75);
    assertThat(a.peakLevel()).isEqualTo(1.0);
    assertThat(a.stage()).isEqualTo(LifecycleStage.STABILITY);
    VolumeHistory history = VolumeHistory.builder()
        .customerId(CustomerId.of("C-1"))
        .addAllShipments(Arrays.stream(shipments).boxed().toList())
        .addAllRevenue(Arrays.stream(revenue).boxed().toList())
        .build();
    assertThat(DEFAULTS.classify(history)).isEqualTo(a);
    VolumeHistory shipmentsOnly = VolumeHistory.builder()
        .customerId(CustomerId.of("C-1"))
        .addAllShipments(Arrays.stream(shipments).boxed().toList())
        .build();
    assertThat(DEFAULTS.classify(shipmentsOnly).stage()).isEqualTo(LifecycleStage.DECLINE);
    assertThat(DEFAULTS.transitions(shipmentsOnly)).isEqualTo(DEFAULTS.transitions(shipments));
  }

  @Test
  void batchEqualsOneByOne() {
    SplittableRandom random = new SplittableRandom(42);
    int customers = 3000;
    int periods = 36;
    double[] book = new double[customers * periods];
    for (int i = 0; i < customers; i++) {
      System.arraycopy(randomSeries(random, periods), 0, book, i * periods, periods);
    }
    LifecycleStage[] stages = new LifecycleStage[customers];
    DEFAULTS.classify(book, periods, stages);
    int[] counts = new int[LifecycleStage.values().length];
    for (int i = 0; i < customers; i++) {
      double[] row = Arrays.copyOfRange(book, i * periods, (i + 1) * periods);
      assertThat(stages[i]).as("customer %d", i).isEqualTo(DEFAULTS.classify(row).stage());
      counts[stages[i].ordinal()]++;
    }
    assertThat(counts).as("the simulated book has customers in every stage").doesNotContain(0);
  }

  @Test
  void rowRangesInParallelEqualTheSerialBook() throws Exception {
    SplittableRandom random = new SplittableRandom(43);
    int customers = 2001;
    int periods = 24;
    double[] book = new double[customers * periods];
    for (int i = 0; i < customers; i++) {
      System.arraycopy(randomSeries(random, periods), 0, book, i * periods, periods);
    }
    LifecycleStage[] serial = new LifecycleStage[customers];
    DEFAULTS.classify(book, periods, serial);
    LifecycleStage[] parallel = new LifecycleStage[customers];
    Thread first = new Thread(() -> DEFAULTS.classify(book, periods, parallel, 0, 1000));
    Thread second = new Thread(() -> DEFAULTS.classify(book, periods, parallel, 1000, customers));
    first.start();
    second.start();
    first.join();
    second.join();
    assertThat(parallel).containsExactly(serial);
    LifecycleStage[] part = new LifecycleStage[customers];
    DEFAULTS.classify(book, periods, part, 5, 7);
    assertThat(part[4]).isNull();
    assertThat(part[5]).isEqualTo(serial[5]);
    assertThat(part[7]).isNull();
    assertThatThrownBy(() -> DEFAULTS.classify(book, periods, part, 7, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must satisfy 0 <= fromRow <= toRow <= 2001: 7..5");
  }

  /** Histories of every shape: late starts, growth, decline, churn, noise. */
  static double[] randomSeries(SplittableRandom random, int periods) {
    double[] v = new double[periods];
    int start = random.nextInt(periods);
    int end = random.nextInt(4) == 0 ? start + random.nextInt(periods - start) + 1 : periods;
    double level = 10 + random.nextDouble(1000);
    double growth = random.nextDouble(-0.08, 0.08);
    double noise = random.nextDouble(0.5);
    for (int t = start; t < end; t++) {
      v[t] = Math.max(0, level * Math.pow(1 + growth, t - start) * (1 + noise * random.nextGaussian()));
    }
    v[start] = Math.max(v[start], 1);
    return v;
  }

  @Test
  void rejectsInvalidSeries() {
    assertThatThrownBy(() -> DEFAULTS.classify(new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volumes must not be empty");
    assertThatThrownBy(() -> DEFAULTS.classify(new double[] {1, -2, 3}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volumes[1] must be finite and >= 0: -2.0");
    assertThatThrownBy(() -> DEFAULTS.classify(new double[] {1, 2, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volumes[2] must be finite and >= 0: NaN");
    assertThatThrownBy(() -> DEFAULTS.classify(new double[] {Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volumes[0] must be finite and >= 0: Infinity");
    assertThatThrownBy(() -> DEFAULTS.classify(new double[] {0, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volumes must have a period with volume > 0, all 3 periods are 0");
    assertThatThrownBy(() -> DEFAULTS.transitions(new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volumes must not be empty");
    assertThatThrownBy(() -> DEFAULTS.classify(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue length must equal shipments length 2: 1");
    assertThatThrownBy(() -> DEFAULTS.classify(new double[] {1, 2}, new double[] {0, -1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("revenue[1] must be finite and >= 0: -1.0");
  }

  @Test
  void batchRejectsWithTheRow() {
    double[] book = {1, 2, 3, 4, 5, Double.NaN};
    assertThatThrownBy(() -> DEFAULTS.classify(book, 3, new LifecycleStage[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volumes[1][2] must be finite and >= 0: NaN");
    assertThatThrownBy(() -> DEFAULTS.classify(new double[] {1, 2, 3, 0, 0, 0}, 3, new LifecycleStage[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volumes[1] must have a period with volume > 0, all 3 periods are 0");
    assertThatThrownBy(() -> DEFAULTS.classify(book, 4, new LifecycleStage[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volumes length must equal stages length 2 x periods 4: 6");
    assertThatThrownBy(() -> DEFAULTS.classify(book, 0, new LifecycleStage[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("periods must be > 0: 0");
  }

  @Test
  void rejectsInvalidThresholds() {
    assertThatThrownBy(() -> DEFAULTS.withWindows(1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("trendWindow must be in [2, 1000]: 1");
    assertThatThrownBy(() -> DEFAULTS.withWindows(1001, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("trendWindow must be in [2, 1000]: 1001");
    assertThatThrownBy(() -> DEFAULTS.withWindows(12, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("levelWindow must be > 0: 0");
    assertThatThrownBy(() -> DEFAULTS.withTrendThresholds(0.05, 0.03))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("declineTrend must be < growthTrend 0.03: 0.05");
    assertThatThrownBy(() -> DEFAULTS.withTrendThresholds(Double.NaN, 0.03))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("declineTrend must be finite: NaN");
    assertThatThrownBy(() -> DEFAULTS.withDeclineLevel(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("declineLevel must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> DEFAULTS.withStableVolatility(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stableVolatility must be finite and >= 0: -0.1");
    assertThatThrownBy(() -> DEFAULTS.withExplorationTenure(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("explorationTenure must be > 0: 0");
    assertThatThrownBy(() -> DEFAULTS.withTerminatedAfterIdle(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("terminatedAfterIdle must be > 0: -1");
    assertThatThrownBy(() -> DEFAULTS.withSeasonLength(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("seasonLength must be 0 or in [2, 1000]: 1");
    assertThatThrownBy(() -> DEFAULTS.withReferenceWindow(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("referenceWindow must be >= levelWindow 3: 2");
    assertThatThrownBy(() -> DEFAULTS.withWindows(12, 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("referenceWindow must be >= levelWindow 30: 24");
  }

  @Test
  void rejectsVolumesWhoseSquaresWouldOverflowByTheirPublicName() {
    double[] volumes = new double[12];
    for (int t = 0; t < volumes.length; t++) {
      volumes[t] = t % 2 == 0 ? 1e300 : 2e300;
    }
    assertThatThrownBy(() -> DEFAULTS.classify(volumes))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volumes[0] must be <= 1.0E100: 1.0E300");
    assertThatThrownBy(() -> DEFAULTS.classify(volumes, 12, new LifecycleStage[1]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volumes[0][0] must be <= 1.0E100: 1.0E300");
  }
}
