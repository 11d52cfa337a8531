package io.github.logicrm.metrics.switching;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.switching.SwitchingCostAnswers;
import io.github.logicrm.core.switching.SwitchingCostFacet;
import io.github.logicrm.core.switching.SwitchingCostItem;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostScore;
import io.github.logicrm.core.switching.SwitchingCostType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The survey-based switching-cost index (Burnham, Frels and Mahajan 2003): Likert answers to a
 * {@link SwitchingCostQuestionnaire} become facet scores, type scores and one overall index, all on 0-100.
 *
 * <h2>Scoring</h2>
 * <ol>
 *   <li>Each answer {@code x} on its item's scale {@code [min, max]} is rescaled to
 *       {@code s = 100 (x - min) / (max - min)}, or {@code 100 (max - x) / (max - min)} for a reverse-coded
 *       item.</li>
 *   <li>Facet score: the mean of the facet's answered items' {@code s} (items within a facet weigh the
 *       same).</li>
 *   <li>Type score: {@code sum_f w_f score_f / sum_f w_f} over the facets of the type, with the facet weights
 *       {@code w_f}.</li>
 *   <li>Index: {@code sum_t W_t score_t / sum_t W_t} over the three types, with the type weights
 *       {@code W_t}.</li>
 * </ol>
 * Weights need not sum to 1: they are normalized as shown (facet weights within their type, type weights over
 * the three types), so {@code (2, 1, 1, 0)} means "the first facet counts double, the last not at all". Every
 * weight must be finite and {@code >= 0}; the facets of each type and the three types must each have a positive
 * sum. By default every facet and every type weighs 1, so the index is the mean of the three type scores.
 *
 * <h2>Missing items</h2>
 * A skipped item (absent from the answers, or NaN in the array forms) is left out of its facet's mean: the
 * facet is scored from the items answered, which is the same as replacing each skipped item by the mean of the
 * customer's answered items of that facet. A facet is scored only if its coverage (answered / asked) is at
 * least {@link #minimumFacetCoverage()}, 0.5 by default (the usual "half the items" rule of scale scoring);
 * otherwise scoring fails, naming the customer and facet. A facet with no answers always fails: it is an
 * error, never a zero. {@link SwitchingCostScore} reports the coverage of every facet.
 *
 * <h2>Array forms</h2>
 * {@link #index(double[])} scores one customer from an array of answers in questionnaire order;
 * {@link #indexAll(double[][], double[])} scores a book from columns {@code answers[item][customer]}. Neither
 * allocates per customer, and the batch gives exactly the single-customer result for every row. For large
 * books of whole-number Likert answers, {@link #indexAll(byte[][], double[])} takes the same columns as bytes
 * ({@link #SKIPPED} for a skipped item): an eighth of the memory traffic, the same results.
 *
 * <p>Instances are immutable and thread-safe; {@code with..} methods return a new calculator.
 */
public final class SwitchingCostIndex {

  /** The default {@link #minimumFacetCoverage()}: at least half of a facet's items answered. */
  public static final double DEFAULT_MINIMUM_FACET_COVERAGE = 0.5;

  /**
   * The code of a skipped item in the compact batch form {@link #indexAll(byte[][], double[])}; every other
   * code is the answer itself.
   */
  public static final byte SKIPPED = Byte.MIN_VALUE;

  /** Customers scored together in the batch form: small enough that its work arrays stay in L1 cache. */
  private static final int BLOCK = 256;

  private static final SwitchingCostFacet[] FACETS = SwitchingCostFacet.values();
  private static final SwitchingCostType[] TYPES = SwitchingCostType.values();

  private final SwitchingCostQuestionnaire questionnaire;
  private final double[] facetWeights;
  private final double[] typeWeights;
  private final double minimumFacetCoverage;

  // Precomputed from the above. Items are visited facet by facet: positions facetStart[f] .. facetStart[f+1]-1
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

  private SwitchingCostIndex(SwitchingCostQuestionnaire questionnaire, double[] facetWeights, double[] typeWeights,
      double minimumFacetCoverage) {
    this.questionnaire = questionnaire;
    this.facetWeights = facetWeights;
    this.typeWeights = typeWeights;
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

  /**
   * Obtains the index for a questionnaire with the default weights (all 1) and the default minimum facet
   * coverage (0.5).
   *
   * @param questionnaire the questionnaire answered, not null
   * @return the calculator
   */
  public static SwitchingCostIndex of(SwitchingCostQuestionnaire questionnaire) {
    double[] facets = new double[FACETS.length];
    double[] types = new double[TYPES.length];
    Arrays.fill(facets, 1);
    Arrays.fill(types, 1);
    return new SwitchingCostIndex(questionnaire, facets, types, DEFAULT_MINIMUM_FACET_COVERAGE);
  }

  /**
   * Returns a calculator with one facet's weight changed.
   *
   * @param facet the facet, not null
   * @param weight its weight, finite and {@code >= 0}; need not sum to 1 with the others
   * @return the new calculator
   * @throws IllegalArgumentException if the weight is negative, NaN or infinite, or if it leaves every facet of
   *     the facet's type with weight 0
   */
  public SwitchingCostIndex withFacetWeight(SwitchingCostFacet facet, double weight) {
    Checks.nonNegative("facetWeight[" + facet + "]", weight);
    double[] facets = facetWeights.clone();
    facets[facet.ordinal()] = weight;
    checkTypeHasWeight(facets, facet.type());
    return new SwitchingCostIndex(questionnaire, facets, typeWeights, minimumFacetCoverage);
  }

  /**
   * Returns a calculator with all facet weights replaced.
   *
   * @param weights a weight for every facet, each finite and {@code >= 0}; need not sum to 1
   * @return the new calculator
   * @throws IllegalArgumentException if a facet is missing, a weight is negative, NaN or infinite, or every
   *     facet of a type has weight 0
   */
  public SwitchingCostIndex withFacetWeights(Map<SwitchingCostFacet, Double> weights) {
    double[] facets = new double[FACETS.length];
    for (SwitchingCostFacet facet : FACETS) {
      Double w = weights.get(facet);
      if (w == null) {
        throw new IllegalArgumentException("facet weights must cover every facet, missing: " + facet);
      }
      facets[facet.ordinal()] = Checks.nonNegative("facetWeight[" + facet + "]", w);
    }
    for (SwitchingCostType type : TYPES) {
      checkTypeHasWeight(facets, type);
    }
    return new SwitchingCostIndex(questionnaire, facets, typeWeights, minimumFacetCoverage);
  }

  /**
   * Returns a calculator with one type's weight changed.
   *
   * @param type the type, not null
   * @param weight its weight, finite and {@code >= 0}; need not sum to 1 with the others
   * @return the new calculator
   * @throws IllegalArgumentException if the weight is negative, NaN or infinite, or if it leaves all three
   *     types with weight 0
   */
  public SwitchingCostIndex withTypeWeight(SwitchingCostType type, double weight) {
    Checks.nonNegative("typeWeight[" + type + "]", weight);
    double[] types = typeWeights.clone();
    types[type.ordinal()] = weight;
    if (types[0] + types[1] + types[2] == 0) {
      throw new IllegalArgumentException("type weights must not all be 0: typeWeight[" + type + "] = " + weight);
    }
    return new SwitchingCostIndex(questionnaire, facetWeights, types, minimumFacetCoverage);
  }

  /**
   * Returns a calculator with another minimum facet coverage.
   *
   * @param coverage the smallest share of a facet's items that must be answered, in (0, 1]; 1 requires every
   *     item
   * @return the new calculator
   * @throws IllegalArgumentException if the coverage is not in (0, 1]
   */
  public SwitchingCostIndex withMinimumFacetCoverage(double coverage) {
    if (!(coverage > 0 && coverage <= 1)) {
      throw new IllegalArgumentException("minimumFacetCoverage must be in (0, 1]: " + coverage);
    }
    return new SwitchingCostIndex(questionnaire, facetWeights, typeWeights, coverage);
  }

  private static void checkTypeHasWeight(double[] facets, SwitchingCostType type) {
    double sum = 0;
    for (SwitchingCostFacet f : FACETS) {
      if (f.type() == type) {
        sum += facets[f.ordinal()];
      }
    }
    if (sum == 0) {
      throw new IllegalArgumentException("facet weights of type " + type + " must not all be 0");
    }
  }

  /**
   * Returns the questionnaire scored.
   *
   * @return the questionnaire, not null
   */
  public SwitchingCostQuestionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * Returns the smallest share of a facet's items that must be answered for the facet to be scored.
   *
   * @return the coverage, in (0, 1]
   */
  public double minimumFacetCoverage() {
    return minimumFacetCoverage;
  }

  /**
   * Returns a facet's weight within its type after normalization: {@code w_f / sum of w over the type}.
   *
   * @param facet the facet, not null
   * @return the normalized weight, in [0, 1]; the facets of a type sum to 1
   */
  public double facetWeight(SwitchingCostFacet facet) {
    return facetInType[facet.ordinal()];
  }

  /**
   * Returns a type's weight in the index after normalization: {@code W_t / sum of W}.
   *
   * @param type the type, not null
   * @return the normalized weight, in [0, 1]; the three sum to 1
   */
  public double typeWeight(SwitchingCostType type) {
    return typeInIndex[type.ordinal()];
  }

  /**
   * Scores one customer's answers.
   *
   * @param answers the answers, keyed by item id of this calculator's questionnaire
   * @return the facet, type and index scores with item coverage
   * @throws IllegalArgumentException if an answer names an item not in the questionnaire, lies outside its
   *     item's scale, or a facet's coverage is below the minimum (in particular, if a facet has no answers); the
   *     message names the customer
   */
  public SwitchingCostScore score(SwitchingCostAnswers answers) {
    double[] x = new double[questionnaire.items().size()];
    Arrays.fill(x, Double.NaN);
    answers.answers().forEach((id, value) -> {
      OptionalInt index = questionnaire.indexOf(id);
      if (index.isEmpty()) {
        throw new IllegalArgumentException("customer " + answers.customerId()
            + ": answers names an item not in the questionnaire: " + id);
      }
      SwitchingCostItem item = questionnaire.items().get(index.getAsInt());
      Checks.inClosedRange("customer " + answers.customerId() + ": answer to item " + id, value,
          item.scaleMin(), item.scaleMax());
      x[index.getAsInt()] = value;
    });
    double[] facets = new double[FACETS.length];
    double index;
    try {
      index = index(x, facets);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("customer " + answers.customerId() + ": " + e.getMessage(), e);
    }
    Map<SwitchingCostFacet, Double> facetScores = new EnumMap<>(SwitchingCostFacet.class);
    Map<SwitchingCostFacet, Integer> asked = new EnumMap<>(SwitchingCostFacet.class);
    Map<SwitchingCostFacet, Integer> answered = new EnumMap<>(SwitchingCostFacet.class);
    double[] types = new double[TYPES.length];
    for (SwitchingCostFacet facet : FACETS) {
      int f = facet.ordinal();
      facetScores.put(facet, facets[f]);
      types[facet.type().ordinal()] += facetInType[f] * facets[f];
      int count = 0;
      for (int p = facetStart[f]; p < facetStart[f + 1]; p++) {
        count += Double.isNaN(x[itemOf[p]]) ? 0 : 1;
      }
      asked.put(facet, facetStart[f + 1] - facetStart[f]);
      answered.put(facet, count);
    }
    Map<SwitchingCostType, Double> typeScores = new EnumMap<>(SwitchingCostType.class);
    for (SwitchingCostType type : TYPES) {
      typeScores.put(type, Math.min(100, types[type.ordinal()]));
    }
    return SwitchingCostScore.builder()
        .customerId(answers.customerId())
        .facetScores(facetScores)
        .typeScores(typeScores)
        .index(index)
        .itemsAsked(asked)
        .itemsAnswered(answered)
        .build();
  }

  /**
   * Computes one customer's index from an array of answers. Allocates nothing.
   *
   * @param answers one answer per questionnaire item, in questionnaire order; NaN for a skipped item
   * @return the index, in [0, 100]
   * @throws IllegalArgumentException if the array length differs from the number of items, an answer lies
   *     outside its item's scale, or a facet's coverage is below the minimum
   */
  public double index(double[] answers) {
    Checks.sameLength("answers", answers.length, "questionnaire items", itemOf.length);
    return kernel(answers, null, -1);
  }

  /**
   * Computes one customer's index and facet scores from an array of answers. Allocates nothing.
   *
   * @param answers one answer per questionnaire item, in questionnaire order; NaN for a skipped item
   * @param facetScores receives the eight facet scores, in {@link SwitchingCostFacet} order (length 8)
   * @return the index, in [0, 100]
   * @throws IllegalArgumentException if an array has the wrong length, an answer lies outside its item's scale,
   *     or a facet's coverage is below the minimum
   */
  public double index(double[] answers, double[] facetScores) {
    Checks.sameLength("answers", answers.length, "questionnaire items", itemOf.length);
    Checks.sameLength("facetScores", facetScores.length, "facets", FACETS.length);
    return kernel(answers, facetScores, -1);
  }

  /**
   * Computes the index of many customers from columns of answers. Allocates nothing per customer.
   *
   * @param answers one column per questionnaire item, in questionnaire order: {@code answers[item][customer]},
   *     NaN for a skipped item; all columns the same length
   * @param index receives each customer's index; its length is the number of customers
   * @throws IllegalArgumentException if the shapes do not match, an answer lies outside its item's scale, or a
   *     facet's coverage is below the minimum; the message names the item and customer row
   */
  public void indexAll(double[][] answers, double[] index) {
    indexAll(answers, index, null);
  }

  /**
   * Computes the index and facet scores of many customers from columns of answers. Allocates nothing per
   * customer.
   *
   * @param answers one column per questionnaire item, in questionnaire order: {@code answers[item][customer]},
   *     NaN for a skipped item; all columns the same length
   * @param index receives each customer's index; its length is the number of customers
   * @param facetScores receives the facet scores, {@code facetScores[facet][customer]} in
   *     {@link SwitchingCostFacet} order (8 columns), or null if not wanted
   * @throws IllegalArgumentException if the shapes do not match, an answer lies outside its item's scale, or a
   *     facet's coverage is below the minimum; the message names the item and customer row and is the one
   *     {@link #index(double[])} gives for that row; the outputs are then partly written
   */
  public void indexAll(double[][] answers, double[] index, double[][] facetScores) {
    Checks.sameLength("answers", answers.length, "questionnaire items", itemOf.length);
    for (int i = 0; i < answers.length; i++) {
      Checks.sameLength("answers[" + i + "]", answers[i].length, "index", index.length);
    }
    scoreAll(new DoubleColumns(answers), index, facetScores);
  }

  /**
   * Computes the index of many customers from columns of whole-number answers coded as bytes. Allocates
   * nothing per customer and gives exactly what {@link #indexAll(double[][], double[])} gives for the same
   * answers.
   *
   * @param answers one column per questionnaire item, in questionnaire order: {@code answers[item][customer]},
   *     the answer itself or {@link #SKIPPED}; all columns the same length
   * @param index receives each customer's index; its length is the number of customers
   * @throws IllegalArgumentException if an item's scale bounds are not whole numbers in [-127, 127], the shapes
   *     do not match, an answer lies outside its item's scale, or a facet's coverage is below the minimum
   */
  public void indexAll(byte[][] answers, double[] index) {
    indexAll(answers, index, null);
  }

  /**
   * Computes the index and facet scores of many customers from columns of whole-number answers coded as
   * bytes; see {@link #indexAll(byte[][], double[])} and {@link #indexAll(double[][], double[], double[][])}.
   *
   * @param answers one column per questionnaire item: {@code answers[item][customer]}, the answer itself or
   *     {@link #SKIPPED}; all columns the same length
   * @param index receives each customer's index; its length is the number of customers
   * @param facetScores receives the facet scores, {@code facetScores[facet][customer]} (8 columns), or null
   * @throws IllegalArgumentException as {@link #indexAll(byte[][], double[])}
   */
  public void indexAll(byte[][] answers, double[] index, double[][] facetScores) {
    for (SwitchingCostItem item : questionnaire.items()) {
      if (!(isByteCode(item.scaleMin()) && isByteCode(item.scaleMax()))) {
        throw new IllegalArgumentException("item " + item.id() + " scale [" + item.scaleMin() + ", "
            + item.scaleMax() + "] must have whole-number bounds in [-127, 127] for byte answers");
      }
    }
    Checks.sameLength("answers", answers.length, "questionnaire items", itemOf.length);
    for (int i = 0; i < answers.length; i++) {
      Checks.sameLength("answers[" + i + "]", answers[i].length, "index", index.length);
    }
    scoreAll(new ByteColumns(answers), index, facetScores);
  }

  private static boolean isByteCode(double bound) {
    return bound == Math.rint(bound) && bound > SKIPPED && bound <= Byte.MAX_VALUE;
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
        boolean skipped = code == SKIPPED;
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
      return code == SKIPPED ? Double.NaN : code;
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
    scoreFacets(w.row, f, f + 1, w.facets, customer);
    return w.facets[f];
  }

  /** Scores a failed block customer by customer, so the error is the one the single-customer form gives. */
  private void rethrowFirstError(Columns answers, int from, int length) {
    double[] row = new double[itemOf.length];
    for (int c = from; c < from + length; c++) {
      for (int i = 0; i < row.length; i++) {
        row[i] = answers.get(i, c);
      }
      kernel(row, null, c);
    }
    throw new AssertionError("block at row " + from + " failed but every row scores");
  }

  /**
   * Scores one customer. The {@code Math.min(100, ..)} only absorbs rounding of the normalized weights, which
   * can put a perfect score a few ulps above 100.
   */
  private double kernel(double[] x, double[] facetOut, int row) {
    return Math.min(100, scoreFacets(x, 0, FACETS.length, facetOut, row));
  }

  /**
   * Scores facets {@code fromFacet .. toFacet - 1} of one customer in one loop over their items (a loop per
   * facet would cost more than the work for facets of one or two items). Skipped (NaN) answers are left out of
   * a facet's mean; an out-of-scale answer or too few answers fail. With every answer valid, the sums and
   * their order are those of the batch form's fast path, so both give the same bits.
   *
   * @return the sum of {@code facetInIndex[f] * score[f]} over the facets, in facet order
   */
  private double scoreFacets(double[] x, int fromFacet, int toFacet, double[] facetOut, int row) {
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
    String who = row < 0 ? "" : "customer row " + row + ": ";
    if (answered == 0) {
      return new IllegalArgumentException(who + "facet " + FACETS[f] + " has no answers (" + asked + " items asked)");
    }
    return new IllegalArgumentException(who + "facet " + FACETS[f] + " has " + answered + " of " + asked
        + " items answered, below minimumFacetCoverage " + minimumFacetCoverage);
  }
}
