package io.github.logicrm.examples;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.clv.RegularityChoice;
import io.github.logicrm.metrics.clv.ErlangPurchaseModel;
import io.github.logicrm.metrics.clv.PurchaseLogSummarizer;
import io.github.logicrm.metrics.clv.RegularPurchaseData;
import io.github.logicrm.metrics.clv.RegularPurchaseFitter;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The code shown in {@code docs/clv.md} under "Regular buyers": BG/CNBD-k and MBG/CNBD-k fitted to two made-up
 * books of shippers, one replenishing weekly, one booking spot loads at irregular intervals, and what the same
 * silence means for each.
 */
public final class RegularBuyersExample {

  /** The last day of the 39-week calibration period. */
  static final LocalDate CALIBRATION_END = LocalDate.of(2026, 9, 29);

  private RegularBuyersExample() {}

  /**
   * Makes a made-up order log and summarizes it: shippers start within 13 weeks before the calibration period's
   * first 13 weeks end, order at rates spread by +-30% around the mean and leave after each order with a
   * probability drawn from Beta(1, 1 / churn - 1), whose mean is {@code churn}.
   *
   * @param seed the seed
   * @param shippers how many shippers
   * @param k the Erlang shape of the gaps between orders: 1 for spot shippers, large for replenishment
   * @param meanGapDays the mean gap between orders, in days
   * @param churn the mean probability of leaving after an order
   * @return the book's summaries with their litt column
   */
  static RegularPurchaseData book(long seed, int shippers, int k, double meanGapDays, double churn) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate start = CALIBRATION_END.minusWeeks(39);
    // 1. Sum the logs of the gaps between each shipper's orders while summarizing the log.
    PurchaseLogSummarizer.Accumulator log = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, CALIBRATION_END).create();
    for (int s = 0; s < shippers; s++) {
      double day = random.nextInt(91);
      double rate = k / (meanGapDays * (0.7 + 0.6 * random.nextDouble()));
      double leave = 1 - Math.pow(random.nextDouble(), churn / (1 - churn));
      while (day <= 273) {
        log.add("S-" + s, start.plusDays((long) day), 1_000);
        if (random.nextDouble() < leave) {
          break;
        }
        for (int i = 0; i < k; i++) {
          day += -Math.log(1 - random.nextDouble()) / rate;
        }
      }
    }
    return log.regularData();
  }

  /**
   * Fits MBG/CNBD-k to a book with k chosen by likelihood over 1..maxK.
   *
   * @param book the book
   * @param maxK the largest k to try
   * @return the choice, with every k's fit
   */
  static RegularityChoice choose(RegularPurchaseData book, int maxK) {
    // 2. Fit MBG/CNBD-k for k = 1..maxK and keep the best.
    RegularityChoice choice = RegularPurchaseFitter.withDefaults().chooseMbgCnbd(book, maxK);
    return choice;
  }

  /**
   * P(alive) and the orders expected in the next 13 weeks of a shipper with 30 orders after the first, the last
   * 3 weeks before the end of a 39-week history, under a fit.
   *
   * @param fit the fit
   * @return P(alive) and E[Y(13)]
   */
  static double[] silentForThreeWeeks(PurchaseModelFit fit) {
    ErlangPurchaseModel model = ErlangPurchaseModel.from(fit);
    // 3. Score a shipper: 30 repeat orders, the last one in week 36 of 39.
    double alive = model.probabilityAlive(30, 36, 39);
    double next13Weeks = model.conditionalExpectedPurchases(13, 30, 36, 39);
    return new double[] {alive, next13Weeks};
  }

  /**
   * Prints the example's figures.
   *
   * @param args none
   */
  public static void main(String[] args) {
    RegularityChoice weekly = choose(book(7, 200, 12, 7, 0.03), 12);
    RegularityChoice spot = choose(book(11, 200, 1, 7, 0.03), 3);
    for (RegularityChoice c : new RegularityChoice[] {weekly, spot}) {
      double[] silent = silentForThreeWeeks(c.chosen());
      double[] poisson = silentForThreeWeeks(c.fits().get(0));
      System.out.printf("k %d: P(alive) %.3f, E[Y(13)] %.2f; with k = 1: %.3f, %.2f; ln L %s%n", c.k(), silent[0],
          silent[1], poisson[0], poisson[1],
          c.fits().stream().map(f -> String.format("%.1f", f.logLikelihood())).toList());
    }
  }
}
