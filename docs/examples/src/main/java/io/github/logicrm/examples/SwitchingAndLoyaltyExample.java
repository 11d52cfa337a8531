package io.github.logicrm.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.loyalty.LoyaltyClassification;
import io.github.logicrm.core.loyalty.LoyaltyProfile;
import io.github.logicrm.core.switching.MonetarySwitchingCost;
import io.github.logicrm.core.switching.SwitchingCase;
import io.github.logicrm.core.switching.SwitchingCostAnswers;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostScore;
import io.github.logicrm.core.switching.SwitchingCostType;
import io.github.logicrm.metrics.loyalty.LoyaltyClassifier;
import io.github.logicrm.metrics.switching.MonetarySwitchingCosts;
import io.github.logicrm.metrics.switching.SwitchingCostIndex;
import java.util.Map;

/**
 * The worked example of the switching-cost and loyalty guide: a warehousing and transport shipper that a
 * competitor courts with a 6% lower rate. How locked in is it, in points and in money, and what kind of loyalty
 * holds it?
 */
public final class SwitchingAndLoyaltyExample {

  private SwitchingAndLoyaltyExample() {}

  /**
   * Scores the shipper's survey answers with the sample questionnaire, financial costs weighing double.
   *
   * @param data the sample data, for the questionnaire
   * @return the scores
   */
  public static SwitchingCostScore surveyScore(SampleData data) {
    SwitchingCostQuestionnaire questionnaire =
        data.read("switching-cost-questionnaire.json", new TypeReference<SwitchingCostQuestionnaire>() {});
    SwitchingCostAnswers answers = SwitchingCostAnswers.builder()
        .customerId(CustomerId.of("C-101"))
        .answers(Map.ofEntries(
            Map.entry("ER1", 4.0), Map.entry("ER2", 4.0), Map.entry("ER3", 2.0),   // ER3 is reverse-coded
            Map.entry("EV1", 3.0), Map.entry("EV2", 5.0),
            Map.entry("LE1", 3.0), Map.entry("LE2", 3.0),                          // LE2 is reverse-coded
            Map.entry("SU1", 6.0), Map.entry("SU2", 7.0), Map.entry("SU3", 2.0),   // 1-7 scale; SU3 reversed
            Map.entry("BL1", 5.0), Map.entry("BL2", 4.0),
            Map.entry("ML1", 4.0),                                                 // ML2 skipped
            Map.entry("PR1", 3.0), Map.entry("PR2", 2.0), Map.entry("PR3", 4.0),   // PR3 is reverse-coded
            Map.entry("BR1", 2.0), Map.entry("BR2", 3.0)))
        .build();
    SwitchingCostIndex index = SwitchingCostIndex.of(questionnaire)
        .withTypeWeight(SwitchingCostType.FINANCIAL, 2);   // weights are normalized: 1, 2, 1 -> 0.25, 0.5, 0.25
    return index.score(answers);
  }

  /**
   * The money figures of the move, over a horizon of the given number of years at 8% a year.
   *
   * @param years the horizon in years
   * @return the verdict with every component
   */
  public static MonetarySwitchingCost moneyVerdict(int years) {
    double annualSpend = 2_400_000;
    SwitchingCase move = SwitchingCase.builder()
        .integrationCost(60_000)                                // EDI and WMS interfaces to the new 3PL
        .onboardingCost(25_000)                                 // tender, site audit, SOPs
        .trainingCost(12_000)
        .exitPenalty(50_000)                                    // three months' minimum volume
        .inventoryTransferCost(35_000)                          // 2,000 pallets moved
        .doubleRunningCost(40_000)                              // one month in both warehouses
        .forfeitedLoyaltyCredits(8_000)
        .rebateLossPerPeriod(0.02 * annualSpend)                // 2% volume rebate
        .creditTermsLossPerPeriod(annualSpend * 30 / 365 * 0.08) // 60 -> 30 days at 8% cost of capital
        .rampUpLoss(30_000)                                     // mis-picks and late loads while ramping up
        .savingPerPeriod(0.06 * annualSpend)                    // the competitor's 6%
        .horizonPeriods(years)                                  // periods are years here...
        .discountRate(0.08)                                     // ...so the rate is per year
        .build();
    return MonetarySwitchingCosts.evaluate(move);
  }

  /**
   * Classifies the shipper's loyalty with the default thresholds.
   *
   * @return the classification with the figures that decided
   */
  public static LoyaltyClassification loyalty() {
    LoyaltyProfile profile = LoyaltyProfile.builder()
        .customerId(CustomerId.of("C-101"))
        .attachment(35)             // survey: "we prefer this provider" rescaled to 0-100
        .repeatPurchaseRate(0.9)    // ordered in 90% of the months since the first order
        .shareOfWallet(0.8)
        .shareOfWalletChange(0.0)
        .promotionShare(0.1)
        .priceSensitivity(55)
        .satisfaction(72)
        .viableAlternatives(2)
        .build();
    return LoyaltyClassifier.withDefaults().classify(profile);
  }

  /**
   * Prints the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SwitchingCostScore score = surveyScore(SampleData.load());
    System.out.printf("index %.1f, types %s, coverage %.2f%n", score.index(), score.typeScores(), score.coverage());
    for (int years : new int[] {3, 5}) {
      MonetarySwitchingCost money = moneyVerdict(years);
      System.out.printf("%d years: cost %.0f, savings %.0f, net %.0f, break-even %.0f a year, pays %s%n", years,
          money.switchingCost(), money.savingsValue(), money.netGain(), money.breakEvenSaving(),
          money.switchingPays());
    }
    LoyaltyClassification loyalty = loyalty();
    System.out.println(loyalty.type() + " (" + loyalty.reason() + "), " + loyalty.mcKinseySegment() + ", "
        + loyalty.jonesSasserQuadrant() + ", " + loyalty.dickBasuCell());
  }
}
