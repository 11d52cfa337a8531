package io.github.logicrm.metrics.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.metrics.SharedDataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RfmScoringTest {

  private static final RfmScoring RFM = RfmScoring.withDefaults();
  private static final RfmScoring LOWEST = RFM.withTies(RfmScoring.Ties.LOWEST);

  /**
   * Monthly recency: 60 of 100 shippers ordered this month. They are the most recent customers a marketer can have
   * and score R = 5; under LOWEST, 40 strictly worse customers put them at 1 + floor(5 x 40 / 100) = 3.
   */
  @Test
  void shippersWhoOrderedThisMonthScoreFiveByDefault() {
    double[] monthsSince = new double[100];
    double[] repeatOrders = new double[100];
    for (int i = 0; i < 100; i++) {
      monthsSince[i] = i < 60 ? 0 : i < 70 ? 1 : i < 80 ? 2 : i < 90 ? 3 : 6;
      repeatOrders[i] = i < 50 ? 0 : i - 49; // half never ordered again
    }
    List<RfmScore> scores = RFM.score(monthsSince, repeatOrders, repeatOrders);
    assertThat(scores.subList(0, 60)).extracting(RfmScore::recency).containsOnly(5);
    // the ten at 6 months hold the worst value: 1; 3 months: middle rank 10 + 4.5 -> 1 + floor(72.5 / 100) = 1;
    // 2 months: 20 + 4.5 -> 2; 1 month: 30 + 4.5 -> 2
    assertThat(scores.subList(60, 100)).extracting(RfmScore::recency)
        .containsExactlyElementsOf(List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    // the half that never ordered again holds the worst frequency: 1, not lifted to 3 as under HIGHEST
    assertThat(scores.subList(0, 50)).extracting(RfmScore::frequency).containsOnly(1);
    assertThat(RFM.withTies(RfmScoring.Ties.HIGHEST).score(monthsSince, repeatOrders, repeatOrders).subList(0, 50))
        .extracting(RfmScore::frequency).containsOnly(3);
    assertThat(LOWEST.score(monthsSince, repeatOrders, repeatOrders).subList(0, 60))
        .extracting(RfmScore::recency).containsOnly(3);
  }

  @Test
  void middleTiesShareTheScoreOfTheirMiddleRankAndAllTiedScoreThree() {
    double[] frequency = {0, 0, 0, 0, 0, 0, 1, 2, 3, 4};
    double[] recency = {5, 5, 1, 1, 1, 1, 1, 1, 1, 0};
    List<RfmScore> scores = RFM.score(recency, frequency, frequency);
    assertThat(scores).extracting(RfmScore::frequency).containsExactly(1, 1, 1, 1, 1, 1, 4, 4, 5, 5);
    // recency 1: ranks 2-8, middle 5 -> 1 + floor(25 / 10) = 3
    assertThat(scores).extracting(RfmScore::recency).containsExactly(1, 1, 3, 3, 3, 3, 3, 3, 3, 5);
    double[] same = {7, 7, 7, 7};
    assertThat(RFM.score(same, same, same)).extracting(RfmScore::cellCode).containsOnly("333");
    double[] distinct = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(RFM.score(distinct, distinct, distinct)).isEqualTo(LOWEST.score(distinct, distinct, distinct));
  }

  @Test
  void distinctValuesFallIntoEqualQuintiles() {
    double[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    List<RfmScore> scores = RFM.score(ten, ten, ten);
    assertThat(scores).extracting(RfmScore::frequency).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    assertThat(scores).extracting(RfmScore::monetary).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    // recency is time since the last purchase: the smallest is the best
    assertThat(scores).extracting(RfmScore::recency).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    assertThat(scores.get(0).cellCode()).isEqualTo("511");
    assertThat(scores.get(9).cellCode()).isEqualTo("155");
    assertThat(scores.get(0).weightedScore()).isEqualTo(7.0 / 3, within(1e-12));
  }

  @Test
  void lowestTieRuleGivesTiedCustomersTheScoreOfTheFirstOfThem() {
    double[] frequency = {0, 0, 0, 0, 0, 0, 1, 2, 3, 4};
    double[] recency = {5, 5, 1, 1, 1, 1, 1, 1, 1, 0};
    List<RfmScore> scores = LOWEST.score(recency, frequency, frequency);
    assertThat(scores).extracting(RfmScore::frequency).containsExactly(1, 1, 1, 1, 1, 1, 4, 4, 5, 5);
    // recency 5: nobody worse -> 1; recency 1: the two at 5 are worse -> 1 + floor(10/10) = 2; recency 0 -> 5
    assertThat(scores).extracting(RfmScore::recency).containsExactly(1, 1, 2, 2, 2, 2, 2, 2, 2, 5);
  }

  @Test
  void highestTieRuleGivesTiedCustomersTheTopScoreOfTheirGroup() {
    RfmScoring highest = RFM.withTies(RfmScoring.Ties.HIGHEST);
    double[] frequency = {0, 0, 0, 0, 0, 0, 1, 2, 3, 4};
    double[] recency = {5, 5, 1, 1, 1, 1, 1, 1, 1, 0};
    List<RfmScore> scores = highest.score(recency, frequency, frequency);
    // zeros: ranks 0-5, highest 5 -> 1 + floor(25/10) = 3
    assertThat(scores).extracting(RfmScore::frequency).containsExactly(3, 3, 3, 3, 3, 3, 4, 4, 5, 5);
    // recency 1: ranks 2-8, highest 8 -> 5; recency 5: ranks 0-1 -> 1
    assertThat(scores).extracting(RfmScore::recency).containsExactly(1, 1, 5, 5, 5, 5, 5, 5, 5, 5);
    double[] distinct = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(highest.score(distinct, distinct, distinct)).isEqualTo(LOWEST.score(distinct, distinct, distinct));
  }

  @Test
  void weightedScoreUsesTheWeights() {
    RfmScoring weighted = RFM.withWeights(2, 1, 1);
    double[] recency = {0, 1, 2, 3, 4};
    double[] frequency = {4, 3, 2, 1, 0};
    double[] monetary = {2, 2, 2, 2, 2};
    RfmScore first = weighted.score(recency, frequency, monetary).get(0);
    assertThat(first.cellCode()).isEqualTo("553");
    assertThat(first.weightedScore()).isEqualTo((2 * 5 + 5 + 3) / 4.0);
    RfmScore only = RFM.withWeights(0, 0, 3).score(recency, frequency, monetary).get(4);
    assertThat(only.weightedScore()).isEqualTo(3.0);
  }

  @Test
  void oneCustomerScoresTheMiddleByDefaultAndOneUnderLowest() {
    RfmScore score = RFM.score(new double[] {3}, new double[] {7}, new double[] {9}).get(0);
    assertThat(score.cellCode()).isEqualTo("333");
    assertThat(score.weightedScore()).isEqualTo(3.0);
    RfmScore lowest = LOWEST.score(new double[] {3}, new double[] {7}, new double[] {9}).get(0);
    assertThat(lowest.cellCode()).isEqualTo("111");
    assertThat(lowest.weightedScore()).isEqualTo(1.0);
  }

  @Test
  void cdnowSummaries() throws IOException {
    Path file = SharedDataFiles.file("cdnow", "cdnow_customers_summary_with_transactions.csv");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("ID,x,t_x,T,zbar");
    int n = lines.size() - 1;
    double[] recency = new double[n];
    double[] frequency = new double[n];
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).split(",");
      frequency[i] = Double.parseDouble(f[1]);
      recency[i] = Double.parseDouble(f[3]) - Double.parseDouble(f[2]); // weeks since the last purchase
      monetary[i] = Double.parseDouble(f[4]);
    }
    assertThat(n).isEqualTo(2357);
    int[] r = new int[n];
    int[] fr = new int[n];
    int[] m = new int[n];
    double[] w = new double[n];
    LOWEST.score(recency, frequency, monetary, r, fr, m, w);
    int[] dr = new int[n];
    int[] df = new int[n];
    int[] dm = new int[n];
    RFM.score(recency, frequency, monetary, dr, df, dm, new double[n]);
    int[] hr = new int[n];
    int[] hf = new int[n];
    int[] hm = new int[n];
    RFM.withTies(RfmScoring.Ties.HIGHEST).score(recency, frequency, monetary, hr, hf, hm, new double[n]);

    // the 1,411 customers without a repeat purchase (Fader, Hardie and Lee 2005) all score 1 on frequency;
    // the next customer up has 1,411 strictly worse: 1 + floor(5 x 1411 / 2357) = 3, so no 2 exists
    int[] byFrequency = histogram(fr);
    assertThat(byFrequency[1]).isEqualTo(1411);
    assertThat(byFrequency[2]).isZero();
    assertThat(byFrequency[1] + byFrequency[3] + byFrequency[4] + byFrequency[5]).isEqualTo(n);

    // every score against an independent O(n^2) count of strictly worse customers
    for (int i = 0; i < n; i++) {
      int worseR = 0;
      int worseF = 0;
      int worseM = 0;
      int tiedR = 0;
      int tiedF = 0;
      int tiedM = 0;
      for (int j = 0; j < n; j++) {
        worseR += recency[j] > recency[i] ? 1 : 0;
        worseF += frequency[j] < frequency[i] ? 1 : 0;
        worseM += monetary[j] < monetary[i] ? 1 : 0;
        tiedR += recency[j] == recency[i] ? 1 : 0;
        tiedF += frequency[j] == frequency[i] ? 1 : 0;
        tiedM += monetary[j] == monetary[i] ? 1 : 0;
      }
      assertThat(hr[i]).isEqualTo(1 + 5 * (worseR + tiedR - 1) / n);
      assertThat(hf[i]).isEqualTo(1 + 5 * (worseF + tiedF - 1) / n);
      assertThat(hm[i]).isEqualTo(1 + 5 * (worseM + tiedM - 1) / n);
      assertThat(dr[i]).isEqualTo(midpoint(worseR, tiedR, n));
      assertThat(df[i]).isEqualTo(midpoint(worseF, tiedF, n));
      assertThat(dm[i]).isEqualTo(midpoint(worseM, tiedM, n));
      assertThat(r[i]).isEqualTo(1 + 5 * worseR / n);
      assertThat(fr[i]).isEqualTo(1 + 5 * worseF / n);
      assertThat(m[i]).isEqualTo(1 + 5 * worseM / n);
      assertThat(w[i]).isEqualTo(1 + 4 * (((r[i] - 1) + (fr[i] - 1) + (m[i] - 1)) / 4.0 / 3));
    }
    // monetary: the zero-spend customers are the same 1,411 and score 1
    assertThat(histogram(m)[1]).isEqualTo(1411);

    // the list form equals the array form, and shuffling the book changes nobody's score
    List<RfmScore> listed = LOWEST.score(recency, frequency, monetary);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
      assertThat(listed.get(i).cellCode()).isEqualTo("" + r[i] + fr[i] + m[i]);
      assertThat(listed.get(i).weightedScore()).isEqualTo(w[i]);
    }
    Collections.shuffle(order, new Random(1));
    double[] sr = new double[n];
    double[] sf = new double[n];
    double[] sm = new double[n];
    for (int i = 0; i < n; i++) {
      sr[i] = recency[order.get(i)];
      sf[i] = frequency[order.get(i)];
      sm[i] = monetary[order.get(i)];
    }
    List<RfmScore> shuffled = LOWEST.score(sr, sf, sm);
    for (int i = 0; i < n; i++) {
      assertThat(shuffled.get(i)).isEqualTo(listed.get(order.get(i)));
    }
  }

  /** The default rule written out: worst value 1, best value 5, any other group its middle rank's quintile. */
  private static int midpoint(int worse, int tied, int n) {
    if (tied == n) {
      return 3;
    }
    if (worse == 0) {
      return 1;
    }
    if (worse + tied == n) {
      return 5;
    }
    return 1 + (int) Math.floor(5 * (worse + (tied - 1) / 2.0) / n);
  }

  private static int[] histogram(int[] scores) {
    int[] h = new int[6];
    for (int s : scores) {
      h[s]++;
    }
    return h;
  }

  @Test
  void rejectsInvalidInput() {
    double[] ok = {1, 2};
    assertThatThrownBy(() -> RFM.score(new double[0], new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("recency must not be empty");
    assertThatThrownBy(() -> RFM.score(ok, new double[] {1}, ok))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("frequency length must equal recency length 2: 1");
    assertThatThrownBy(() -> RFM.score(ok, ok, new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("monetary[1] must be finite and >= 0: NaN");
    assertThatThrownBy(() -> RFM.score(new double[] {-1, 2}, ok, ok))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("recency[0] must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> RFM.withWeights(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("RFM weights must sum to > 0: 0.0");
    assertThatThrownBy(() -> RFM.withWeights(1, -1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("frequencyWeight must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> RFM.withWeights(Double.NaN, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("recencyWeight must be finite and >= 0: NaN");
    assertThatThrownBy(() -> RFM.withTies(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ties");
    assertThatThrownBy(() -> RFM.score(ok, ok, ok, new int[2], new int[2], new int[1], new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("monetaryScores length must equal recency length 2: 1");
  }
}
