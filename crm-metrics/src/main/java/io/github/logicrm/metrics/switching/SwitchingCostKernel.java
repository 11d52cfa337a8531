package io.github.logicrm.metrics.switching;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.switching.SwitchingCostFacet;
import io.github.logicrm.core.switching.SwitchingCostItem;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostType;
import java.util.Arrays;
import java.util.List;

/**
 * The scoring engine of {@link SwitchingCostIndex}: the questionnaire's scales and the normalized weights laid
 * out as arrays, the one-customer loop ({@link #score}) and the columnar batch form ({@link #scoreAll}). Both
 * live here because they must give the same bits: with every answer valid, the batch's fast path does the
 * one-customer loop's arithmetic in the same order, and every other customer goes through that loop itself.
 * Immutable; allocates nothing per customer.
 */
final class SwitchingCostKernel {

  /** Customers scored together in the batch form: small enough that its work arrays stay in L1 cache. */
  private static final int BLOCK = 256;

  private static final SwitchingCostFacet[] FACETS = SwitchingCostFacet.values();
  private static final SwitchingCostType[] TYPES = SwitchingCostType.values();

  private final SwitchingCostQuestionnaire questionnaire;
  private final double minimumFacetCoverage;

  // Items are visited facet by facet: positions facetStart[f] .. facetStart[f+1]-1
  // of itemOf hold the questionnaire indices of facet f's items.
  private final int[] itemOf;
  private final int[] facetStart;
  private final double[] low;
  private final double[] high;
  private final double[] base;
  private final double[] factor;
  private final int[] minimumAnswered;
  private final boolean[] lastOfFacet;
  private final double[] facetInType;
  private final double[] typeInIndex;
  private final double[] facetInIndex;

  SwitchingCostKernel(SwitchingCostQuestionnaire questionnaire, double[] facetWeights, double[] typeWeights,
      double minimumFacetCoverage) {
    this.questionnaire = questionnaire;
    this.minimumFacetCoverage = minimumFacetCoverage;
    List<SwitchingCostItem> items = questionnaire.items();
    int n = items.size();
    itemOf = new int[n];
    facetStart = new int[FACETS.length + 1];
    low = new double[n];
    high = new double[n];
    base = new double[n];
    factor = new double[n];
    minimumAnswered = new int[FACETS.length];
    int position = 0;
    for (SwitchingCostFacet facet : FACETS) {
      facetStart[facet.ordinal()] = position;
      for (int i = 0; i < n; i++) {
        SwitchingCostItem item = items.get(i);
        if (item.facet() == facet) {
          itemOf[position] = i;
          low[position] = item.scaleMin();
          high[position] = item.scaleMax();
          double range = item.scaleMax() - item.scaleMin();
          base[position] = item.reverseCoded() ? item.scaleMax() : item.scaleMin();
          factor[position] = (item.reverseCoded() ? -100 : 100) / range;
          position++;
        }
      }
      int asked = position - facetStart[facet.ordinal()];
      int k = 1;
      while ((double) k / asked < minimumFacetCoverage) {
        k++;
      }
      minimumAnswered[facet.ordinal()] = k;
    }
    facetStart[FACETS.length] = position;
    lastOfFacet = new boolean[n];
    for (int f = 0; f < FACETS.length; f++) {
      lastOfFacet[facetStart[f + 1] - 1] = true;
    }
    double[] typeSums = new double[TYPES.length];
    for (SwitchingCostFacet facet : FACETS) {
      typeSums[facet.type().ordinal()] += facetWeights[facet.ordinal()];
    }
    double typeTotal = 0;
    for (double w : typeWeights) {
      typeTotal += w;
    }
    typeInIndex = new double[TYPES.length];
    for (SwitchingCostType type : TYPES) {
      typeInIndex[type.ordinal()] = typeWeights[type.ordinal()] / typeTotal;
    }
    facetInType = new double[FACETS.length];
    facetInIndex = new double[FACETS.length];
    for (SwitchingCostFacet facet : FACETS) {
      int t = facet.type().ordinal();
      facetInType[facet.ordinal()] = facetWeights[facet.ordinal()] / typeSums[t];
      facetInIndex[facet.ordinal()] = facetInType[facet.ordinal()] * typeInIndex[t];
    }
  }


