package io.github.logicrm.metrics.switching;

import static io.github.logicrm.core.switching.SwitchingCostFacet.BENEFIT_LOSS;
import static io.github.logicrm.core.switching.SwitchingCostFacet.BRAND_RELATIONSHIP_LOSS;
import static io.github.logicrm.core.switching.SwitchingCostFacet.ECONOMIC_RISK;
import static io.github.logicrm.core.switching.SwitchingCostFacet.EVALUATION;
import static io.github.logicrm.core.switching.SwitchingCostFacet.LEARNING;
import static io.github.logicrm.core.switching.SwitchingCostFacet.MONETARY_LOSS;
import static io.github.logicrm.core.switching.SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS;
import static io.github.logicrm.core.switching.SwitchingCostFacet.SETUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.switching.SwitchingCostAnswers;
import io.github.logicrm.core.switching.SwitchingCostFacet;
import io.github.logicrm.core.switching.SwitchingCostItem;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostScore;
import io.github.logicrm.core.switching.SwitchingCostType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SwitchingCostIndexTest {

  private static final double EXACT = 1e-12;

  /** 13 items: mixed scales (1-5, 1-7, 0-10), three reverse-coded, one to three items per facet. */
  static final SwitchingCostQuestionnaire QUESTIONNAIRE = SwitchingCostQuestionnaire.of(List.of(
      SwitchingCostItem.of("ER1", ECONOMIC_RISK, 1, 5),
      SwitchingCostItem.of("ER2", ECONOMIC_RISK, 1, 5),
      SwitchingCostItem.of("EV1", EVALUATION, 1, 5),
      SwitchingCostItem.of("LE1", LEARNING, 1, 5),
      SwitchingCostItem.reversed("LE2", LEARNING, 1, 5),
      SwitchingCostItem.of("SU1", SETUP, 1, 7),
      SwitchingCostItem.of("SU2", SETUP, 1, 7),
      SwitchingCostItem.reversed("SU3", SETUP, 1, 7),
      SwitchingCostItem.of("BL1", BENEFIT_LOSS, 0, 10),
      SwitchingCostItem.of("ML1", MONETARY_LOSS, 1, 5),
      SwitchingCostItem.of("PR1", PERSONAL_RELATIONSHIP_LOSS, 1, 5),
      SwitchingCostItem.of("PR2", PERSONAL_RELATIONSHIP_LOSS, 1, 5),
      SwitchingCostItem.of("BR1", BRAND_RELATIONSHIP_LOSS, 1, 5)));

  /** Answers in questionnaire order; rescaled: 75, 100 | 25 | 50, 75(rev) | 100, 50, 100(rev) | 60 | 0 | 100, 75 | 50. */
  static final double[] ANSWERS = {4, 5, 2, 3, 2, 7, 4, 1, 6, 1, 5, 4, 3};

  private static final SwitchingCostIndex INDEX = SwitchingCostIndex.of(QUESTIONNAIRE);

  static SwitchingCostAnswers answers(String id, double[] values) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        map.put(QUESTIONNAIRE.items().get(i).id(), values[i]);
      }
    }
    return SwitchingCostAnswers.builder().customerId(CustomerId.of(id)).answers(map).build();
  }

  @Test
  void handWorkedExampleWithDefaultWeights() {
    SwitchingCostScore score = INDEX.score(answers("C-1", ANSWERS));
    // facets: ER (75+100)/2, EV 25, LE (50+75)/2, SU (100+50+100)/3, BL 60, ML 0, PR (100+75)/2, BR 50
    assertThat(score.facetScores().get(ECONOMIC_RISK)).isCloseTo(87.5, within(EXACT));
    assertThat(score.facetScores().get(EVALUATION)).isCloseTo(25, within(EXACT));
    assertThat(score.facetScores().get(LEARNING)).isCloseTo(62.5, within(EXACT));
    assertThat(score.facetScores().get(SETUP)).isCloseTo(250.0 / 3, within(EXACT));
    assertThat(score.facetScores().get(BENEFIT_LOSS)).isCloseTo(60, within(EXACT));
    assertThat(score.facetScores().get(MONETARY_LOSS)).isCloseTo(0, within(EXACT));
    assertThat(score.facetScores().get(PERSONAL_RELATIONSHIP_LOSS)).isCloseTo(87.5, within(EXACT));
    assertThat(score.facetScores().get(BRAND_RELATIONSHIP_LOSS)).isCloseTo(50, within(EXACT));
    // types: procedural (87.5 + 25 + 62.5 + 250/3) / 4 = 775/12, financial 30, relational 68.75
    assertThat(score.typeScores().get(SwitchingCostType.PROCEDURAL)).isCloseTo(775.0 / 12, within(EXACT));
    assertThat(score.typeScores().get(SwitchingCostType.FINANCIAL)).isCloseTo(30, within(EXACT));
    assertThat(score.typeScores().get(SwitchingCostType.RELATIONAL)).isCloseTo(68.75, within(EXACT));
    // index: (775/12 + 30 + 68.75) / 3 = 490/9
    assertThat(score.index()).isCloseTo(490.0 / 9, within(EXACT));
    assertThat(score.customerId()).hasValue(CustomerId.of("C-1"));
    assertThat(score.coverage()).isEqualTo(1.0);
    assertThat(score.itemsAsked().get(SETUP)).isEqualTo(3);
  }

  @Test
  void reverseCodingMirrorsTheScale() {
    SwitchingCostItem reversed = SwitchingCostItem.reversed("R", SETUP, 1, 7);
    SwitchingCostItem plain = SwitchingCostItem.of("P", SETUP, 1, 7);
    for (double x = 1; x <= 7; x++) {
      assertThat(reversed.rescale(x)).isCloseTo(plain.rescale(8 - x), within(EXACT));
    }
    assertThat(reversed.rescale(1)).isEqualTo(100);
    assertThat(reversed.rescale(7)).isEqualTo(0);
    // answering a reverse item 1 instead of 7 raises SETUP from (100+50+0)/3 to (100+50+100)/3
    double[] low = ANSWERS.clone();
    low[7] = 7;
    double[] facets = new double[8];
    INDEX.index(low, facets);
    assertThat(facets[SETUP.ordinal()]).isCloseTo(50, within(EXACT));
  }

  @Test
  void weightsNeedNotSumToOne() {
    SwitchingCostIndex weighted = INDEX.withFacetWeight(ECONOMIC_RISK, 2)
        .withTypeWeight(SwitchingCostType.PROCEDURAL, 2);
    // procedural (2*87.5 + 25 + 62.5 + 250/3) / 5 = 1037.5/15; index (2 * 1037.5/15 + 30 + 68.75) / 4
    double procedural = 1037.5 / 15;
    assertThat(weighted.index(ANSWERS)).isCloseTo((2 * procedural + 30 + 68.75) / 4, within(EXACT));
    assertThat(weighted.facetWeight(ECONOMIC_RISK)).isCloseTo(0.4, within(EXACT));
    assertThat(weighted.typeWeight(SwitchingCostType.PROCEDURAL)).isCloseTo(0.5, within(EXACT));
    // scaling every weight by the same factor changes nothing
    Map<SwitchingCostFacet, Double> scaled = new EnumMap<>(SwitchingCostFacet.class);
    for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
      scaled.put(f, f == ECONOMIC_RISK ? 20.0 : 10.0);
    }
    SwitchingCostIndex scaledIndex = INDEX.withFacetWeights(scaled)
        .withTypeWeight(SwitchingCostType.PROCEDURAL, 0.5)
        .withTypeWeight(SwitchingCostType.FINANCIAL, 0.25)
        .withTypeWeight(SwitchingCostType.RELATIONAL, 0.25);
    assertThat(scaledIndex.index(ANSWERS)).isCloseTo(weighted.index(ANSWERS), within(EXACT));
  }

  @Test
  void zeroWeightDropsAFacetOrType() {
    SwitchingCostScore noMonetary = INDEX.withFacetWeight(MONETARY_LOSS, 0).score(answers("C-1", ANSWERS));
    assertThat(noMonetary.typeScores().get(SwitchingCostType.FINANCIAL)).isCloseTo(60, within(EXACT));
    SwitchingCostIndex relationalOnly = INDEX.withTypeWeight(SwitchingCostType.PROCEDURAL, 0)
        .withTypeWeight(SwitchingCostType.FINANCIAL, 0);
    assertThat(relationalOnly.index(ANSWERS)).isCloseTo(68.75, within(EXACT));
  }

  @Test
  void badWeightsAreRejected() {
    assertThatThrownBy(() -> INDEX.withFacetWeight(SETUP, -1))
        .hasMessage("facetWeight[SETUP] must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> INDEX.withFacetWeight(SETUP, Double.NaN))
        .hasMessage("facetWeight[SETUP] must be finite and >= 0: NaN");
    assertThatThrownBy(() -> INDEX.withTypeWeight(SwitchingCostType.FINANCIAL, Double.POSITIVE_INFINITY))
        .hasMessage("typeWeight[FINANCIAL] must be finite and >= 0: Infinity");
    assertThatThrownBy(() -> INDEX.withFacetWeight(BENEFIT_LOSS, 0).withFacetWeight(MONETARY_LOSS, 0))
        .hasMessage("facet weights of type FINANCIAL must not all be 0");
    assertThatThrownBy(() -> INDEX.withTypeWeight(SwitchingCostType.PROCEDURAL, 0)
        .withTypeWeight(SwitchingCostType.FINANCIAL, 0).withTypeWeight(SwitchingCostType.RELATIONAL, 0))
        .hasMessage("type weights must not all be 0: typeWeight[RELATIONAL] = 0.0");
    assertThatThrownBy(() -> INDEX.withFacetWeights(Map.of(SETUP, 1.0)))
        .hasMessage("facet weights must cover every facet, missing: ECONOMIC_RISK");
    assertThatThrownBy(() -> INDEX.withMinimumFacetCoverage(0))
        .hasMessage("minimumFacetCoverage must be in (0, 1]: 0.0");
    assertThatThrownBy(() -> INDEX.withMinimumFacetCoverage(1.5))
        .hasMessage("minimumFacetCoverage must be in (0, 1]: 1.5");
  }

  @Test
  void missingItemsAreLeftOutOfTheirFacetMean() {
    double[] partial = ANSWERS.clone();
    partial[6] = Double.NaN; // SU2 skipped: SETUP = (100 + 100) / 2
    SwitchingCostScore score = INDEX.score(answers("C-2", partial));
    assertThat(score.facetScores().get(SETUP)).isCloseTo(100, within(EXACT));
    assertThat(score.itemsAnswered().get(SETUP)).isEqualTo(2);
    assertThat(score.coverage(SETUP)).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(score.coverage()).isCloseTo(12.0 / 13, within(EXACT));
    assertThat(INDEX.index(partial)).isCloseTo(score.index(), within(EXACT));
  }

  @Test
  void facetWithNoAnswersIsAnErrorNamingTheFacet() {
    double[] noEvaluation = ANSWERS.clone();
    noEvaluation[2] = Double.NaN;
    assertThatThrownBy(() -> INDEX.score(answers("C-3", noEvaluation)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer C-3: facet EVALUATION has no answers (1 items asked)");
    assertThatThrownBy(() -> INDEX.index(noEvaluation))
        .hasMessage("facet EVALUATION has no answers (1 items asked)");
  }

  @Test
  void coverageBoundaryIsInclusive() {
    double[] oneOfTwo = ANSWERS.clone();
    oneOfTwo[1] = Double.NaN; // ECONOMIC_RISK: 1 of 2 answered, coverage exactly 0.5
    assertThat(INDEX.index(oneOfTwo)).isBetween(0.0, 100.0);
    assertThatThrownBy(() -> INDEX.withMinimumFacetCoverage(Math.nextUp(0.5)).index(oneOfTwo))
        .hasMessage("facet ECONOMIC_RISK has 1 of 2 items answered, below minimumFacetCoverage 0.5000000000000001");
    double[] twoOfThree = ANSWERS.clone();
    twoOfThree[6] = Double.NaN; // SETUP: 2 of 3
    assertThat(INDEX.withMinimumFacetCoverage(2.0 / 3).index(twoOfThree)).isBetween(0.0, 100.0);
    assertThatThrownBy(() -> INDEX.withMinimumFacetCoverage(1).index(twoOfThree))
        .hasMessage("facet SETUP has 2 of 3 items answered, below minimumFacetCoverage 1.0");
  }

  @Test
  void answersOutsideTheScaleAreRejected() {
    double[] bad = ANSWERS.clone();
    bad[8] = 10.5;
    assertThatThrownBy(() -> INDEX.index(bad))
        .hasMessage("answers[8] (item BL1) must be in [0.0, 10.0] or NaN for a skipped item: 10.5");
    assertThatThrownBy(() -> INDEX.score(answers("C-4", bad)))
        .hasMessage("customer C-4: answer to item BL1 must be in [0.0, 10.0]: 10.5");
    assertThatThrownBy(() -> INDEX.score(SwitchingCostAnswers.builder().customerId(CustomerId.of("C-5"))
        .putAnswers("XX9", 3.0).build()))
        .hasMessage("customer C-5: answers names an item not in the questionnaire: XX9");
    assertThatThrownBy(() -> INDEX.index(new double[3]))
        .hasMessage("answers length must equal questionnaire items length 13: 3");
    assertThatThrownBy(() -> INDEX.index(ANSWERS, new double[7]))
        .hasMessage("facetScores length must equal facets length 8: 7");
    double[] infinite = ANSWERS.clone();
    infinite[0] = Double.NEGATIVE_INFINITY;
    assertThatThrownBy(() -> INDEX.index(infinite))
        .hasMessage("answers[0] (item ER1) must be in [1.0, 5.0] or NaN for a skipped item: -Infinity");
  }

  @Test
  void extremesGiveZeroAndOneHundred() {
    double[] lowest = new double[13];
    double[] highest = new double[13];
    for (int i = 0; i < 13; i++) {
      SwitchingCostItem item = QUESTIONNAIRE.items().get(i);
      lowest[i] = item.reverseCoded() ? item.scaleMax() : item.scaleMin();
      highest[i] = item.reverseCoded() ? item.scaleMin() : item.scaleMax();
    }
    SwitchingCostIndex odd = INDEX.withFacetWeight(SETUP, 0.3).withTypeWeight(SwitchingCostType.FINANCIAL, 0.7);
    assertThat(odd.index(lowest)).isEqualTo(0);
    assertThat(odd.index(highest)).isCloseTo(100, within(1e-12)).isLessThanOrEqualTo(100);
    assertThat(odd.score(answers("C-6", highest)).index()).isLessThanOrEqualTo(100);
  }

  @Test
  void batchEqualsOneByOne() {
    int n = 500;
    SplittableRandom random = new SplittableRandom(6);
    double[][] columns = new double[13][n];
    for (int c = 0; c < n; c++) {
      for (int i = 0; i < 13; i++) {
        SwitchingCostItem item = QUESTIONNAIRE.items().get(i);
        int points = (int) (item.scaleMax() - item.scaleMin()) + 1;
        columns[i][c] = item.scaleMin() + random.nextInt(points);
      }
      int skipped = random.nextInt(13); // skip one item unless it is the only item of its facet
      if (skipped != 2 && skipped != 8 && skipped != 9 && skipped != 12) {
        columns[skipped][c] = Double.NaN;
      }
    }
    SwitchingCostIndex weighted = INDEX.withFacetWeight(LEARNING, 3).withTypeWeight(SwitchingCostType.RELATIONAL, 2);
    double[] batch = new double[n];
    double[][] facetColumns = new double[8][n];
    weighted.indexAll(columns, batch, facetColumns);
    double[] justIndex = new double[n];
    weighted.indexAll(columns, justIndex);
    for (int c = 0; c < n; c++) {
      double[] row = new double[13];
      for (int i = 0; i < 13; i++) {
        row[i] = columns[i][c];
      }
      double[] facets = new double[8];
      assertThat(batch[c]).isEqualTo(weighted.index(row, facets)).isEqualTo(justIndex[c]);
      SwitchingCostScore score = weighted.score(answers("C-" + c, row));
      assertThat(score.index()).isCloseTo(batch[c], within(EXACT));
      assertThat(score.index()).isEqualTo(batch[c]);
      for (int f = 0; f < 8; f++) {
        assertThat(facetColumns[f][c]).isEqualTo(facets[f]);
        assertThat(score.facetScores().get(SwitchingCostFacet.values()[f])).isEqualTo(facets[f]);
      }
      double[] types = new double[3];
      for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
        types[f.type().ordinal()] += weighted.facetWeight(f) * facets[f.ordinal()];
      }
      for (SwitchingCostType t : SwitchingCostType.values()) {
        assertThat(score.typeScores().get(t)).isEqualTo(Math.min(100, types[t.ordinal()]));
      }
    }
  }

  /** The index computed the plain way from the formulas: item rescale, facet mean, weighted type and index. */
  private static double naiveIndex(double[] answers, Map<SwitchingCostFacet, Double> w, Map<SwitchingCostType, Double> tw) {
    Map<SwitchingCostType, double[]> types = new EnumMap<>(SwitchingCostType.class);
    for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
      double sum = 0;
      int count = 0;
      for (int i = 0; i < answers.length; i++) {
        SwitchingCostItem item = QUESTIONNAIRE.items().get(i);
        if (item.facet() == f && !Double.isNaN(answers[i])) {
          sum += item.rescale(answers[i]);
          count++;
        }
      }
      double[] t = types.computeIfAbsent(f.type(), k -> new double[2]);
      t[0] += w.get(f) * sum / count;
      t[1] += w.get(f);
    }
    double num = 0;
    double den = 0;
    for (SwitchingCostType t : SwitchingCostType.values()) {
      num += tw.get(t) * types.get(t)[0] / types.get(t)[1];
      den += tw.get(t);
    }
    return num / den;
  }

  @Test
  void agreesWithThePlainFormulasOnRandomAnswersAndWeights() {
    SplittableRandom random = new SplittableRandom(606);
    for (int trial = 0; trial < 200; trial++) {
      Map<SwitchingCostFacet, Double> w = new EnumMap<>(SwitchingCostFacet.class);
      for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
        w.put(f, 0.1 + 5 * random.nextDouble());
      }
      Map<SwitchingCostType, Double> tw = new EnumMap<>(SwitchingCostType.class);
      SwitchingCostIndex index = INDEX.withFacetWeights(w);
      for (SwitchingCostType t : SwitchingCostType.values()) {
        tw.put(t, 0.1 + 5 * random.nextDouble());
        index = index.withTypeWeight(t, tw.get(t));
      }
      double[] answers = new double[13];
      for (int i = 0; i < 13; i++) {
        SwitchingCostItem item = QUESTIONNAIRE.items().get(i);
        // continuous answers anywhere on the scale, ends included now and then
        answers[i] = random.nextInt(10) == 0 ? item.scaleMax() : item.scaleMin()
            + (item.scaleMax() - item.scaleMin()) * random.nextDouble();
      }
      answers[1] = random.nextBoolean() ? Double.NaN : answers[1];
      answers[6] = random.nextBoolean() ? Double.NaN : answers[6];
      double expected = naiveIndex(answers, w, tw);
      assertThat(index.index(answers)).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
    }
  }

  @Test
  void batchIsOrderIndependentAndSplitsAcrossThreads() throws Exception {
    int n = 1000;
    SplittableRandom random = new SplittableRandom(66);
    double[][] columns = new double[13][n];
    for (int c = 0; c < n; c++) {
      for (int i = 0; i < 13; i++) {
        SwitchingCostItem item = QUESTIONNAIRE.items().get(i);
        columns[i][c] = item.scaleMin() + random.nextInt((int) (item.scaleMax() - item.scaleMin()) + 1);
      }
      if (c % 7 == 0) {
        columns[6][c] = Double.NaN;
      }
    }
    double[] whole = new double[n];
    INDEX.indexAll(columns, whole);
    // reversed customer order gives the reversed results
    double[][] reversed = new double[13][n];
    for (int i = 0; i < 13; i++) {
      for (int c = 0; c < n; c++) {
        reversed[i][c] = columns[i][n - 1 - c];
      }
    }
    double[] backwards = new double[n];
    INDEX.indexAll(reversed, backwards);
    for (int c = 0; c < n; c++) {
      assertThat(backwards[c]).isEqualTo(whole[n - 1 - c]);
    }
    // two halves scored on two threads give the same as one call
    int half = 437; // not a multiple of the block size
    double[][] first = new double[13][];
    double[][] second = new double[13][];
    for (int i = 0; i < 13; i++) {
      first[i] = java.util.Arrays.copyOfRange(columns[i], 0, half);
      second[i] = java.util.Arrays.copyOfRange(columns[i], half, n);
    }
    double[] a = new double[half];
    double[] b = new double[n - half];
    Thread other = new Thread(() -> INDEX.indexAll(second, b));
    other.start();
    INDEX.indexAll(first, a);
    other.join();
    for (int c = 0; c < n; c++) {
      assertThat(c < half ? a[c] : b[c - half]).isEqualTo(whole[c]);
    }
  }

  @Test
  void batchErrorsNameItemAndRow() {
    int n = 700; // several blocks
    double[][] columns = new double[13][n];
    for (int i = 0; i < 13; i++) {
      java.util.Arrays.fill(columns[i], QUESTIONNAIRE.items().get(i).scaleMin());
    }
    columns[5][602] = 8;
    assertThatThrownBy(() -> INDEX.indexAll(columns, new double[n]))
        .hasMessage("answers[5][602] (item SU1) must be in [1.0, 7.0] or NaN for a skipped item: 8.0");
    // within one customer the error is the one the single-customer form gives: facets in order
    columns[12][602] = Double.NaN;
    assertThatThrownBy(() -> INDEX.indexAll(columns, new double[n]))
        .hasMessage("answers[5][602] (item SU1) must be in [1.0, 7.0] or NaN for a skipped item: 8.0");
    columns[5][602] = 1;
    assertThatThrownBy(() -> INDEX.indexAll(columns, new double[n]))
        .hasMessage("answers[*][602]: facet BRAND_RELATIONSHIP_LOSS has no answers (1 items asked)");
    columns[0][601] = Double.NaN;
    columns[1][601] = Double.NaN;
    assertThatThrownBy(() -> INDEX.indexAll(columns, new double[n]))
        .hasMessage("answers[*][601]: facet ECONOMIC_RISK has no answers (2 items asked)");
    double[][] short3 = new double[13][3];
    assertThatThrownBy(() -> INDEX.indexAll(short3, new double[4]))
        .hasMessage("answers[0] length must equal index length 4: 3");
    assertThatThrownBy(() -> INDEX.indexAll(short3, new double[3], new double[8][2]))
        .hasMessage("facetScores[0] length must equal index length 3: 2");
  }

  @Test
  void byteAnswersGiveWhatDoubleAnswersGive() {
    int n = 700; // several blocks
    SplittableRandom random = new SplittableRandom(7);
    double[][] columns = new double[13][n];
    byte[][] codes = new byte[13][n];
    for (int c = 0; c < n; c++) {
      for (int i = 0; i < 13; i++) {
        SwitchingCostItem item = QUESTIONNAIRE.items().get(i);
        int answer = (int) item.scaleMin() + random.nextInt((int) (item.scaleMax() - item.scaleMin()) + 1);
        columns[i][c] = answer;
        codes[i][c] = (byte) answer;
      }
      int skipped = random.nextInt(13); // skip one item unless it is the only item of its facet
      if (skipped != 2 && skipped != 8 && skipped != 9 && skipped != 12) {
        columns[skipped][c] = Double.NaN;
        codes[skipped][c] = SwitchingCostIndex.SKIPPED;
      }
    }
    SwitchingCostIndex weighted = INDEX.withFacetWeight(SETUP, 2).withTypeWeight(SwitchingCostType.FINANCIAL, 1.5);
    double[] fromDoubles = new double[n];
    double[][] facetsFromDoubles = new double[8][n];
    weighted.indexAll(columns, fromDoubles, facetsFromDoubles);
    double[] fromBytes = new double[n];
    double[][] facetsFromBytes = new double[8][n];
    weighted.indexAll(codes, fromBytes, facetsFromBytes);
    assertThat(fromBytes).containsExactly(fromDoubles);
    for (int f = 0; f < 8; f++) {
      assertThat(facetsFromBytes[f]).containsExactly(facetsFromDoubles[f]);
    }
    double[] indexOnly = new double[n];
    weighted.indexAll(codes, indexOnly);
    assertThat(indexOnly).containsExactly(fromDoubles);
  }

  @Test
  void byteAnswersAreRejectedLikeDoubleAnswers() {
    int n = 300;
    byte[][] codes = new byte[13][n];
    for (int i = 0; i < 13; i++) {
      java.util.Arrays.fill(codes[i], (byte) QUESTIONNAIRE.items().get(i).scaleMin());
    }
    codes[5][257] = 8;
    assertThatThrownBy(() -> INDEX.indexAll(codes, new double[n]))
        .hasMessage("answers[5][257] (item SU1) must be in [1.0, 7.0] or NaN for a skipped item: 8.0");
    codes[5][257] = 1;
    codes[12][3] = SwitchingCostIndex.SKIPPED;
    assertThatThrownBy(() -> INDEX.indexAll(codes, new double[n]))
        .hasMessage("answers[*][3]: facet BRAND_RELATIONSHIP_LOSS has no answers (1 items asked)");
    assertThatThrownBy(() -> INDEX.indexAll(new byte[13][2], new double[3]))
        .hasMessage("answers[0] length must equal index length 3: 2");
    SwitchingCostIndex halfPoints = SwitchingCostIndex.of(SwitchingCostQuestionnaire.of(
        QUESTIONNAIRE.items().stream()
            .map(item -> item.id().equals("BL1") ? SwitchingCostItem.of("BL1", BENEFIT_LOSS, 0, 10.5) : item)
            .toList()));
    assertThatThrownBy(() -> halfPoints.indexAll(codes, new double[n]))
        .hasMessage("item BL1 scale [0.0, 10.5] must have whole-number bounds in [-127, 127] for byte answers");
    SwitchingCostIndex wide = SwitchingCostIndex.of(SwitchingCostQuestionnaire.of(
        QUESTIONNAIRE.items().stream()
            .map(item -> item.id().equals("BL1") ? SwitchingCostItem.of("BL1", BENEFIT_LOSS, 0, 200) : item)
            .toList()));
    assertThatThrownBy(() -> wide.indexAll(codes, new double[n]))
        .hasMessage("item BL1 scale [0.0, 200.0] must have whole-number bounds in [-127, 127] for byte answers");
  }
}
