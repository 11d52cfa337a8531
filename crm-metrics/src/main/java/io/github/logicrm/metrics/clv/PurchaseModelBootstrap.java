package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A seeded, parallel bootstrap of a purchase model fit (and optionally of the Gamma-Gamma spend fit on the same
 * resamples): each resample draws as many customers as the book holds, with replacement, and refits the models.
 *
 * <p>The data are compressed into distinct (x, t_x, T[, mean spend]) patterns first, so a resample is a
 * multinomial reweighting of the patterns: {@code n} customers are drawn uniformly, each counted on its pattern,
 * and the fit runs over the patterns drawn at least once, weighted by their counts. That is exactly a resample
 * of the customers, at the cost of one fit over the patterns. Each refit starts from the full fit's estimates,
 * with BFGS's inverse Hessian started at the full fit's (which saves most iterations), and skips the standard
 * errors.
 *
 * <p>Resample {@code b} draws from its own generator, seeded with the {@code b}-th value of a
 * {@link SplittableRandom} made from the seed, and writes row {@code b}: the draws are identical for a given
 * seed whatever the number of threads. A resample whose fit does not converge is left out and counted
 * ({@link BootstrapFits#failedResamples()}).
 *
 * <p>Immutable and thread-safe; {@link #of(int, long)} uses every available processor.
 */
public final class PurchaseModelBootstrap {

  private final int resamples;
  private final long seed;
  private final int threads;
  private final PurchaseModelFitter fitter;

  private PurchaseModelBootstrap(int resamples, long seed, int threads, PurchaseModelFitter fitter) {
    this.resamples = resamples;
    this.seed = seed;
    this.threads = threads;
    this.fitter = fitter;
  }

  /**
   * Makes a bootstrap with the default fitter, on every available processor.
   *
   * @param resamples how many resamples, {@code > 0} (1,000 is usual for percentile intervals)
   * @param seed the seed of the resamples
   * @return the bootstrap
   * @throws IllegalArgumentException if {@code resamples} is not positive
   */
  public static PurchaseModelBootstrap of(int resamples, long seed) {
    return new PurchaseModelBootstrap(Checks.positive("resamples", resamples), seed,
        Runtime.getRuntime().availableProcessors(), PurchaseModelFitter.withDefaults());
  }

  /**
   * Returns a bootstrap that runs on a given number of threads (the draws do not depend on it).
   *
   * @param threads threads, {@code > 0}; 1 runs on the calling thread only
   * @return a new bootstrap
   * @throws IllegalArgumentException if {@code threads} is not positive
   */
  public PurchaseModelBootstrap withThreads(int threads) {
    return new PurchaseModelBootstrap(resamples, seed, Checks.positive("threads", threads), fitter);
  }

  /**
   * Returns a bootstrap that refits with another fitter (its penalty and iteration limit).
   *
   * @param fitter the fitter, not null
   * @return a new bootstrap
   */
  public PurchaseModelBootstrap withFitter(PurchaseModelFitter fitter) {
    return new PurchaseModelBootstrap(resamples, seed, threads, Objects.requireNonNull(fitter, "fitter"));
  }

  /**
   * Bootstraps a purchase model fit.
   *
   * @param fit the fit on the whole book (BG/NBD, MBG/NBD or Pareto/NBD), not {@code NOT_IDENTIFIED}
   * @param data the data it was fitted on, one customer per unit of weight (weights whole numbers)
   * @return the refits' parameters
   * @throws IllegalArgumentException if the fit is not of a purchase model or not identified, the data hold
   *     another number of customers than the fit, or a weight is not a whole number
   */
  public BootstrapFits fit(PurchaseModelFit fit, PurchaseData data) {
    return run(fit, null, data);
  }

  /**
   * Bootstraps a purchase model fit and a Gamma-Gamma spend fit together, on the same resamples.
   *
   * @param fit the purchase model fit on the whole book
   * @param spendFit the Gamma-Gamma fit on the whole book
   * @param data the data both were fitted on, with mean spend
   * @return the refits' parameters, purchase and spend row for row
   * @throws IllegalArgumentException as {@link #fit(PurchaseModelFit, PurchaseData)}, or if the spend fit is not
   *     Gamma-Gamma with {@code q > 1}, or the data carry no spend
   */
  public BootstrapFits fit(PurchaseModelFit fit, PurchaseModelFit spendFit, PurchaseData data) {
    GammaGamma.from(Objects.requireNonNull(spendFit, "spendFit"));
    return run(fit, spendFit, data);
  }

  private BootstrapFits run(PurchaseModelFit fit, PurchaseModelFit spendFit, PurchaseData data) {
    PurchaseModel.from(Objects.requireNonNull(fit, "fit"));
    PurchaseData patterns = Objects.requireNonNull(data, "data").compress();
    if (patterns.customers() != fit.customers()) {
      throw new IllegalArgumentException("data must hold the fit's " + fit.customers() + " customers: "
          + patterns.customers());
    }
    int m = patterns.size();
    long[] cumulative = new long[m];
    long total = 0;
    for (int i = 0; i < m; i++) {
      double w = patterns.weight(i);
      if (w != Math.rint(w)) {
        throw new IllegalArgumentException("weight of " + patterns.describe(i) + " must be a whole number of "
            + "customers to resample: " + w);
      }
      total += (long) w;
      cumulative[i] = total;
    }
    long[] seeds = new long[resamples];
    SplittableRandom master = new SplittableRandom(seed);
    for (int b = 0; b < resamples; b++) {
      seeds[b] = master.nextLong();
    }
    double[][] purchaseStart = fitter.inverseHessianInLogs(
        PurchaseModelFitter.likelihood(fit.model(), patterns), fit.parameterArray());
    double[][] spendStart = spendFit == null ? null : fitter.inverseHessianInLogs(
        PurchaseModelFitter.likelihood(spendFit.model(), patterns), spendFit.parameterArray());
    double[][] purchaseRows = new double[resamples][];
    double[][] spendRows = new double[resamples][];
    long customers = total;
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int b = next.getAndIncrement(); b < resamples && failure.get() == null; b = next.getAndIncrement()) {
          PurchaseData resample = resample(patterns, cumulative, customers, new SplittableRandom(seeds[b]));
          purchaseRows[b] = refit(fit, purchaseStart, resample);
          if (spendFit != null && purchaseRows[b] != null) {
            spendRows[b] = refit(spendFit, spendStart, resample);
          }
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
    runOn(threads, worker);
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
    List<List<Double>> purchaseDraws = new ArrayList<>();
    List<List<Double>> spendDraws = new ArrayList<>();
    int failed = 0;
    for (int b = 0; b < resamples; b++) {
      if (purchaseRows[b] == null || spendFit != null && spendRows[b] == null) {
        failed++;
      } else {
        purchaseDraws.add(asList(purchaseRows[b]));
        if (spendFit != null) {
          spendDraws.add(asList(spendRows[b]));
        }
      }
    }
    return BootstrapFits.builder().purchaseModel(fit.model()).purchaseDraws(purchaseDraws).spendDraws(spendDraws)
        .resamples(resamples).failedResamples(failed).seed(seed).build();
  }

  /** Draws n customers with replacement and returns the patterns drawn, weighted by their counts. */
  static PurchaseData resample(PurchaseData patterns, long[] cumulative, long n, SplittableRandom random) {
    int m = patterns.size();
    int[] counts = new int[m];
    for (long k = 0; k < n; k++) {
      int i = Arrays.binarySearch(cumulative, random.nextLong(n));
      // the pattern holding customer u is the first whose cumulative count exceeds u
      counts[i >= 0 ? i + 1 : -i - 1]++;
    }
    int kept = 0;
    for (int c : counts) {
      kept += c > 0 ? 1 : 0;
    }
    int[] x = new int[kept];
    double[] tx = new double[kept];
    double[] age = new double[kept];
    double[] weight = new double[kept];
    double[] spend = patterns.hasMeanSpend() ? new double[kept] : null;
    int j = 0;
    for (int i = 0; i < m; i++) {
      if (counts[i] > 0) {
        x[j] = patterns.frequency(i);
        tx[j] = patterns.recency(i);
        age[j] = patterns.age(i);
        weight[j] = counts[i];
        if (spend != null) {
          spend[j] = patterns.meanSpend(i);
        }
        j++;
      }
    }
    PurchaseData out = PurchaseData.of(x, tx, age, weight);
    return spend == null ? out : out.withMeanSpend(spend);
  }

  /**
   * Refits a model on a resample from the full fit's estimates and inverse Hessian; null if the refit did not
   * converge.
   */
  private double[] refit(PurchaseModelFit fit, double[][] inverseHessian, PurchaseData resample) {
    if (fit.model() == PurchaseModelKind.GAMMA_GAMMA && !hasRepeatBuyer(resample)) {
      return null;
    }
    PurchaseModelFit refit = fitter.fit(PurchaseModelFitter.likelihood(fit.model(), resample),
        fit.parameterArray(), inverseHessian, false);
    return refit.status() == PurchaseFitStatus.CONVERGED ? refit.parameterArray() : null;
  }

  private static boolean hasRepeatBuyer(PurchaseData data) {
    for (int i = 0; i < data.size(); i++) {
      if (data.frequency(i) > 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Double> asList(double[] row) {
    List<Double> list = new ArrayList<>(row.length);
    for (double v : row) {
      list.add(v);
    }
    return List.copyOf(list);
  }

  private static void runOn(int threads, Runnable worker) {
    List<Thread> helpers = new ArrayList<>();
    for (int i = 1; i < threads; i++) {
      Thread thread = new Thread(worker, "purchase-bootstrap-" + i);
      thread.setDaemon(true);
      thread.start();
      helpers.add(thread);
    }
    worker.run();
    boolean interrupted = false;
    for (Thread thread : helpers) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
