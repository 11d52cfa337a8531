package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.MigrationClvResult;
import io.github.logicrm.core.clv.MigrationModel;
import io.github.logicrm.core.clv.TimingConvention;
import io.github.logicrm.core.clv.TransitionEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MigrationClvTest {

  private static final List<String> STATES = List.of("R1", "R2", "R3", "LOST");
  private static final DiscountRate RATE = DiscountRate.yearly(0.1);

  /**
   * Recency classes of a contract logistics book: R1 shipped this year, R2 last shipped a year ago, R3 two
   * years ago; a customer ships again with probability 0.6, 0.3, 0.15 and otherwise slides one class down,
   * from R3 into LOST for good. Shipping brings a margin of 1000; every customer still on the list costs 50 a
   * year in account management.
   */
  static MigrationModel recencyModel() {
    return MigrationModel.builder()
        .states(STATES)
        .addTransitionMatrix(List.of(0.6, 0.4, 0.0, 0.0))
        .addTransitionMatrix(List.of(0.3, 0.0, 0.7, 0.0))
        .addTransitionMatrix(List.of(0.15, 0.0, 0.0, 0.85))
        .addTransitionMatrix(List.of(0.0, 0.0, 0.0, 1.0))
        .rewards(List.of(950.0, -50.0, -50.0, 0.0))
        .period(CashFlowPeriod.YEAR)
        .build();
  }

  /** sum_{t=0..T-1} (P/(1+d))^t R by explicit matrix powers, independent of the calculator's Horner loop. */
  private static double[] powerSum(double[][] p, double[] r, double d, int periods) {
    int n = r.length;
    double[][] power = new double[n][n];
    for (int i = 0; i < n; i++) {
      power[i][i] = 1;
    }
    double[] sum = new double[n];
    for (int t = 0; t < periods; t++) {
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += power[i][j] * r[j];
        }
        sum[i] += s / Math.pow(1 + d, t);
      }
      double[][] next = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          for (int j = 0; j < n; j++) {
            next[i][j] += power[i][k] * p[k][j];
          }
        }
      }
      power = next;
    }
    return sum;
  }

  @Test
  void twoStateChainEqualsRetentionModel() {
    // ACTIVE stays with r, else LOST for good: V(ACTIVE) = m (1 + d) / (1 + d - r).
    MigrationModel model = MigrationModel.builder().states(List.of("ACTIVE", "LOST"))
        .addTransitionMatrix(List.of(0.8, 0.2)).addTransitionMatrix(List.of(0.0, 1.0))
        .rewards(List.of(1000.0, 0.0)).period(CashFlowPeriod.YEAR).build();
    MigrationClvResult v = MigrationClv.of(model, RATE, Horizon.infinite());
    assertThat(v.valueOf("ACTIVE")).isCloseTo(1000 * 1.1 / 0.3, withinPercentage(1e-10));
    assertThat(v.valueOf("LOST")).isEqualTo(0.0);
    for (int n : new int[] {1, 4, 25}) {
      assertThat(MigrationClv.of(model, RATE, Horizon.finite(n)).valueOf("ACTIVE")).isCloseTo(
          RetentionClv.constant(1000, 0.8, 0.1, Horizon.finite(n), TimingConvention.START_OF_PERIOD),
          withinPercentage(1e-10));
    }
  }

  @Test
  void finiteHorizonMatchesMatrixPowersAndApproachesTheInverse() {
    MigrationModel model = recencyModel();
    double[][] p = model.transitionArray();
    double[] r = model.rewardArray();
    for (int n : new int[] {1, 2, 3, 10, 50}) {
      double[] expected = powerSum(p, r, 0.1, n);
      List<Double> values = MigrationClv.of(model, RATE, Horizon.finite(n)).values();
      for (int i = 0; i < expected.length; i++) {
        assertThat(values.get(i)).as("state %d, %d periods", i, n).isCloseTo(expected[i], within(1e-9));
      }
    }
    List<Double> infinite = MigrationClv.of(model, RATE, Horizon.infinite()).values();
    double[] long300 = powerSum(p, r, 0.1, 300);
    for (int i = 0; i < long300.length; i++) {
      assertThat(infinite.get(i)).isCloseTo(long300[i], within(1e-9));
    }
    // V_inf solves V = R + P V / (1 + d).
    for (int i = 0; i < 4; i++) {
      double s = 0;
      for (int j = 0; j < 4; j++) {
        s += p[i][j] * infinite.get(j);
      }
      assertThat(infinite.get(i)).isCloseTo(r[i] + s / 1.1, within(1e-9));
    }
  }

  @Test
  void endOfPeriodDiscountsOneMorePeriod() {
    MigrationModel start = recencyModel();
    MigrationModel end = MigrationModel.builder().from(start).timing(TimingConvention.END_OF_PERIOD).build();
    List<Double> a = MigrationClv.of(start, RATE, Horizon.infinite()).values();
    List<Double> b = MigrationClv.of(end, RATE, Horizon.infinite()).values();
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i)).isCloseTo(a.get(i) / 1.1, within(1e-9));
    }
  }

  @Test
  void matrixFormulaAgreesWithSimulatedChain() {
    MigrationModel model = recencyModel();
    double[][] p = model.transitionArray();
    double[] r = model.rewardArray();
    int periods = 15;
    int paths = 100_000;
    MigrationClvResult exact = MigrationClv.of(model, RATE, Horizon.finite(periods));
    SplittableRandom random = new SplittableRandom(20001);
    for (int start = 0; start < 3; start++) {
      double sum = 0;
      double sumSq = 0;
      for (int path = 0; path < paths; path++) {
        int state = start;
        double value = 0;
        double discount = 1;
        for (int t = 0; t < periods; t++) {
          value += discount * r[state];
          discount /= 1.1;
          double u = random.nextDouble();
          int next = 0;
          double cumulative = p[state][0];
          while (u >= cumulative && next < p.length - 1) {
            next++;
            cumulative += p[state][next];
          }
          state = next;
        }
        sum += value;
        sumSq += value * value;
      }
      double mean = sum / paths;
      double standardError = Math.sqrt((sumSq / paths - mean * mean) / paths);
      assertThat(mean).as("state %s", STATES.get(start))
          .isCloseTo(exact.values().get(start), within(4 * standardError));
      assertThat(standardError).as("simulation precision").isLessThan(0.02 * Math.abs(exact.values().get(start)));
    }
  }

  @Test
  void estimateRecoversSimulatedTransitions() {
    MigrationModel model = recencyModel();
    double[][] p = model.transitionArray();
    SplittableRandom random = new SplittableRandom(4242);
    int customers = 20_000;
    int[][] sequences = new int[customers][8];
    for (int c = 0; c < customers; c++) {
      int state = c % 3;
      for (int t = 0; t < 8; t++) {
        sequences[c][t] = state;
        double u = random.nextDouble();
        int next = 0;
        double cumulative = p[state][0];
        while (u >= cumulative && next < 3) {
          next++;
          cumulative += p[state][next];
        }
        state = next;
      }
    }
    TransitionEstimate estimate = MigrationClv.estimate(STATES, sequences, Set.of("LOST"));
    for (int i = 0; i < 3; i++) {
      long moves = estimate.observedMovesFrom(i);
      for (int j = 0; j < 4; j++) {
        double sd = Math.sqrt(p[i][j] * (1 - p[i][j]) / moves);
        assertThat(estimate.probabilities().get(i).get(j)).as("p[%d][%d] from %d moves", i, j, moves)
            .isCloseTo(p[i][j], within(4 * sd + 1e-12));
      }
    }
    assertThat(estimate.probabilities().get(3)).containsExactly(0.0, 0.0, 0.0, 1.0);
    MigrationModel fitted = estimate.toModel(model.rewards(), CashFlowPeriod.YEAR);
    assertThat(MigrationClv.of(fitted, RATE, Horizon.infinite()).valueOf("R1"))
        .isCloseTo(MigrationClv.of(model, RATE, Horizon.infinite()).valueOf("R1"), withinPercentage(2));
  }

  @Test
  void estimateCountsByHand() {
    List<List<String>> sequences = List.of(
        List.of("R1", "R1", "R2", "R3", "LOST", "LOST"),
        List.of("R2", "R1", "R2"),
        List.of("R3"),
        List.of());
    TransitionEstimate e = MigrationClv.estimateByName(STATES, sequences, Set.of("LOST"));
    assertThat(e.counts().get(0)).containsExactly(1, 2, 0, 0);
    assertThat(e.counts().get(1)).containsExactly(1, 0, 1, 0);
    assertThat(e.counts().get(2)).containsExactly(0, 0, 0, 1);
    assertThat(e.counts().get(3)).containsExactly(0, 0, 0, 1);
    assertThat(e.probabilities().get(0)).containsExactly(1.0 / 3, 2.0 / 3, 0.0, 0.0);
    assertThat(e.probabilities().get(1)).containsExactly(0.5, 0.0, 0.5, 0.0);
  }

  @Test
  void estimateRejectsBadSequences() {
    Set<String> lost = Set.of("LOST");
    assertThatThrownBy(() -> MigrationClv.estimate(STATES, new int[][] {{0, 1}, {0, 4}}, lost))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sequences[1][1] must be a state index in [0, 4): 4");
    assertThatThrownBy(() -> MigrationClv.estimate(STATES, new int[][] {{0, 1, 2, 3, 0}}, lost))
        .hasMessage("sequences[0][4] leaves absorbing state 'LOST' for 'R1'");
    assertThatThrownBy(() -> MigrationClv.estimate(STATES, new int[][] {{0, 1, 0}}, lost))
        .hasMessage("state 'R3' has no observed move out of it: declare it absorbing or supply sequences that "
            + "pass through it");
    assertThatThrownBy(() -> MigrationClv.estimate(STATES, new int[][] {{0}}, Set.of("GONE")))
        .hasMessage("absorbing state must be one of [R1, R2, R3, LOST]: 'GONE'");
    assertThatThrownBy(() -> MigrationClv.estimateByName(STATES, List.of(List.of("R1", "R9")), lost))
        .hasMessage("sequences[0][1] must be one of [R1, R2, R3, LOST]: 'R9'");
  }

  @Test
  void nonStochasticRowsAreRejectedWithTheRow() {
    MigrationModel.Builder b = MigrationModel.builder().states(STATES).rewards(List.of(1.0, 0.0, 0.0, 0.0))
        .period(CashFlowPeriod.YEAR)
        .addTransitionMatrix(List.of(0.6, 0.4, 0.0, 0.0))
        .addTransitionMatrix(List.of(0.3, 0.0, 0.6, 0.0))
        .addTransitionMatrix(List.of(0.15, 0.0, 0.0, 0.85))
        .addTransitionMatrix(List.of(0.0, 0.0, 0.0, 1.0));
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transitionMatrix[1] (state 'R2') must sum to 1 within 1.0E-6: 0.8999999999999999 "
            + "[0.3, 0.0, 0.6, 0.0]");
    assertThatThrownBy(() -> MigrationModel.builder().from(recencyModel())
        .transitionMatrix(List.of(List.of(1.2, -0.2, 0.0, 0.0), List.of(0.3, 0.0, 0.7, 0.0),
            List.of(0.15, 0.0, 0.0, 0.85), List.of(0.0, 0.0, 0.0, 1.0))).build())
        .hasMessage("transitionMatrix[0][0] must be in [0.0, 1.0]: 1.2");
    assertThatThrownBy(() -> MigrationModel.builder().from(recencyModel())
        .transitionMatrix(List.of(List.of(1.0, 0.0, 0.0), List.of(0.3, 0.0, 0.7, 0.0),
            List.of(0.15, 0.0, 0.0, 0.85), List.of(0.0, 0.0, 0.0, 1.0))).build())
        .hasMessage("transitionMatrix[0] length must equal states length 4: 3");
    assertThatThrownBy(() -> MigrationModel.builder().from(recencyModel()).rewards(List.of(1.0)).build())
        .hasMessage("rewards length must equal states length 4: 1");
    assertThatThrownBy(() -> MigrationModel.builder().from(recencyModel())
        .states(List.of("R1", "R2", "R1", "LOST")).build())
        .hasMessage("states must be unique, duplicate: 'R1'");
  }

  @Test
  void roundedRowsWithinToleranceAreAccepted() {
    MigrationModel m = MigrationModel.builder().states(List.of("A", "B"))
        .addTransitionMatrix(List.of(0.3333333, 0.6666667)).addTransitionMatrix(List.of(0.0, 1.0))
        .rewards(List.of(1.0, 0.0)).period(CashFlowPeriod.YEAR).build();
    assertThat(m.transitionMatrix().get(0)).containsExactly(0.3333333, 0.6666667);
  }

  @Test
  void rowsAreCopiedSoTheModelStaysImmutable() {
    List<Double> row = new ArrayList<>(List.of(0.5, 0.5));
    MigrationModel m = MigrationModel.builder().states(List.of("A", "B")).addTransitionMatrix(row)
        .addTransitionMatrix(List.of(0.0, 1.0)).rewards(List.of(1.0, 0.0)).period(CashFlowPeriod.YEAR).build();
    row.set(0, 0.9);
    assertThat(m.transitionMatrix().get(0)).containsExactly(0.5, 0.5);
    assertThatThrownBy(() -> m.transitionMatrix().get(0).set(0, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void undiscountedInfiniteHorizonIsRejected() {
    assertThatThrownBy(() -> MigrationClv.of(recencyModel(), DiscountRate.yearly(0), Horizon.infinite()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("discountRate must be > 0 for an infinite horizon: the transition matrix is stochastic, so "
            + "the undiscounted sum of P^t R diverges: 0.0");
    assertThat(MigrationClv.of(recencyModel(), DiscountRate.yearly(0), Horizon.finite(5)).valueOf("R1"))
        .isFinite();
  }

  @Test
  void unknownStateIsRejected() {
    MigrationClvResult v = MigrationClv.of(recencyModel(), RATE, Horizon.infinite());
    assertThatThrownBy(() -> v.valueOf("R7")).hasMessage("state must be one of [R1, R2, R3, LOST]: 'R7'");
  }
}
