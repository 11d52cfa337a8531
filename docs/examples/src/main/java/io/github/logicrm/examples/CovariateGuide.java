package io.github.logicrm.examples;

import io.github.logicrm.core.clv.CovariateModelFit;
import io.github.logicrm.metrics.clv.CovariateModel;
import io.github.logicrm.metrics.clv.CovariateModelFitter;
import io.github.logicrm.metrics.clv.Covariates;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseModel;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The code shown in {@code docs/clv.md}, "Covariates": a Pareto/NBD model whose purchase and dropout rates
 * depend on what we know of each shipper (contract or spot, industry, region, booking channel).
 *
 * <p>The book is made up: 3,000 shippers drawn from a fixed seed with known effects, so the fit can be checked
 * against them.
 */
public final class CovariateGuide {

  /** Base Pareto/NBD parameters of the made-up book (weeks): r, alpha, s, beta. */
  static final double[] BASE = {0.6, 8, 0.7, 12};
  /** Purchase effects: contract, retail, south, edi. */
  static final double[] PURCHASE_EFFECTS = {0.6, 0.3, -0.2, 0.4};
  /** Dropout effects: contract, edi. */
  static final double[] DROPOUT_EFFECTS = {-0.9, -0.4};

  private CovariateGuide() {}

  /**
   * The made-up book, one row per shipper.
   *
   * @param history frequency, recency and age in weeks
   * @param purchaseRows contract, retail, south and edi (0 or 1)
   * @param dropoutRows contract and edi (0 or 1)
   */
  public record Book(PurchaseData history, double[][] purchaseRows, double[][] dropoutRows) {}

  /**
   * Draws the book: 40% contract shippers, 30% retail (the other industries are the base), half in the south
   * region, 60% booking by EDI (the others on the web portal); ages 26 to 104 weeks.
   *
   * @return the book
   */
  public static Book book() {
    SplittableRandom random = new SplittableRandom(2026);
    int n = 3000;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[][] purchaseRows = new double[n][];
    double[][] dropoutRows = new double[n][];
    for (int i = 0; i < n; i++) {
      double contract = random.nextDouble() < 0.4 ? 1 : 0;
      double retail = random.nextDouble() < 0.3 ? 1 : 0;
      double south = random.nextDouble() < 0.5 ? 1 : 0;
      double edi = random.nextDouble() < 0.6 ? 1 : 0;
      purchaseRows[i] = new double[] {contract, retail, south, edi};
      dropoutRows[i] = new double[] {contract, edi};
      double alpha = BASE[1] * Math.exp(-(PURCHASE_EFFECTS[0] * contract + PURCHASE_EFFECTS[1] * retail
          + PURCHASE_EFFECTS[2] * south + PURCHASE_EFFECTS[3] * edi));
      double beta = BASE[3] * Math.exp(-(DROPOUT_EFFECTS[0] * contract + DROPOUT_EFFECTS[1] * edi));
      age[i] = 26 + 78 * random.nextDouble();
      double rate = Draws.gamma(random, BASE[0]) / alpha;
      double end = Math.min(exponential(random, Draws.gamma(random, BASE[2]) / beta), age[i]);
      for (double clock = exponential(random, rate); clock <= end; clock += exponential(random, rate)) {
        x[i]++;
        tx[i] = clock;
      }
    }
    return new Book(PurchaseData.of(x, tx, age), purchaseRows, dropoutRows);
  }

  /**
   * Fits Pareto/NBD with the purchase covariates contract, retail, south and edi and the dropout covariates
   * contract and edi.
   *
   * @param book the book
   * @return the fit
   */
  public static CovariateModelFit fit(Book book) {
    PurchaseData history = book.history();
    double[][] purchaseRows = book.purchaseRows();
    double[][] dropoutRows = book.dropoutRows();
    Covariates purchase = Covariates.of(List.of("contract", "retail", "south", "edi"), purchaseRows);
    Covariates dropout = Covariates.of(List.of("contract", "edi"), dropoutRows);
    CovariateModelFit fit = CovariateModelFitter.withDefaults().fitParetoNbd(history, purchase, dropout);
    return fit;
  }

  /**
   * Scores two shippers with the same history (4 repeat shipments, the last in week 30 of 52): a retail
   * contract shipper in the south booking by EDI, and a spot shipper of another industry in the north booking
   * on the portal.
   *
   * @param fit the fit
   * @return P(alive) and expected shipments in the next 52 weeks, contract shipper first
   */
  public static double[] twoShippers(CovariateModelFit fit) {
    CovariateModel model = CovariateModel.from(fit);
    PurchaseModel shipper = model.forCustomer(new double[] {1, 1, 1, 1}, new double[] {1, 1});
    double alive = shipper.probabilityAlive(4, 30.0, 52.0);
    double next52 = shipper.conditionalExpectedPurchases(52, 4, 30.0, 52.0);
    PurchaseModel spot = model.forCustomer(new double[] {0, 0, 0, 0}, new double[] {0, 0});
    return new double[] {alive, next52, spot.probabilityAlive(4, 30.0, 52.0),
        spot.conditionalExpectedPurchases(52, 4, 30.0, 52.0)};
  }

  /**
   * Scores the whole book, each shipper with their own parameters.
   *
   * @param fit the fit
   * @param book the book
   * @return P(alive) and expected shipments in the next 52 weeks per shipper, in two rows
   */
  public static double[][] scoreBook(CovariateModelFit fit, Book book) {
    CovariateModel model = CovariateModel.from(fit);
    PurchaseData history = book.history();
    int n = history.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = history.frequency(i);
      tx[i] = history.recency(i);
      age[i] = history.age(i);
    }
    Covariates purchase = Covariates.of(List.of("contract", "retail", "south", "edi"), book.purchaseRows());
    Covariates dropout = Covariates.of(List.of("contract", "edi"), book.dropoutRows());
    double[] alive = new double[n];
    double[] expected = new double[n];
    model.score(52, x, tx, age, purchase, dropout, alive, expected);
    return new double[][] {alive, expected};
  }

  private static double exponential(SplittableRandom random, double rate) {
    return -Math.log(1 - random.nextDouble()) / rate;
  }
}
