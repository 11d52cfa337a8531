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
 * ({@link #SKIPPED} for a skipped item): an eighth of the memory traffic, the same results. Both forms and
 * {@link #score} run in one package-private kernel, so the pairing of their arithmetic lives in one file.
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

  private static final SwitchingCostFacet[] FACETS = SwitchingCostFacet.values();
  private static final SwitchingCostType[] TYPES = SwitchingCostType.values();

  private final SwitchingCostQuestionnaire questionnaire;
  private final double[] facetWeights;
  private final double[] typeWeights;
  private final double minimumFacetCoverage;

  private final SwitchingCostKernel kernel;

  private SwitchingCostIndex(SwitchingCostQuestionnaire questionnaire, double[] facetWeights, double[] typeWeights,
      double minimumFacetCoverage) {
    this.questionnaire = questionnaire;
    this.facetWeights = facetWeights;
    this.typeWeights = typeWeights;
    this.minimumFacetCoverage = minimumFacetCoverage;
    this.kernel = new SwitchingCostKernel(questionnaire, facetWeights, typeWeights, minimumFacetCoverage);
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
    return kernel.facetInType(facet.ordinal());
  }

  /**
   * Returns a type's weight in the index after normalization: {@code W_t / sum of W}.
   *
   * @param type the type, not null
   * @return the normalized weight, in [0, 1]; the three sum to 1
   */
  public double typeWeight(SwitchingCostType type) {
    return kernel.typeInIndex(type.ordinal());
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
    double[] types = new double[TYPES.length];
    int[] counts = new int[FACETS.length];
    double index;
    try {
      index = kernel.score(x, facets, types, counts, -1);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("customer " + answers.customerId() + ": " + e.getMessage(), e);
    }
    Map<SwitchingCostFacet, Double> facetScores = new EnumMap<>(SwitchingCostFacet.class);
    Map<SwitchingCostFacet, Integer> asked = new EnumMap<>(SwitchingCostFacet.class);
    Map<SwitchingCostFacet, Integer> answered = new EnumMap<>(SwitchingCostFacet.class);
    for (SwitchingCostFacet facet : FACETS) {
      facetScores.put(facet, facets[facet.ordinal()]);
      asked.put(facet, kernel.asked(facet.ordinal()));
      answered.put(facet, counts[facet.ordinal()]);
    }
    Map<SwitchingCostType, Double> typeScores = new EnumMap<>(SwitchingCostType.class);
    for (SwitchingCostType type : TYPES) {
      typeScores.put(type, types[type.ordinal()]);
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
    Checks.sameLength("answers", answers.length, "questionnaire items", kernel.items());
    return kernel.score(answers, null, null, null, -1);
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
    Checks.sameLength("answers", answers.length, "questionnaire items", kernel.items());
    Checks.sameLength("facetScores", facetScores.length, "facets", FACETS.length);
    return kernel.score(answers, facetScores, null, null, -1);
  }

  /**
   * Computes the index of many customers from columns of answers. Allocates nothing per customer.
   *
   * @param answers one column per questionnaire item, in questionnaire order: {@code answers[item][customer]},
   *     NaN for a skipped item; all columns the same length
   * @param index receives each customer's index; its length is the number of customers
   * @throws IllegalArgumentException if the shapes do not match, an answer lies outside its item's scale, or a
   *     facet's coverage is below the minimum; the message names the item and customer row,
   *     {@code answers[item][row]}, or the whole row, {@code answers[*][row]}
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
    Checks.sameLength("answers", answers.length, "questionnaire items", kernel.items());
    for (int i = 0; i < answers.length; i++) {
      Checks.sameLength("answers[" + i + "]", answers[i].length, "index", index.length);
    }
    kernel.scoreAll(answers, index, facetScores);
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
    Checks.sameLength("answers", answers.length, "questionnaire items", kernel.items());
    for (int i = 0; i < answers.length; i++) {
      Checks.sameLength("answers[" + i + "]", answers[i].length, "index", index.length);
    }
    kernel.scoreAll(answers, index, facetScores);
  }

  private static boolean isByteCode(double bound) {
    return bound == Math.rint(bound) && bound > SKIPPED && bound <= Byte.MAX_VALUE;
  }
}
