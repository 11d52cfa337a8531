package io.github.logicrm.benchmarks;

import io.github.logicrm.core.clv.CovariateModelFit;
import io.github.logicrm.metrics.clv.CovariateModelFitter;
import io.github.logicrm.metrics.clv.Covariates;
import io.github.logicrm.metrics.clv.PurchaseData;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fitting BG/NBD and Pareto/NBD with two static covariates on CDNOW's 2,357 customers: {@code contract} (1 for
 * 40% of the customers) and {@code region} (1 for half of them), drawn from a fixed seed independently of the
 * histories, each acting on both the purchase and the dropout process (4 base parameters and 4 coefficients,
 * standard errors included).
 *
 * <p>The CDNOW summary is read from {@code <logicrm.shared.dir>/data/cdnow} (default {@code ../shared}, i.e. run
 * from the repository root); setup fails with a message naming the path when it is absent. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar CovariateModelBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CovariateModelBenchmark {

  private final CovariateModelFitter fitter = CovariateModelFitter.withDefaults();
  private PurchaseData cdnow;
  private Covariates covariates;

  /**
   * Reads CDNOW and draws the two covariates.
   *
   * @throws IOException if the CDNOW summary cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    cdnow = Cdnow.summary();
    double[][] z = new double[cdnow.size()][2];
    SplittableRandom random = new SplittableRandom(20031);
    for (double[] row : z) {
      row[0] = random.nextDouble() < 0.4 ? 1 : 0;
      row[1] = random.nextDouble() < 0.5 ? 1 : 0;
    }
    covariates = Covariates.of(List.of("contract", "region"), z);
  }

  /**
   * Fits BG/NBD with the two covariates on both processes, standard errors included.
   *
   * @return the fit
   */
  @Benchmark
  public CovariateModelFit fitBgNbdTwoCovariates() {
    return fitter.fitBgNbd(cdnow, covariates, covariates);
  }

  /**
   * Fits Pareto/NBD with the two covariates on both processes, standard errors included.
   *
   * @return the fit
   */
  @Benchmark
  public CovariateModelFit fitParetoNbdTwoCovariates() {
    return fitter.fitParetoNbd(cdnow, covariates, covariates);
  }
}
