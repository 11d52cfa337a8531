package io.github.logicrm.metrics.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.segmentation.ValueCell;
import io.github.logicrm.core.segmentation.ValueIndicators;
import io.github.logicrm.core.segmentation.ValueLevel;
import io.github.logicrm.core.segmentation.ValueScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValueMatrixTest {

  private static final ValueMatrix MATRIX = ValueMatrix.withDefaults();

  /** Customer {@code i} of a book where everything good grows with {@code i} and costs fall with it. */
  private static ValueIndicators ranked(int i, int n) {
    return ValueIndicators.builder()
        .customerId(CustomerId.of("C-" + i))
        .volume(100 * i)
        .revenue(1000 * i)
        .contributionShare(0.01 * i)
        .receivablesCollectionRate(0.5 + 0.01 * i)
        .plannedVolume(120 * i)
        .plannedGrowth(0.01 * i)
        .loyalty(10 + i)
        .truckWaitingFees(100 * (n - i))
        .storageFees(50 * (n - i))
        .seasonalVolatility(0.1 * (n - i))
        .build();
  }

  private static List<ValueIndicators> rankedBook(int n) {
    List<ValueIndicators> book = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      book.add(ranked(i, n));
    }
    return book;
  }

  @Test
  void percentileRanksGiveZeroToHundredAndCostsCountAgainst() {
    List<ValueScore> scores = MATRIX.score(rankedBook(6));
    assertThat(scores).extracting(ValueScore::currentScore).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
    assertThat(scores).extracting(ValueScore::potentialScore).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
    // LOW below 40, HIGH from 60
    assertThat(scores).extracting(ValueScore::currentLevel).containsExactly(
        ValueLevel.LOW, ValueLevel.LOW, ValueLevel.MEDIUM, ValueLevel.HIGH, ValueLevel.HIGH, ValueLevel.HIGH);
    assertThat(scores.get(0).cell()).isEqualTo(ValueCell.LOW_LOW);
    assertThat(scores.get(2).cell()).isEqualTo(ValueCell.MEDIUM_MEDIUM);
    assertThat(scores.get(5).cell()).isEqualTo(ValueCell.HIGH_HIGH);
    assertThat(scores.get(5).cell().recommendedStrategy()).contains("key-account");
  }

  @Test
  void weightsPickIndicatorsAndCostsAreReversed() {
    List<ValueIndicators> book = rankedBook(5);
    // current from volume alone; potential from truck waiting fees alone: the costliest customer scores 0
    ValueMatrix m = MATRIX.withWeights(new double[] {1, 0, 0, 0}, new double[] {0, 0, 0, 2, 0, 0});
    List<ValueScore> scores = m.score(book);
    assertThat(scores).extracting(ValueScore::currentScore).containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
    assertThat(scores).extracting(ValueScore::potentialScore).containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
    // a weighted mix: potential = (3 x growth percentile + 1 x (1 - storage percentile)) / 4
    List<ValueIndicators> mixed = new ArrayList<>(book);
    mixed.set(0, ValueIndicators.builder().from(book.get(0)).storageFees(0).build()); // cheapest now
    List<ValueScore> s2 = MATRIX.withWeights(new double[] {1, 1, 1, 1}, new double[] {0, 3, 0, 0, 1, 0})
        .score(mixed);
    // storage fees: customer 0 now lowest (percentile 0 -> 1), others 200, 150, 100, 50 -> 1, 0.75, 0.5, 0.25
    assertThat(s2.get(0).potentialScore()).isEqualTo(100 * (3 * 0.0 + 1 * 1.0) / 4, within(1e-12));
    assertThat(s2.get(1).potentialScore()).isEqualTo(100 * (3 * 0.25 + 1 * 0.0) / 4, within(1e-12));
    assertThat(s2.get(4).potentialScore()).isEqualTo(100 * (3 * 1.0 + 1 * 0.75) / 4, within(1e-12));
  }

  @Test
  void outliersAndUnitsDoNotMove() {
    List<ValueIndicators> book = rankedBook(8);
    List<ValueScore> before = MATRIX.score(book);
    List<ValueIndicators> extreme = new ArrayList<>(book);
    extreme.set(7, ValueIndicators.builder().from(book.get(7)).revenue(1e12).volume(1e9).build());
    assertThat(MATRIX.score(extreme)).isEqualTo(before);
  }

  @Test
  void tiesShareTheMeanRank() {
    List<ValueIndicators> book = rankedBook(4);
    book.set(1, ValueIndicators.builder().from(book.get(1)).volume(200).build()); // ties with customer 2
    List<ValueScore> s = MATRIX.withWeights(new double[] {1, 0, 0, 0}, new double[] {1, 1, 1, 1, 1, 1})
        .score(book);
    assertThat(s).extracting(ValueScore::currentScore).containsExactly(0.0, 50.0, 50.0, 100.0);
    List<ValueIndicators> same = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      same.add(ValueIndicators.builder().from(ranked(1, 3)).customerId(CustomerId.of("S-" + i)).build());
    }
    assertThat(MATRIX.score(same)).extracting(ValueScore::currentScore).containsOnly(50.0);
    assertThat(MATRIX.score(same.subList(0, 1)).get(0).cell()).isEqualTo(ValueCell.MEDIUM_MEDIUM);
  }

  @Test
  void shuffledBookGivesEveryCustomerTheSameScoreAndBatchEqualsList() {
    SplittableRandom random = new SplittableRandom(17);
    List<ValueIndicators> book = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      book.add(ValueIndicators.builder()
          .customerId(CustomerId.of("R-" + i))
          .volume(Math.floor(random.nextDouble(1000)))
          .revenue(Math.floor(random.nextDouble(1e5)))
          .contributionShare(random.nextDouble(0.05))
          .receivablesCollectionRate(Math.round(random.nextDouble() * 10) / 10.0)
          .plannedVolume(Math.floor(random.nextDouble(1200)))
          .plannedGrowth(random.nextDouble(-0.2, 0.3))
          .loyalty(Math.floor(random.nextDouble(100)))
          .truckWaitingFees(random.nextInt(3) == 0 ? 0 : random.nextDouble(5000))
          .storageFees(random.nextInt(3) == 0 ? 0 : random.nextDouble(8000))
          .seasonalVolatility(random.nextDouble(0.8))
          .build());
    }
    List<ValueScore> scores = MATRIX.score(book);
    List<ValueIndicators> shuffled = new ArrayList<>(book);
    Collections.shuffle(shuffled, new Random(2));
    Map<CustomerId, ValueScore> byId = MATRIX.score(shuffled).stream()
        .collect(Collectors.toMap(ValueScore::customerId, Function.identity()));
    for (ValueScore s : scores) {
      assertThat(byId.get(s.customerId())).isEqualTo(s);
    }
    double[][] current = new double[4][500];
    double[][] potential = new double[6][500];
    for (int i = 0; i < 500; i++) {
      ValueIndicators v = book.get(i);
      current[0][i] = v.volume();
      current[1][i] = v.revenue();
      current[2][i] = v.contributionShare();
      current[3][i] = v.receivablesCollectionRate();
      potential[0][i] = v.plannedVolume();
      potential[1][i] = v.plannedGrowth();
      potential[2][i] = v.loyalty();
      potential[3][i] = v.truckWaitingFees();
      potential[4][i] = v.storageFees();
      potential[5][i] = v.seasonalVolatility();
    }
    double[] c = new double[500];
    double[] p = new double[500];
    MATRIX.score(current, potential, c, p);
    for (int i = 0; i < 500; i++) {
      assertThat(c[i]).isEqualTo(scores.get(i).currentScore());
      assertThat(p[i]).isEqualTo(scores.get(i).potentialScore());
    }
  }

  @Test
  void levelsAtTheThresholds() {
    assertThat(MATRIX.level(60)).isEqualTo(ValueLevel.HIGH);
    assertThat(MATRIX.level(Math.nextDown(60.0))).isEqualTo(ValueLevel.MEDIUM);
    assertThat(MATRIX.level(40)).isEqualTo(ValueLevel.MEDIUM);
    assertThat(MATRIX.level(Math.nextDown(40.0))).isEqualTo(ValueLevel.LOW);
    ValueMatrix two = MATRIX.withLevelThresholds(50, 50);
    assertThat(two.level(50)).isEqualTo(ValueLevel.HIGH);
    assertThat(two.level(49.9)).isEqualTo(ValueLevel.LOW);
  }

  @Test
  void everyCellHasItsLevelsAndAStrategy() {
    for (ValueLevel c : ValueLevel.values()) {
      for (ValueLevel p : ValueLevel.values()) {
        ValueCell cell = ValueCell.of(c, p);
        assertThat(cell.current()).isEqualTo(c);
        assertThat(cell.potential()).isEqualTo(p);
        assertThat(cell.name()).isEqualTo(c + "_" + p);
        assertThat(cell.recommendedStrategy()).isNotBlank();
      }
    }
  }

  @Test
  void rejectsInvalidWeightsAndBooks() {
    double[] four = {1, 1, 1, 1};
    double[] six = {1, 1, 1, 1, 1, 1};
    assertThatThrownBy(() -> MATRIX.withWeights(new double[] {0, 0, 0, 0}, six))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("currentWeights must sum to > 0: 0.0");
    assertThatThrownBy(() -> MATRIX.withWeights(four, new double[] {1, 1, 1, -1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("potentialWeights[3] must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> MATRIX.withWeights(four, new double[] {1, 1, 1, 1, 1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("potentialWeights[5] must be finite and >= 0: NaN");
    assertThatThrownBy(() -> MATRIX.withWeights(new double[] {1, 1, 1}, six))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currentWeights length must equal indicators length 4: 3");
    assertThatThrownBy(() -> MATRIX.withLevelThresholds(70, 60))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("highFrom must be in [70.0, 100.0]: 60.0");
    assertThatThrownBy(() -> MATRIX.score(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("book must not be empty");
    double[][] current = {{1, 2}, {1, 2}, {1, Double.NaN}, {1, 2}};
    double[][] potential = {{1, 2}, {1, 2}, {1, 2}, {1, 2}, {1, 2}, {1, 2}};
    assertThatThrownBy(() -> MATRIX.score(current, potential, new double[2], new double[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("contributionShare[1] must be finite: NaN");
    assertThatThrownBy(() -> MATRIX.score(current, potential, new double[3], new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volume length must equal scores length 3: 2");
    assertThatThrownBy(() -> ValueIndicators.builder().from(ranked(1, 2)).receivablesCollectionRate(1.2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("receivablesCollectionRate must be in [0.0, 1.0]: 1.2");
    assertThatThrownBy(() -> ValueIndicators.builder().from(ranked(1, 2)).plannedGrowth(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plannedGrowth must be finite and > -1: -1.0");
  }
}