  /** Returns the number of questionnaire items. */
  int items() {
    return itemOf.length;
  }

  /** Returns the number of items of facet {@code f}. */
  int asked(int f) {
    return facetStart[f + 1] - facetStart[f];
  }

  /** Returns facet {@code f}'s weight within its type, normalized. */
  double facetInType(int f) {
    return facetInType[f];
  }

  /** Returns type {@code t}'s weight in the index, normalized. */
  double typeInIndex(int t) {
    return typeInIndex[t];
  }

  /**
   * Scores one customer. The {@code Math.min(100, ..)} only absorbs rounding of the normalized weights, which
   * can put a perfect score a few ulps above 100.
   *
   * @param x one answer per item, in questionnaire order, NaN for a skipped one
   * @param facetOut receives the facet scores, or null
   * @param typeOut receives the type scores, or null (then {@code answeredOut} is not written either)
   * @param answeredOut receives each facet's count of answered items, or null if {@code typeOut} is null
   * @param row the customer's row for error messages, or -1 for a single customer
   * @return the index
   */
  double score(double[] x, double[] facetOut, double[] typeOut, int[] answeredOut, int row) {
    if (typeOut != null) {
      Arrays.fill(typeOut, 0);
    }
    double index = Math.min(100, scoreFacets(x, 0, FACETS.length, facetOut, typeOut, answeredOut, row));
    if (typeOut != null) {
      for (int t = 0; t < TYPES.length; t++) {
        typeOut[t] = Math.min(100, typeOut[t]);
      }
    }
    return index;
  }

  /**
   * Scores many customers from double columns, {@code answers[item][customer]}, shapes already checked.
   *
   * @param facetScores receives the facet scores, or null
   */
  void scoreAll(double[][] answers, double[] index, double[][] facetScores) {
    scoreAll(new DoubleColumns(answers), index, facetScores);
  }

  /**
   * Scores many customers from byte-coded columns, {@code answers[item][customer]}, shapes already checked.
   *
   * @param facetScores receives the facet scores, or null
   */
  void scoreAll(byte[][] answers, double[] index, double[][] facetScores) {
    scoreAll(new ByteColumns(answers), index, facetScores);
  }

  private void scoreAll(Columns answers, double[] index, double[][] facetScores) {
    int customers = index.length;
    if (facetScores != null) {
      Checks.sameLength("facetScores", facetScores.length, "facets", FACETS.length);
      for (int f = 0; f < FACETS.length; f++) {
        Checks.sameLength("facetScores[" + f + "]", facetScores[f].length, "index", customers);
      }
    }
    Workspace work = new Workspace(itemOf.length);
    for (int from = 0; from < customers; from += BLOCK) {
      int length = Math.min(BLOCK, customers - from);
      try {
        scoreBlock(answers, from, length, work, index, facetScores);
      } catch (IllegalArgumentException e) {
        rethrowFirstError(answers, from, length);
      }
    }
  }

  /** The answer columns of a batch, whatever their element type, read as doubles. */
  private interface Columns {
    /**
     * Copies customers {@code from .. from + length - 1} of an item's column into {@code target}. If
     * {@link #countsSkipped()}, a skipped answer is written as {@code fill} (the item's zero point) and 1 is
     * subtracted from the customer's {@code answered}; otherwise it is copied as NaN, for the slow path.
     */
    void copy(int item, int from, double[] target, double[] answered, double fill, int length);

    /** Tells whether {@link #copy} counts skipped answers itself. */
    boolean countsSkipped();

    /** Returns one answer, NaN for a skipped one. */
    double get(int item, int customer);
  }

  private static final class DoubleColumns implements Columns {
    private final double[][] answers;

    DoubleColumns(double[][] answers) {
      this.answers = answers;
    }

