package io.github.logicrm.metrics.segmentation;

import static io.github.logicrm.core.segmentation.ValueTier.KEY;
import static io.github.logicrm.core.segmentation.ValueTier.MAJOR;
import static io.github.logicrm.core.segmentation.ValueTier.ORDINARY;
import static io.github.logicrm.core.segmentation.ValueTier.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.metrics.segmentation.AbcAnalysis.Basis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AbcAnalysisTest {

  /** Sum 1000; shares ranked above each: 0, .5, .75, .85, .9, .94, .96, .975, .985, .993. */
  private static final double[] BOOK = {10, 250, 7, 50, 500, 15, 40, 8, 100, 20};

  private static final AbcAnalysis BY_VALUE = AbcAnalysis.byValueShare();

  /**
   * Seed 002's KEY means about 5% of customers bringing about 80% of value. On an 80/20 book, cutting by value
   * share puts a quarter or more of the customers in KEY; the default cuts by customer count and reports the value
   * share each tier actually holds.
   */
  @Test
  void defaultTakesTheTopFivePercentOfCustomersAndReportsTheirValueShare() {
    SplittableRandom random = new SplittableRandom(2026);
    double[] book = new double[2000];
    for (int i = 0; i < book.length; i++) {
      book[i] = Math.round(Math.exp(1.6 * random.nextGaussian()) * 10_000) / 100.0;
    }
    double[] descending = book.clone();
    Arrays.sort(descending);
    double total = 0;
    double top5 = 0;
    double top20 = 0;
    for (int r = 0; r < descending.length; r++) {
      double v = descending[descending.length - 1 - r];
      total += v;
      top5 += r < 100 ? v : 0;
      top20 += r < 400 ? v : 0;
    }
    assertThat(top20 / total).as("an 80/20 book").isBetween(0.75, 0.85);
    List<TierSummary> summary = AbcAnalysis.withDefaults().summarize(book);
    assertThat(summary).extracting(TierSummary::tier).containsExactly(KEY, MAJOR, SMALL);
    assertThat(summary).extracting(TierSummary::customers).containsExactly(100, 300, 1600);
    assertThat(summary.get(0).customerShare()).isEqualTo(0.05);
    assertThat(summary.get(0).valueShare()).isCloseTo(top5 / total, within(1e-12));
    assertThat(summary.get(0).valueShare() + summary.get(1).valueShare()).isCloseTo(top20 / total, within(1e-12));
    // the value-share basis, kept as an option, puts far more than 5% of the customers in KEY
    assertThat(BY_VALUE.summarize(book).get(0).customerShare()).isGreaterThan(0.15);
  }

  /**
   * Ten customers tied at ranks 3-12 of 200 straddle the 5% cut (10 customers). Placed as their first member (UP)
   * they all become KEY, 13 customers or 6.5%; the default places them as their last member (DOWN), so KEY never
   * holds more than its share.
   */
  @Test
  void aTieStraddlingTheCutIsPlacedByTheDocumentedRule() {
    double[] book = new double[200];
    for (int i = 0; i < 200; i++) {
      book[i] = i < 3 ? 10_000 - 10 * i : i < 13 ? 5_000 : 4_000 - 10 * i;
    }
    List<TierSummary> down = AbcAnalysis.withDefaults().summarize(book);
    assertThat(AbcAnalysis.withDefaults().ties()).isEqualTo(AbcAnalysis.Ties.DOWN);
    assertThat(down).extracting(TierSummary::customers).containsExactly(3, 37, 160);
    List<TierSummary> up = AbcAnalysis.withDefaults().withTies(AbcAnalysis.Ties.UP).summarize(book);
    assertThat(up).extracting(TierSummary::customers).containsExactly(13, 27, 160);
    assertThat(up.get(0).customerShare()).isEqualTo(0.065);
  }

  @Test
  void byValueShareCutsAtEightyAndNinetyFivePercentOfValueAndKeepsTheCrossingCustomer() {
    assertThat(BY_VALUE.classify(BOOK))
        .containsExactly(SMALL, KEY, SMALL, MAJOR, KEY, SMALL, MAJOR, SMALL, KEY, MAJOR);
    List<TierSummary> summary = BY_VALUE.summarize(BOOK);
    assertThat(summary).extracting(TierSummary::tier).containsExactly(KEY, MAJOR, SMALL);
    assertThat(summary).extracting(TierSummary::customers).containsExactly(3, 3, 4);
    assertThat(summary).extracting(TierSummary::value).containsExactly(850.0, 110.0, 40.0);
    assertThat(summary.get(0).valueShare()).isEqualTo(0.85);
    assertThat(summary.get(1).valueShare()).isEqualTo(0.11);
    assertThat(summary.get(2).valueShare()).isEqualTo(0.04);
    assertThat(summary.get(2).customerShare()).isEqualTo(0.4);
  }

  @Test
  void byCustomerCountTakesTheTopFiveAndNextFifteenPercent() {
    assertThat(AbcAnalysis.byCustomerCount().classify(BOOK))
        .containsExactly(SMALL, MAJOR, SMALL, SMALL, KEY, SMALL, SMALL, SMALL, SMALL, SMALL);
    double[] twenty = new double[20];
    for (int i = 0; i < 20; i++) {
      twenty[i] = 100 - i;
    }
    ValueTier[] tiers = AbcAnalysis.byCustomerCount().classify(twenty);
    assertThat(count(tiers, KEY)).isEqualTo(1);   // rank 0: 0/20 < 0.05; rank 1: 0.05 is not
    assertThat(count(tiers, MAJOR)).isEqualTo(3); // ranks 1-3: 0.05, 0.10, 0.15 < 0.20
    twenty[1] = 100;                              // tie with the top customer, straddling the cut
    tiers = AbcAnalysis.byCustomerCount().classify(twenty);
    assertThat(tiers[0]).isEqualTo(MAJOR);        // DOWN: placed as the second, 0.05 is not below 0.05
    assertThat(tiers[1]).isEqualTo(MAJOR);
    assertThat(count(tiers, KEY)).isZero();
    tiers = AbcAnalysis.byCustomerCount().withTies(AbcAnalysis.Ties.UP).classify(twenty);
    assertThat(tiers[0]).isEqualTo(KEY);          // UP: placed as the first, both key
    assertThat(tiers[1]).isEqualTo(KEY);
    assertThat(count(tiers, MAJOR)).isEqualTo(2);
  }

  @Test
  void customCutoffsGiveTwoThreeOrFourTiers() {
    assertThat(AbcAnalysis.of(Basis.VALUE_SHARE, 0.5, 0.8, 0.95).classify(BOOK))
        .containsExactly(SMALL, MAJOR, SMALL, ORDINARY, KEY, SMALL, ORDINARY, SMALL, MAJOR, ORDINARY);
    assertThat(AbcAnalysis.of(Basis.VALUE_SHARE, 0.5, 0.8, 0.95).tiers()).containsExactly(KEY, MAJOR, ORDINARY, SMALL);
    assertThat(AbcAnalysis.of(Basis.VALUE_SHARE, 0.8).classify(BOOK))
        .containsExactly(SMALL, KEY, SMALL, SMALL, KEY, SMALL, SMALL, SMALL, KEY, SMALL);
  }

  @Test
  void aTieStraddlingACutoffIsPulledUpAsAWholeUnderUpAndDownUnderDown() {
    AbcAnalysis up = BY_VALUE.withTies(AbcAnalysis.Ties.UP);
    assertThat(up.classify(new double[] {20, 60, 20})).containsExactly(KEY, KEY, KEY);
    assertThat(up.classify(new double[] {19, 60, 21})).containsExactly(MAJOR, KEY, KEY);
    // DOWN: the pair is placed as its second member, with 80% above it
    assertThat(BY_VALUE.classify(new double[] {20, 60, 20})).containsExactly(MAJOR, KEY, MAJOR);
    assertThat(BY_VALUE.classify(new double[] {19, 60, 21})).containsExactly(MAJOR, KEY, KEY);
  }

  @Test
  void aCustomerHoldingMostOfTheBookIsKey() {
    assertThat(BY_VALUE.classify(new double[] {2, 90, 5, 3}))
        .containsExactly(SMALL, KEY, MAJOR, SMALL);
  }

  @Test
  void zeroAndNegativeValuesAreSmallAndBringNoValue() {
    double[] book = {0, 50, -5, 100, 10, 50};
    assertThat(BY_VALUE.withTies(AbcAnalysis.Ties.UP).classify(book))
        .containsExactly(SMALL, KEY, SMALL, KEY, SMALL, KEY);
    assertThat(AbcAnalysis.byCustomerCount().classify(new double[] {0, 0, 0, -1}))
        .containsOnly(SMALL);
    List<TierSummary> summary = BY_VALUE.withTies(AbcAnalysis.Ties.UP).summarize(book);
    assertThat(summary.get(0).valueShare()).isEqualTo(200.0 / 210);
    assertThat(summary.get(1).customers()).isZero();
    assertThat(summary.get(1).valueShare()).isZero();
    assertThat(summary.get(2).value()).isEqualTo(5.0);
    assertThat(summary.get(2).valueShare()).isEqualTo(5.0 / 210);
    List<TierSummary> nothing = BY_VALUE.summarize(new double[] {0, -2});
    assertThat(nothing.get(2).customers()).isEqualTo(2);
    assertThat(nothing).extracting(TierSummary::valueShare).containsOnly(0.0);
    assertThat(AbcAnalysis.withDefaults().summarize(new double[0]))
        .extracting(TierSummary::customers).containsOnly(0);
  }

  @Test
  void shuffledInputGivesTheSameTiersAndSummary() {
    SplittableRandom random = new SplittableRandom(3);
    for (Basis basis : Basis.values()) {
      AbcAnalysis abc = basis == Basis.VALUE_SHARE ? BY_VALUE : AbcAnalysis.byCustomerCount();
      double[] values = randomBook(random, 5000);
      ValueTier[] tiers = abc.classify(values);
      List<TierSummary> summary = abc.summarize(values);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        order.add(i);
      }
      for (int round = 0; round < 5; round++) {
        Collections.shuffle(order, new Random(round));
        double[] shuffled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
          shuffled[i] = values[order.get(i)];
        }
        ValueTier[] shuffledTiers = abc.classify(shuffled);
        for (int i = 0; i < values.length; i++) {
          assertThat(shuffledTiers[i]).isEqualTo(tiers[order.get(i)]);
        }
        assertThat(abc.summarize(shuffled)).isEqualTo(summary);
      }
    }
  }

  @Test
  void matchesAStraightforwardSortAndWalk() {
    SplittableRandom random = new SplittableRandom(5);
    for (int k = 0; k < 30; k++) {
      double[] values = randomBook(random, 1 + random.nextInt(400));
      for (double[] cutoffs : new double[][] {{0.8, 0.95}, {0.05, 0.2}, {0.3, 0.6, 0.9}, {0.5}}) {
        for (Basis basis : Basis.values()) {
          for (AbcAnalysis.Ties ties : AbcAnalysis.Ties.values()) {
            ValueTier[] expected = bySortAndWalk(values, basis, cutoffs, ties);
            assertThat(AbcAnalysis.of(basis, cutoffs).withTies(ties).classify(values)).containsExactly(expected);
          }
        }
      }
    }
  }

  /**
   * Reference: rank customers, walk groups of equal value from the top, tier each group by the share above its
   * first member (UP) or its last member (DOWN).
   */
  private static ValueTier[] bySortAndWalk(double[] values, Basis basis, double[] cutoffs, AbcAnalysis.Ties ties) {
    List<ValueTier> tiers = AbcAnalysis.of(basis, cutoffs).tiers();
    int n = values.length;
    List<Integer> rank = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rank.add(i);
    }
    rank.sort(Comparator.comparingDouble((Integer i) -> values[i]).reversed());
    double total = 0;
    for (int r = 0; r < n; r++) {
      total += Math.max(0, values[rank.get(r)]);
    }
    ValueTier[] out = new ValueTier[n];
    double above = 0;
    int r = 0;
    while (r < n) {
      double v = values[rank.get(r)];
      int last = r;
      double aboveLast = above;
      while (ties == AbcAnalysis.Ties.DOWN && last + 1 < n && values[rank.get(last + 1)] == v) {
        aboveLast += Math.max(0, v);
        last++;
      }
      double share = basis == Basis.VALUE_SHARE ? aboveLast / total : (double) last / n;
      int t = 0;
      while (t < cutoffs.length && share >= cutoffs[t]) {
        t++;
      }
      ValueTier tier = v > 0 ? tiers.get(t) : tiers.get(tiers.size() - 1);
      while (r < n && values[rank.get(r)] == v) {
        out[rank.get(r)] = tier;
        above += Math.max(0, v);
        r++;
      }
    }
    return out;
  }

  private static double[] randomBook(SplittableRandom random, int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      values[i] = kind == 0 ? 0 : kind == 1 ? -random.nextInt(50) : Math.floor(Math.exp(random.nextGaussian() * 2) * 10);
    }
    return values;
  }

  private static int count(ValueTier[] tiers, ValueTier tier) {
    int c = 0;
    for (ValueTier t : tiers) {
      c += t == tier ? 1 : 0;
    }
    return c;
  }

  @Test
  void summaryAddsUp() {
    double[] values = randomBook(new SplittableRandom(9), 1000);
    List<TierSummary> summary = BY_VALUE.summarize(values);
    assertThat(summary.stream().mapToInt(TierSummary::customers).sum()).isEqualTo(1000);
    assertThat(summary.stream().mapToDouble(TierSummary::customerShare).sum()).isEqualTo(1.0, within(1e-12));
    ValueTier[] tiers = BY_VALUE.classify(values);
    for (TierSummary s : summary) {
      assertThat(s.customers()).isEqualTo(count(tiers, s.tier()));
    }
  }

  @Test
  void rejectsInvalidInput() {
    assertThatThrownBy(() -> AbcAnalysis.withDefaults().classify(new double[] {1, 2, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values[2] must be finite: NaN");
    assertThatThrownBy(() -> AbcAnalysis.withDefaults().summarize(new double[] {Double.NEGATIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values[0] must be finite: -Infinity");
    assertThatThrownBy(() -> AbcAnalysis.withDefaults().classify(new double[] {1, 2}, new ValueTier[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("out length must equal values length 2: 3");
    assertThatThrownBy(() -> AbcAnalysis.of(Basis.VALUE_SHARE, 0.8, 0.7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cutoffs[1] must be in (0.8, 1): 0.7");
    assertThatThrownBy(() -> AbcAnalysis.of(Basis.VALUE_SHARE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cutoffs[0] must be in (0.0, 1): 0.0");
    assertThatThrownBy(() -> AbcAnalysis.of(Basis.CUSTOMER_COUNT, 0.5, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cutoffs[1] must be in (0.5, 1): 1.0");
    assertThatThrownBy(() -> AbcAnalysis.of(Basis.VALUE_SHARE, 0.1, 0.2, 0.3, 0.4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cutoffs must have 1 to 3 values: 4");
    assertThatThrownBy(() -> AbcAnalysis.of(Basis.VALUE_SHARE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cutoffs must have 1 to 3 values: 0");
  }
}
