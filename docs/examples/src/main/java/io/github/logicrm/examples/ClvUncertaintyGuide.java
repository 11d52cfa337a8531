package io.github.logicrm.examples;

import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.CustomerIntervals;
import io.github.logicrm.core.clv.ParameterCovariance;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.metrics.clv.BootstrapIntervals;
import io.github.logicrm.metrics.clv.DeltaMethodIntervals;
import io.github.logicrm.metrics.clv.PurchaseClv;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseModelBootstrap;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.util.SplittableRandom;

/**
 * The code shown in {@code docs/clv.md} under "How sure is the CLV?": intervals for a spot shipper's P(alive),
 * bookings and CLV, and for the book's equity, by the delta method and by a bootstrap, on a made-up book of
 * 2,500 spot shippers.
 */
public final class ClvUncertaintyGuide {

  /** Shippers in the made-up book. */
  public static final int SHIPPERS = 2_500;

  private ClvUncertaintyGuide() {}

  /**
   * The intervals of the guide.
   *
   * @param purchaseFit the BG/NBD fit
   * @param shipper the spot shipper's intervals by the delta method
   * @param equity the book's 12-month equity by the delta method
   * @param bootstrapShipper the same shipper's intervals from the bootstrap
   * @param bootstrapEquity the equity from the bootstrap
   * @param refits the bootstrap's refits
   */
  public record Intervals(PurchaseModelFit purchaseFit, CustomerIntervals shipper, ConfidenceInterval equity,
      CustomerIntervals bootstrapShipper, ConfidenceInterval bootstrapEquity, BootstrapFits refits) {}

  /**
   * Fits the book, then makes the intervals.
   *
   * @return the intervals
   */
  public static Intervals spotShipperIntervals() {
    PurchaseData book = spotShipperBook();
    int[] x = new int[book.size()];
    double[] tx = new double[book.size()];
    double[] age = new double[book.size()];
    double[] meanSpend = new double[book.size()];
    for (int i = 0; i < book.size(); i++) {
      x[i] = book.frequency(i);
      tx[i] = book.recency(i);
      age[i] = book.age(i);
      meanSpend[i] = book.meanSpend(i);
    }
    // 1. Fit, and keep the parameters' covariance beside each fit.
    PurchaseModelFitter fitter = PurchaseModelFitter.withDefaults();
    PurchaseModelFit purchaseFit = fitter.fitBgNbd(book);
    PurchaseModelFit spendFit = fitter.fitGammaGamma(book);
    ParameterCovariance purchaseCovariance = fitter.covariance(purchaseFit, book);
    ParameterCovariance spendCovariance = fitter.covariance(spendFit, book);

    // 2. Delta-method intervals: 12 months, 10% a year, 18% margin on the freight revenue, for a shipper who
    // booked 6 times after the first, last in week 40 of the 52 we have known them, 2,150 a booking on average.
    PurchaseClv clv = PurchaseClv.of(12, 52.0 / 12, PurchaseClv.perPeriodRate(0.10, 12)).withMargin(0.18);
    DeltaMethodIntervals delta = DeltaMethodIntervals.of(purchaseFit, purchaseCovariance)
        .withSpend(spendFit, spendCovariance, clv);
    CustomerIntervals shipper = delta.customer(52, 6, 40, 52, 2150.0);
    ConfidenceInterval equity = delta.equity(x, tx, age, meanSpend);

    // 3. The bootstrap: resample the shippers, refit both models, read off the percentiles.
    BootstrapFits refits = PurchaseModelBootstrap.of(200, 20261128).withThreads(2)
        .fit(purchaseFit, spendFit, book);
    BootstrapIntervals bootstrap = BootstrapIntervals.of(purchaseFit, refits).withSpend(spendFit, clv);
    CustomerIntervals bootstrapShipper = bootstrap.customer(52, 6, 40, 52, 2150.0);
    ConfidenceInterval bootstrapEquity = bootstrap.equity(x, tx, age, meanSpend);
    return new Intervals(purchaseFit, shipper, equity, bootstrapShipper, bootstrapEquity, refits);
  }

  /**
   * Makes the book: spot shippers known for 26 to 104 weeks, booking at a gamma-distributed weekly rate (shape 0.6,
   * rate 8), each leaving after a booking with a beta-distributed probability (0.9, 5), and spending a
   * gamma-distributed amount per booking around their own mean (Gamma-Gamma with p 6, q 4, gamma 900: 1,800 on
   * average).
   *
   * @return frequency, recency, age in weeks and mean repeat spend per shipper
   */
  public static PurchaseData spotShipperBook() {
    SplittableRandom random = new SplittableRandom(7);
    int[] x = new int[SHIPPERS];
    double[] tx = new double[SHIPPERS];
    double[] age = new double[SHIPPERS];
    double[] meanSpend = new double[SHIPPERS];
    for (int i = 0; i < SHIPPERS; i++) {
      age[i] = 26 + 78 * random.nextDouble();
      double rate = Draws.gamma(random, 0.6) / 8;
      double leave = beta(random, 0.9, 5);
      double clock = 0;
      while (true) {
        clock += -Math.log(1 - random.nextDouble()) / rate;
        if (clock > age[i]) {
          break;
        }
        x[i]++;
        tx[i] = clock;
        if (random.nextDouble() < leave) {
          break;
        }
      }
      if (x[i] > 0) {
        double nu = Draws.gamma(random, 4) / 900;
        meanSpend[i] = Draws.gamma(random, 6.0 * x[i]) / nu / x[i];
      }
    }
    return PurchaseData.of(x, tx, age).withMeanSpend(meanSpend);
  }

  private static double beta(SplittableRandom random, double a, double b) {
    double g = Draws.gamma(random, a);
    return g / (g + Draws.gamma(random, b));
  }
}
