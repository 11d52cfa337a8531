package io.github.logicrm.metrics.segmentation;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.metrics.internal.OrderStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * ABC / Pareto tiering of a customer book by any value measure (revenue, contribution margin, volume).
 *
 * <p>Customers are ranked by value, highest first, and cut into tiers at cumulative fractions, either of the
 * book's customers ({@link Basis#CUSTOMER_COUNT}; {@link #withDefaults()}: top 5% key, next 15% major, the rest
 * small) or of its value ({@link Basis#VALUE_SHARE}; {@link #byValueShare()}: key customers until 80% of the
 * value, major until 95%, small the rest). One cut-off gives KEY and SMALL, two give KEY, MAJOR and SMALL, three
 * give KEY, MAJOR, ORDINARY and SMALL.
 *
 * <p><b>Why count by default.</b> Seed 002 describes key customers as about 5% of the customers bringing about 80%
 * of the value, major the next 15% bringing 15%, small the remaining 80% bringing 5%. No real book meets both
 * sides at once: on an 80/20 book, cutting at 80% of the value puts a quarter or more of the customers in KEY,
 * while the top 5% of customers hold about half of the value. The seed's intent is a small group of key accounts,
 * so the default cuts by customer count, and {@link #summarize(double[])} reports the value share each tier
 * actually holds; the value-share basis stays available.
 *
 * <p>Rules, all independent of the order of the input:
 * <ul>
 *   <li><b>Boundary customer.</b> A customer's tier is decided by the share ranked above it: it is in the
 *       upper tier while that share is below the cut-off. So the customer whose value crosses 80% is key,
 *       and a customer holding 90% of the book on its own is key, never major.
 *   <li><b>Ties.</b> Customers with equal values form a group placed as a whole, so tied customers always share a
 *       tier. A group straddling a cut-off is placed by {@link Ties}: by default ({@link Ties#DOWN}) as its last
 *       member would be, so it goes to the lower tier and no tier is inflated beyond its share; with
 *       {@link Ties#UP} as its first member, pulled up as a whole.
 *   <li><b>Zero and negative values.</b> A customer with value {@code <= 0} brings nothing and is always in
 *       the lowest tier, whatever the basis. Value shares are fractions of the sum of the positive values;
 *       if no value is positive every customer is in the lowest tier and every value share is 0.
 *   <li>Values must be finite; NaN and infinities are rejected with their row.
 * </ul>
 *
 * <p>Immutable and thread-safe. Tiering sorts one copy of the values (a radix sort, O(n), three arrays of n
 * longs or doubles per call) and allocates nothing per customer.
 */
public final class AbcAnalysis {

  /** Where a group of tied customers straddling a cut-off goes. */
  public enum Ties {
    /**
     * The group is placed as its last (lowest-ranked) member would be: a tier never takes a tie group beyond its
     * share, so KEY never holds more than its 5% (on the value basis: more than the one crossing customer). The
     * default.
     */
    DOWN,
    /**
     * The group is placed as its first member would be: the whole group is pulled into the upper tier, which may
     * then hold more than its share (ten customers tied at ranks 3-12 of 200 make KEY 6.5% of the book).
     */
    UP
  }

  /** What the cumulative cut-offs are fractions of. */
  public enum Basis {
    /** Cut-offs are fractions of the book's value (of the sum of positive values). */
    VALUE_SHARE,
    /** Cut-offs are fractions of the book's customers. */
    CUSTOMER_COUNT
  }

  private static final ValueTier[][] TIERS = {
    {ValueTier.KEY, ValueTier.SMALL},
    {ValueTier.KEY, ValueTier.MAJOR, ValueTier.SMALL},
    {ValueTier.KEY, ValueTier.MAJOR, ValueTier.ORDINARY, ValueTier.SMALL},
  };

  private static final AbcAnalysis BY_COUNT =
      new AbcAnalysis(Basis.CUSTOMER_COUNT, new double[] {0.05, 0.20}, Ties.DOWN);
  private static final AbcAnalysis BY_VALUE = new AbcAnalysis(Basis.VALUE_SHARE, new double[] {0.80, 0.95}, Ties.DOWN);

  private final Basis basis;
  private final double[] cutoffs;
  private final ValueTier[] tiers;
  private final Ties ties;

  private AbcAnalysis(Basis basis, double[] cutoffs, Ties ties) {
    this.basis = Objects.requireNonNull(basis, "basis");
    this.ties = Objects.requireNonNull(ties, "ties");
    if (cutoffs.length < 1 || cutoffs.length > 3) {
      throw new IllegalArgumentException("cutoffs must have 1 to 3 values: " + cutoffs.length);
    }
    for (int i = 0; i < cutoffs.length; i++) {
      double c = cutoffs[i];
      double previous = i == 0 ? 0 : cutoffs[i - 1];
      if (!(c > previous && c < 1)) {
        throw new IllegalArgumentException("cutoffs[" + i + "] must be in (" + previous + ", 1): " + c);
      }
    }
    this.cutoffs = cutoffs.clone();
    this.tiers = TIERS[cutoffs.length - 1];
  }

  /**
   * Returns the default: the seed's 5/15/80 structure by customer count (the top 5% of customers key, the next
   * 15% major, the rest small), ties straddling a cut placed {@link Ties#DOWN}. The same as
   * {@link #byCustomerCount()}.
   *
   * @return the default analysis
   */
  public static AbcAnalysis withDefaults() {
    return BY_COUNT;
  }

  /**
   * Returns the seed's 5/15/80 structure by customer count: the top 5% of customers key, the next 15% major,
   * the rest small; ties placed {@link Ties#DOWN}.
   *
   * @return the analysis by count
   */
  public static AbcAnalysis byCustomerCount() {
    return BY_COUNT;
  }

  /**
   * Returns the seed's 80/15/5 structure by value share: key customers until 80% of the value, major until
   * 95%, small the rest; ties placed {@link Ties#DOWN}. {@code byValueShare().withTies(Ties.UP)} is the default
   * of earlier versions.
   *
   * @return the analysis by value share
   */
  public static AbcAnalysis byValueShare() {
    return BY_VALUE;
  }

  /**
   * Returns an analysis with custom cut-offs.
   *
   * @param basis what the cut-offs are fractions of, not null
   * @param cumulativeCutoffs 1 to 3 strictly increasing cumulative fractions in (0, 1), e.g. {@code 0.5, 0.8,
   *     0.95} for KEY, MAJOR, ORDINARY and SMALL
   * @return the analysis, with ties placed {@link Ties#DOWN}
   * @throws IllegalArgumentException if the cut-offs are out of range or not increasing
   */
  public static AbcAnalysis of(Basis basis, double... cumulativeCutoffs) {
    return new AbcAnalysis(basis, cumulativeCutoffs, Ties.DOWN);
  }

  /**
   * Returns a copy placing tie groups that straddle a cut-off by another rule.
   *
   * @param rule where a straddling tie group goes, not null
   * @return the new analysis
   */
  public AbcAnalysis withTies(Ties rule) {
    return new AbcAnalysis(basis, cutoffs, rule);
  }

  /**
   * Returns where a tie group straddling a cut-off goes.
   *
   * @return the rule
   */
  public Ties ties() {
    return ties;
  }

  /**
   * Returns what the cut-offs are fractions of.
   *
   * @return the basis
   */
  public Basis basis() {
    return basis;
  }

  /**
   * Returns the tiers this analysis assigns, from most to least valuable.
   *
   * @return the tiers, one more than the cut-offs
   */
  public List<ValueTier> tiers() {
    return List.of(tiers);
  }

  /**
   * Tiers a book.
   *
   * @param values each customer's value, finite
   * @return each customer's tier, in input order
   * @throws IllegalArgumentException if a value is not finite
   */
  public ValueTier[] classify(double[] values) {
    ValueTier[] out = new ValueTier[values.length];
    classify(values, out);
    return out;
  }

  /**
   * Tiers a book into a caller's array.
   *
   * @param values each customer's value, finite
   * @param out receives each customer's tier; as long as {@code values}
   * @throws IllegalArgumentException if a value is not finite or the lengths differ
   */
  public void classify(double[] values, ValueTier[] out) {
    Checks.sameLength("out", out.length, "values", values.length);
    double[] minimum = tierMinimums(values);
    ValueTier lowest = tiers[tiers.length - 1];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      ValueTier tier = lowest;
      if (v > 0) {
        for (int j = 0; j < minimum.length; j++) {
          if (v >= minimum[j]) {
            tier = tiers[j];
            break;
          }
        }
      }
      out[i] = tier;
    }
  }

  /**
   * Tiers a book and sums each tier: customers, value and their shares. Sums run in value order, so the
   * summary does not depend on the order of the input either.
   *
   * @param values each customer's value, finite
   * @return one summary per tier of {@link #tiers()}, in that order (empty tiers included)
   * @throws IllegalArgumentException if a value is not finite, or the values' sum overflows
   */
  public List<TierSummary> summarize(double[] values) {
    double[] minimum = tierMinimums(values);
    double[] sorted = OrderStatistics.sortedCopy(values);
    int[] counts = new int[tiers.length];
    double[] sums = new double[tiers.length];
    double positive = 0;
    int j = 0;
    for (int i = sorted.length - 1; i >= 0; i--) {
      double v = sorted[i];
      while (j < minimum.length && !(v > 0 && v >= minimum[j])) {
        j++;
      }
      counts[j]++;
      sums[j] += v;
      if (v > 0) {
        positive += v;
      }
    }
    if (!Double.isFinite(positive) || !Double.isFinite(Arrays.stream(sums).sum())) {
      throw new IllegalArgumentException("values must have a finite sum: their totals overflow the double range");
    }
    List<TierSummary> summary = new ArrayList<>(tiers.length);
    for (int t = 0; t < tiers.length; t++) {
      summary.add(TierSummary.builder()
          .tier(tiers[t])
          .customers(counts[t])
          .customerShare(values.length == 0 ? 0 : (double) counts[t] / values.length)
          .value(sums[t])
          .valueShare(positive > 0 ? sums[t] / positive : 0)
          .build());
    }
    return summary;
  }

  /**
   * Returns, for each tier but the lowest, the smallest value a customer needs to be in it or above
   * ({@code +infinity} for an empty tier), after sorting and walking the book from the top.
   */
  private double[] tierMinimums(double[] values) {
    for (int i = 0; i < values.length; i++) {
      Checks.finite("values", i, values[i]);
    }
    double[] sorted = OrderStatistics.sortedCopy(values);
    int n = sorted.length;
    double total = 0;
    for (int i = n - 1; i >= 0 && sorted[i] > 0; i--) {
      total += sorted[i];
    }
    double[] minimum = new double[cutoffs.length];
    Arrays.fill(minimum, Double.POSITIVE_INFINITY);
    double above = 0; // value (or customers) ranked above the current member
    int i = n - 1;
    while (i >= 0 && sorted[i] > 0) {
      double v = sorted[i];
      double aboveFirst = above;
      double aboveLast = above;
      while (i >= 0 && sorted[i] == v) {
        aboveLast = above;
        above += basis == Basis.VALUE_SHARE ? v : 1;
        i--;
      }
      double placedAt = ties == Ties.UP ? aboveFirst : aboveLast;
      double share = basis == Basis.VALUE_SHARE ? placedAt / total : placedAt / n;
      int tier = 0;
      while (tier < cutoffs.length && share >= cutoffs[tier]) {
        tier++;
      }
      if (tier == cutoffs.length) {
        break; // this group and all below are in the lowest tier
      }
      minimum[tier] = v;
    }
    return minimum;
  }

  @Override
  public String toString() {
    return "AbcAnalysis[basis=" + basis + ", cutoffs=" + Arrays.toString(cutoffs) + ", ties=" + ties + ", tiers="
        + Arrays.toString(tiers) + "]";
  }
}