    @Override
    public void copy(int item, int from, double[] target, double[] answered, double fill, int length) {
      System.arraycopy(answers[item], from, target, 0, length);
    }

    @Override
    public boolean countsSkipped() {
      return false;
    }

    @Override
    public double get(int item, int customer) {
      return answers[item][customer];
    }
  }

  private static final class ByteColumns implements Columns {
    private final byte[][] answers;

    ByteColumns(byte[][] answers) {
      this.answers = answers;
    }

    @Override
    public void copy(int item, int from, double[] target, double[] answered, double fill, int length) {
      byte[] column = answers[item];
      for (int c = 0; c < length; c++) {
        byte code = column[from + c];
        boolean skipped = code == SwitchingCostIndex.SKIPPED;
        target[c] = skipped ? fill : code;
        answered[c] -= skipped ? 1 : 0;
      }
    }

    @Override
    public boolean countsSkipped() {
      return true;
    }

    @Override
    public double get(int item, int customer) {
      byte code = answers[item][customer];
      return code == SwitchingCostIndex.SKIPPED ? Double.NaN : code;
    }
  }

  /** Work arrays of the batch form, one set per call. */
  private static final class Workspace {
    final double[] column = new double[BLOCK];
    final double[] sum = new double[BLOCK];
    final double[] violation = new double[BLOCK];
    final double[] score = new double[BLOCK];
    final double[] total = new double[BLOCK];
    final double[] answered = new double[BLOCK];
    final double[] row;
    final double[] facets = new double[FACETS.length];

    Workspace(int items) {
      row = new double[items];
    }
  }

  /**
   * Scores customers {@code from .. from + length - 1} facet by facet. Each answer column is copied into a work
   * array so that every loop runs over arrays with the same offset, which lets the JIT vectorize the sums. The
   * arithmetic and its order are those of {@code kernel}, so the results are bit for bit the same (a skipped
   * answer counted by the columns is written as the item's zero point, adding 0 to the sum). Customers with an
   * out-of-scale answer, a skipped answer the columns do not count, or too few answers in a facet (a violation
   * above 0, or NaN) are scored by the same {@code scoreFacets} as there, which also raises the error.
   */
  private void scoreBlock(Columns answers, int from, int length, Workspace w, double[] index,
      double[][] facetScores) {
    boolean counted = answers.countsSkipped();
    double[] column = w.column;
    double[] sum = w.sum;
    double[] answered = w.answered;
    double[] violation = w.violation;
    double[] score = w.score;
    double[] total = w.total;
    Arrays.fill(total, 0, length, 0.0);
    for (int f = 0; f < FACETS.length; f++) {
      double asked = facetStart[f + 1] - facetStart[f];
      Arrays.fill(sum, 0, length, 0.0);
      Arrays.fill(violation, 0, length, Double.NEGATIVE_INFINITY);
      if (counted) {
        Arrays.fill(answered, 0, length, asked);
      }
      for (int p = facetStart[f]; p < facetStart[f + 1]; p++) {
        double b = base[p];
        answers.copy(itemOf[p], from, column, answered, b, length);
        double lo = low[p];
        double hi = high[p];
        double k = factor[p];
        for (int c = 0; c < length; c++) {
          double v = column[c];
          sum[c] += (v - b) * k;
          violation[c] = Math.max(violation[c], Math.max(lo - v, v - hi));
        }
      }
      if (counted) {
        double needed = minimumAnswered[f];
        for (int c = 0; c < length; c++) {
          score[c] = Math.min(100, sum[c] / answered[c]);
          violation[c] = answered[c] >= needed ? violation[c] : Double.NaN;
        }
      } else {
        for (int c = 0; c < length; c++) {
          score[c] = Math.min(100, sum[c] / asked);
        }
      }
      for (int c = 0; c < length; c++) {
        if (!(violation[c] <= 0)) {
          score[c] = facetWithGaps(answers, f, from + c, w);
        }
      }
      double weight = facetInIndex[f];
      for (int c = 0; c < length; c++) {
        total[c] += weight * score[c];
      }
      if (facetScores != null) {
        System.arraycopy(score, 0, facetScores[f], from, length);
      }
    }
    for (int c = 0; c < length; c++) {
      index[from + c] = Math.min(100, total[c]);
    }
  }

