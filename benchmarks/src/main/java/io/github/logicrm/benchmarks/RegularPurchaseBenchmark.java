package io.github.logicrm.benchmarks;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.clv.RegularityChoice;
import io.github.logicrm.metrics.clv.MbgCnbd;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseLogSummarizer;
import io.github.logicrm.metrics.clv.RegularPurchaseData;
import io.github.logicrm.metrics.clv.RegularPurchaseFitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Erlang-k purchase models (BG/CNBD-k, MBG/CNBD-k): fitting MBG/CNBD-2 on CDNOW (2,357 customers, from the
 * sample's purchase log with its litt), choosing k over 1..4 on CDNOW, fitting BG/CNBD-4 on a book of 2,357
 * regular customers drawn from the model with a fixed seed, and scoring P(alive) and E[Y(13)] for 100,000 of
 * them with MBG/CNBD-4.
 *
 * <p>The CDNOW sample log is read from {@code <logicrm.shared.dir>/data/cdnow} (default {@code ../shared}, i.e.
 * run from the repository root). Run with
 * {@code java -jar benchmarks/target/benchmarks.jar RegularPurchaseBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RegularPurchaseBenchmark {

  private static final int BOOK = 100_000;

  private final RegularPurchaseFitter fitter = RegularPurchaseFitter.withDefaults();
  private final MbgCnbd model = MbgCnbd.of(4, 3, 1.5, 1.2, 8);
  private RegularPurchaseData cdnow;
  private RegularPurchaseData regular;
  private int[] x;
  private double[] tx;
  private double[] age;
  private double[] alive;
  private double[] expected;

  /**
   * Reads CDNOW and draws the regular books.
   *
   * @throws IOException if the CDNOW sample log cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    Path file = Path.of(System.getProperty("logicrm.shared.dir", "../shared"), "data", "cdnow", "CDNOW_sample.txt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("CDNOW sample log not found at " + file.toAbsolutePath()
          + "; run from the repository root or set -Dlogicrm.shared.dir");
    }
    PurchaseLogSummarizer.Accumulator log =
        PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, LocalDate.of(1997, 9, 30)).create();
    List<String> rows = Files.readAllLines(file);
    for (String row : rows) {
      String[] f = row.trim().split("\\s+");
      log.add(f[1], LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE), Double.parseDouble(f[4]));
    }
    cdnow = log.regularData();

    SplittableRandom random = new SplittableRandom(2016);
    regular = draw(random, 2357);
    RegularPurchaseData book = draw(random, BOOK);
    x = new int[BOOK];
    tx = new double[BOOK];
    age = new double[BOOK];
    alive = new double[BOOK];
    expected = new double[BOOK];
    for (int i = 0; i < BOOK; i++) {
      x[i] = book.purchases().frequency(i);
      tx[i] = book.purchases().recency(i);
      age[i] = book.purchases().age(i);
    }
  }

  /** BG/CNBD-4 histories (r 3, alpha 1.5, a 1.2, b 8) over 26 to 52 weeks. */
  private static RegularPurchaseData draw(SplittableRandom random, int customers) {
    int[] cx = new int[customers];
    double[] ctx = new double[customers];
    double[] ct = new double[customers];
    double[] litt = new double[customers];
    for (int i = 0; i < customers; i++) {
      ct[i] = 26 + 26 * random.nextDouble();
      double lambda = gamma(random, 3) / 1.5;
      double p = beta(random, 1.2, 8);
      double clock = 0;
      while (true) {
        double gap = gamma(random, 4) / lambda;
        clock += gap;
        if (clock > ct[i]) {
          break;
        }
        cx[i]++;
        ctx[i] = clock;
        litt[i] += Math.log(gap);
        if (random.nextDouble() < p) {
          break;
        }
      }
    }
    return RegularPurchaseData.of(PurchaseData.of(cx, ctx, ct), litt);
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang (shape &gt;= 1). */
  private static double gamma(SplittableRandom random, double shape) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
      double v = 1 + c * z;
      if (v > 0) {
        v = v * v * v;
        if (Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
          return d * v;
        }
      }
    }
  }

  private static double beta(SplittableRandom random, double a, double b) {
    double u = gamma(random, a);
    return u / (u + gamma(random, b));
  }

  /**
   * Fits MBG/CNBD-2 to CDNOW, standard errors included.
   *
   * @return the fit
   */
  @Benchmark
  public PurchaseModelFit fitMbgCnbd2Cdnow() {
    return fitter.fitMbgCnbd(cdnow, 2);
  }

  /**
   * Fits MBG/CNBD-k to CDNOW for k = 1..4 and chooses k.
   *
   * @return the choice
   */
  @Benchmark
  public RegularityChoice chooseMbgCnbdCdnow() {
    return fitter.chooseMbgCnbd(cdnow, 4);
  }

  /**
   * Fits BG/CNBD-4 to 2,357 regular customers drawn from it.
   *
   * @return the fit
   */
  @Benchmark
  public PurchaseModelFit fitBgCnbd4Regular() {
    return fitter.fitBgCnbd(regular, 4);
  }

  /**
   * Scores P(alive) and E[Y(13) | x, t_x, T] under MBG/CNBD-4 for 100,000 customers into preallocated columns.
   *
   * @param sink receives the outputs
   */
  @Benchmark
  public void scoreHundredThousand(Blackhole sink) {
    model.score(13, x, tx, age, alive, expected);
    sink.consume(alive);
    sink.consume(expected);
  }
}
