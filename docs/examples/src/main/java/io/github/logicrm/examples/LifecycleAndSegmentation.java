package io.github.logicrm.examples;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.StageTransition;
import io.github.logicrm.core.satisfaction.AhpResult;
import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueIndicators;
import io.github.logicrm.core.segmentation.ValueScore;
import io.github.logicrm.core.segmentation.ValueTier;
import io.github.logicrm.metrics.lifecycle.LifecycleClassifier;
import io.github.logicrm.metrics.satisfaction.Ahp;
import io.github.logicrm.metrics.segmentation.AbcAnalysis;
import io.github.logicrm.metrics.segmentation.RfmScoring;
import io.github.logicrm.metrics.segmentation.ValueMatrix;
import java.util.List;

/** The worked example of the lifecycle and segmentation guide page ({@code docs/lifecycle-and-segmentation.md}). */
public final class LifecycleAndSegmentation {

  /** Monthly shipments of a shipper: two steady years, then a slide. */
  static final double[] SHIPMENTS = {
    98, 103, 101, 97, 100, 104, 99, 102, 96, 101, 103, 100,
    98, 105, 102, 99, 101, 97, 103, 100, 102, 98, 101, 99,
    82, 75, 68, 66, 63, 61, 64, 60, 58, 61, 59, 57};

  /** Last year's revenue of ten customers, in thousands. */
  static final double[] REVENUE = {10, 250, 7, 50, 500, 15, 40, 8, 100, 20};   // thousands

  private LifecycleAndSegmentation() {}

  /**
   * Classifies the shipper's stage.
   *
   * @return the stage and its evidence
   */
  public static LifecycleAssessment stage() {
    LifecycleClassifier classifier = LifecycleClassifier.withDefaults();   // monthly defaults
    return classifier.classify(SHIPMENTS);
  }

  /**
   * Returns a classifier for weekly data: the monthly defaults scaled to weeks.
   *
   * @return the weekly classifier
   */
  public static LifecycleClassifier weeklyClassifier() {
    return LifecycleClassifier.withDefaults()
        .withWindows(26, 8).withExplorationTenure(13).withTerminatedAfterIdle(13)
        .withSeasonLength(52).withReferenceWindow(104)
        .withTrendThresholds(-0.007, 0.007);
  }

  /**
   * Replays the shipper's history: when did it enter each stage?
   *
   * @return the stage changes
   */
  public static List<StageTransition> stageHistory() {
    return LifecycleClassifier.withDefaults().transitions(SHIPMENTS);
  }

  /**
   * Tiers ten customers by revenue, 5/15/80 by customer count (the default).
   *
   * @return each customer's tier, in input order
   */
  public static ValueTier[] tiers() {
    return AbcAnalysis.withDefaults().classify(REVENUE);
  }

  /**
   * Sums the tiers of the ten customers.
   *
   * @return count and value share per tier
   */
  public static List<TierSummary> tierSummary() {
    return AbcAnalysis.withDefaults().summarize(REVENUE);
  }

  /**
   * Tiers the ten customers 80/15/5 by value share, the option.
   *
   * @return each customer's tier, in input order
   */
  public static ValueTier[] tiersByValueShare() {
    return AbcAnalysis.byValueShare().classify(REVENUE);
  }

  /**
   * Scores three shippers on current and potential value, with revenue and planned growth weighted double.
   *
   * @return their scores and matrix cells
   */
  public static List<ValueScore> valueMatrix() {
    double[] current = {1, 2, 1, 1};             // volume, revenue, contribution share, collection rate
    double[] potential = {1, 2, 1, 1, 1, 1};     // planned volume, planned growth, loyalty, three costs
    return ValueMatrix.withDefaults().withWeights(current, potential).score(threeShippers());
  }

  /**
   * Derives the potential-value weights from an account manager's pairwise judgements (AHP): planned growth
   * matters twice as much as planned volume and loyalty and four times as much as each cost; planned volume and
   * loyalty twice as much as each cost; the three costs alike.
   *
   * @return the AHP weights with their consistency figures, and the three shippers scored with them
   */
  public static AhpValueMatrix valueMatrixWithAhp() {
    double[][] judgements = {
        // planned volume, planned growth, loyalty, truck waiting, storage, seasonality
        {1, 1.0 / 2, 1, 2, 2, 2},
        {2, 1, 2, 4, 4, 4},
        {1, 1.0 / 2, 1, 2, 2, 2},
        {1.0 / 2, 1.0 / 4, 1.0 / 2, 1, 1, 1},
        {1.0 / 2, 1.0 / 4, 1.0 / 2, 1, 1, 1},
        {1.0 / 2, 1.0 / 4, 1.0 / 2, 1, 1, 1}};
    AhpResult ahp = Ahp.withDefaults().weigh(judgements);   // rejects a consistency ratio above 0.10
    double[] current = {1, 2, 1, 1};
    double[] potential = ahp.weights().stream().mapToDouble(Double::doubleValue).toArray();
    List<ValueScore> scores = ValueMatrix.withDefaults().withWeights(current, potential).score(threeShippers());
    return new AhpValueMatrix(ahp, scores);
  }

  /**
   * The AHP-weighted value matrix of {@link #valueMatrixWithAhp()}.
   *
   * @param ahp the AHP weights and consistency figures
   * @param scores the shippers' scores
   */
  public record AhpValueMatrix(AhpResult ahp, List<ValueScore> scores) {}

  private static List<ValueIndicators> threeShippers() {
    return List.of(
        indicators("C-101", 1500, 2.9e6, 0.040, 0.95, 1600, 0.05, 80, 9_000, 4_000, 0.12),
        indicators("C-102", 900, 1.1e6, 0.015, 0.80, 1400, 0.30, 55, 2_000, 1_000, 0.20),
        indicators("C-103", 300, 0.3e6, 0.004, 0.70, 250, -0.10, 30, 6_000, 9_000, 0.45));
  }

  private static ValueIndicators indicators(String id, double volume, double revenue, double contribution,
      double collection, double plannedVolume, double plannedGrowth, double loyalty, double waiting,
      double storage, double seasonality) {
    return ValueIndicators.builder()
        .customerId(CustomerId.of(id))
        .volume(volume).revenue(revenue).contributionShare(contribution).receivablesCollectionRate(collection)
        .plannedVolume(plannedVolume).plannedGrowth(plannedGrowth).loyalty(loyalty)
        .truckWaitingFees(waiting).storageFees(storage).seasonalVolatility(seasonality)
        .build();
  }

  /**
   * Scores five customers' purchase summaries.
   *
   * @return their RFM scores
   */
  public static List<RfmScore> rfm() {
    double[] weeksSinceLastPurchase = {2, 30, 8, 8, 52};
    double[] purchases = {12, 1, 5, 3, 0};
    double[] spend = {5400, 90, 1200, 1200, 0};
    return RfmScoring.withDefaults().withWeights(2, 1, 1).score(weeksSinceLastPurchase, purchases, spend);
  }

  /**
   * Prints every result of the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(stage() + " -> " + stage().recommendedStrategy());
    System.out.println(stageHistory());
    System.out.println(List.of(tiers()));
    System.out.println(tierSummary());
    valueMatrix().forEach(s -> System.out.println(s + " " + s.cell()));
    rfm().forEach(s -> System.out.println(s.cellCode() + " " + s.weightedScore()));
  }
}