  /** The slow path of the batch form for one customer and facet: copies the facet's answers into a row. */
  private double facetWithGaps(Columns answers, int f, int customer, Workspace w) {
    for (int p = facetStart[f]; p < facetStart[f + 1]; p++) {
      w.row[itemOf[p]] = answers.get(itemOf[p], customer);
    }
    scoreFacets(w.row, f, f + 1, w.facets, null, null, customer);
    return w.facets[f];
  }

  /** Scores a failed block customer by customer, so the error is the one the single-customer form gives. */
  private void rethrowFirstError(Columns answers, int from, int length) {
    double[] row = new double[itemOf.length];
    for (int c = from; c < from + length; c++) {
      for (int i = 0; i < row.length; i++) {
        row[i] = answers.get(i, c);
      }
      score(row, null, null, null, c);
    }
    throw new AssertionError("block at row " + from + " failed but every row scores");
  }


  /**
   * Scores facets {@code fromFacet .. toFacet - 1} of one customer in one loop over their items (a loop per
   * facet would cost more than the work for facets of one or two items). Skipped (NaN) answers are left out of
   * a facet's mean; an out-of-scale answer or too few answers fail. With every answer valid, the sums and
   * their order are those of the batch form's fast path, so both give the same bits.
   *
   * @param typeOut if not null, receives {@code facetInType[f] * score[f]} added to its type, in facet order
   * @param answeredOut if not null, receives each facet's count of answered items
   * @return the sum of {@code facetInIndex[f] * score[f]} over the facets, in facet order
   */
  private double scoreFacets(double[] x, int fromFacet, int toFacet, double[] facetOut, double[] typeOut,
      int[] answeredOut, int row) {
    double total = 0;
    double sum = 0;
    int answered = 0;
    int f = fromFacet;
    int end = facetStart[toFacet];
    for (int p = facetStart[fromFacet]; p < end; p++) {
      double v = x[itemOf[p]];
      boolean valid = v >= low[p] && v <= high[p];
      if (!valid && v == v) {
        throw outOfScale(p, v, row);
      }
      sum += valid ? (v - base[p]) * factor[p] : 0.0;
      answered += valid ? 1 : 0;
      if (lastOfFacet[p]) {
        if (answered < minimumAnswered[f]) {
          throw lowCoverage(f, answered, row);
        }
        double score = Math.min(100, sum / answered);
        if (facetOut != null) {
          facetOut[f] = score;
        }
        if (typeOut != null) {
          typeOut[FACETS[f].type().ordinal()] += facetInType[f] * score;
          answeredOut[f] = answered;
        }
        total += facetInIndex[f] * score;
        f++;
        sum = 0;
        answered = 0;
      }
    }
    return total;
  }

  private IllegalArgumentException outOfScale(int position, double value, int row) {
    int item = itemOf[position];
    String where = row < 0 ? "answers[" + item + "]" : "answers[" + item + "][" + row + "]";
    return new IllegalArgumentException(where + " (item " + questionnaire.items().get(item).id()
        + ") must be in [" + low[position] + ", " + high[position] + "] or NaN for a skipped item: " + value);
  }

  private IllegalArgumentException lowCoverage(int f, int answered, int row) {
    int asked = facetStart[f + 1] - facetStart[f];
    String who = row < 0 ? "" : "answers[*][" + row + "]: ";
    if (answered == 0) {
      return new IllegalArgumentException(who + "facet " + FACETS[f] + " has no answers (" + asked + " items asked)");
    }
    return new IllegalArgumentException(who + "facet " + FACETS[f] + " has " + answered + " of " + asked
        + " items answered, below minimumFacetCoverage " + minimumFacetCoverage);
  }
}
