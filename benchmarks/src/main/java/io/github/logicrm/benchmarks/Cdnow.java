package io.github.logicrm.benchmarks;

import io.github.logicrm.metrics.clv.PurchaseData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The CDNOW reference data the purchase-model benchmarks read, from {@code <logicrm.shared.dir>/data/cdnow}
 * (default {@code ../shared}, i.e. run from the repository root), and the seeded book of customers they score.
 */
final class Cdnow {

  private Cdnow() {}

  /**
   * Returns a CDNOW file, checked to exist.
   *
   * @param name the file's name
   * @return the path
   * @throws IllegalStateException naming the path when the file is absent
   */
  static Path file(String name) {
    Path file = Path.of(System.getProperty("logicrm.shared.dir", "../shared"), "data", "cdnow", name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("CDNOW data not found: " + file.toAbsolutePath()
          + "; run from the repository root or set -Dlogicrm.shared.dir");
    }
    return file;
  }

  /** The summary with the mean repeat spend (column {@code zbar}); its x, t_x and T equal the plain summary's. */
  static final String WITH_SPEND = "cdnow_customers_summary_with_transactions.csv";

  /**
   * Reads the 2,357 customers' (x, t_x, T) in weeks from {@code cdnow_customers_summary.csv}.
   *
   * @return the data
   * @throws IOException if the file cannot be read
   */
  static PurchaseData summary() throws IOException {
    return summary(rows("cdnow_customers_summary.csv"));
  }

  private static PurchaseData summary(List<String[]> rows) {
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Integer.parseInt(rows.get(i)[1]);
      tx[i] = Double.parseDouble(rows.get(i)[2]);
      age[i] = Double.parseDouble(rows.get(i)[3]);
    }
    return PurchaseData.of(x, tx, age);
  }

  /**
   * Reads the summary with each customer's mean repeat spend ({@link #WITH_SPEND}).
   *
   * @return the data with mean spend
   * @throws IOException if a file cannot be read
   */
  static PurchaseData summaryWithSpend() throws IOException {
    List<String[]> rows = rows(WITH_SPEND);
    double[] spend = new double[rows.size()];
    for (int i = 0; i < spend.length; i++) {
      spend[i] = Double.parseDouble(rows.get(i)[4]);
    }
    return summary(rows).withMeanSpend(spend);
  }

  private static List<String[]> rows(String name) throws IOException {
    List<String> lines = Files.readAllLines(file(name));
    return lines.subList(1, lines.size()).stream().map(line -> line.split(",")).toList();
  }

  /**
   * A book of customers to score, drawn from a seed: ages of 26 to 52 weeks, a quarter frequent buyers (up to 59
   * repeat purchases), the others 0 to 2.
   *
   * @param x frequencies, filled
   * @param tx recencies, filled
   * @param age ages, filled
   * @param seed the seed
   */
  static void drawBook(int[] x, double[] tx, double[] age, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < x.length; i++) {
      age[i] = 26 + 26 * random.nextDouble();
      x[i] = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(3);
      tx[i] = x[i] == 0 ? 0 : age[i] * random.nextDouble();
    }
  }
}
