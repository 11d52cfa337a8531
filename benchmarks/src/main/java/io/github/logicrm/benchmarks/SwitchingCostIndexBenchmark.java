package io.github.logicrm.benchmarks;

import io.github.logicrm.core.switching.SwitchingCostFacet;
import io.github.logicrm.core.switching.SwitchingCostItem;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostType;
import io.github.logicrm.metrics.loyalty.LoyaltyClassifier;
import io.github.logicrm.metrics.switching.SwitchingCostIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 8-facet switching-cost index for one customer and for a book of 1,000,000, and the five-type loyalty
 * classification of the same book.
 *
 * <p>The questionnaire has {@code itemsPerFacet} Likert items per facet (1-5 scale, every third item
 * reverse-coded) and uneven weights; the second item of each facet is skipped by 5% of customers. Answers are
 * made once from a fixed seed; the one-customer benchmark cycles through 1,024 answer rows so nothing
 * constant-folds. Divide the batch time by 1,000,000 for the time per customer; {@code millionCustomersBytes}
 * scores the same answers coded as bytes. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar SwitchingCostIndexBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SwitchingCostIndexBenchmark {

  private static final int BOOK = 1_000_000;
  private static final int ROWS = 1024;

  /** Likert items per facet. */
  @Param({"1", "3"})
  public int itemsPerFacet;

  private SwitchingCostIndex index;
  private double[][] rows;
  private double[][] columns;
  private byte[][] codes;
  private double[] out;
  private double[] attachment;
  private double[] repeat;
  private double[] promotion;
  private double[] price;
  private int[] alternatives;
  private int[] types;
  private final LoyaltyClassifier classifier = LoyaltyClassifier.withDefaults();
  private int next;

  /** Makes the questionnaire and the answers from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    List<SwitchingCostItem> items = new ArrayList<>();
    for (SwitchingCostFacet facet : SwitchingCostFacet.values()) {
      for (int k = 0; k < itemsPerFacet; k++) {
        String id = facet.name() + "-" + k;
        items.add(k % 3 == 2 ? SwitchingCostItem.reversed(id, facet, 1, 5) : SwitchingCostItem.of(id, facet, 1, 5));
      }
    }
    index = SwitchingCostIndex.of(SwitchingCostQuestionnaire.of(items))
        .withFacetWeight(SwitchingCostFacet.SETUP, 2)
        .withTypeWeight(SwitchingCostType.FINANCIAL, 1.5);
    SplittableRandom random = new SplittableRandom(20031);
    int n = items.size();
    columns = new double[n][BOOK];
    for (int c = 0; c < BOOK; c++) {
      for (int i = 0; i < n; i++) {
        boolean skipped = i % itemsPerFacet == 1 && random.nextInt(20) == 0;
        columns[i][c] = skipped ? Double.NaN : 1 + random.nextInt(5);
      }
    }
    codes = new byte[n][BOOK];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < BOOK; c++) {
        double answer = columns[i][c];
        codes[i][c] = Double.isNaN(answer) ? SwitchingCostIndex.SKIPPED : (byte) answer;
      }
    }
    rows = new double[ROWS][n];
    for (int r = 0; r < ROWS; r++) {
      for (int i = 0; i < n; i++) {
        rows[r][i] = columns[i][r];
      }
    }
    out = new double[BOOK];
    attachment = new double[BOOK];
    repeat = new double[BOOK];
    promotion = new double[BOOK];
    price = new double[BOOK];
    alternatives = new int[BOOK];
    types = new int[BOOK];
    for (int c = 0; c < BOOK; c++) {
      attachment[c] = 100 * random.nextDouble();
      repeat[c] = random.nextDouble();
      promotion[c] = random.nextDouble();
      price[c] = 100 * random.nextDouble();
      alternatives[c] = random.nextInt(4);
    }
  }

  /**
   * Scores one customer from its answer row.
   *
   * @return the index
   */
  @Benchmark
  public double oneCustomer() {
    next = (next + 1) & (ROWS - 1);
    return index.index(rows[next]);
  }

  /**
   * Scores a book of 1,000,000 customers from answer columns.
   *
   * @return one of the indices, so the work is used
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public double millionCustomers() {
    index.indexAll(columns, out);
    next = (next + 7919) % BOOK;
    return out[next];
  }

  /**
   * Scores the same book from answers coded as bytes (the compact batch form).
   *
   * @return one of the indices, so the work is used
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public double millionCustomersBytes() {
    index.indexAll(codes, out);
    next = (next + 7919) % BOOK;
    return out[next];
  }

  /**
   * Classifies a book of 1,000,000 customers into the five loyalty types from columns.
   *
   * @return one of the type codes, so the work is used
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int millionLoyaltyTypes() {
    classifier.typeCodes(attachment, repeat, promotion, price, alternatives, types);
    next = (next + 7919) % BOOK;
    return types[next];
  }
}
