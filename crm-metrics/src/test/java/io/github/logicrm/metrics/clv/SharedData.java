package io.github.logicrm.metrics.clv;

import io.github.logicrm.metrics.SharedDataFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the reference data sets of {@code ../shared/data}; skips the calling test when they are absent. */
final class SharedData {

  private SharedData() {}

  static Path file(String... parts) {
    return SharedDataFiles.file(parts);
  }

  static List<String[]> csv(String... parts) {
    try {
      List<String> lines = Files.readAllLines(file(parts));
      return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CDNOW calibration summary with mean repeat spend: 2,357 customers, weeks. */
  static PurchaseData cdnow() {
    List<String[]> rows = csv("cdnow", "cdnow_customers_summary_with_transactions.csv");
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i);
      x[i] = Integer.parseInt(r[1]);
      tx[i] = Double.parseDouble(r[2]);
      t[i] = Double.parseDouble(r[3]);
      m[i] = Double.parseDouble(r[4]);
    }
    return PurchaseData.of(x, tx, t).withMeanSpend(m);
  }

  /** The donations patterns for BG/BB: frequency, recency, periods, weights. */
  static PurchaseData donations() {
    List<String[]> rows = csv("donations.csv");
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i);
      x[i] = Integer.parseInt(r[0]);
      tx[i] = Double.parseDouble(r[1]);
      t[i] = Double.parseDouble(r[2]);
      w[i] = Double.parseDouble(r[3]);
    }
    return PurchaseData.of(x, tx, t, w);
  }

  /** The CDNOW master log, summarized in weeks with a calibration period up to 1997-09-30 and the same-day rule. */
  static PurchaseLogSummarizer.Accumulator cdnowMaster(PurchaseLogSummarizer summarizer) {
    PurchaseLogSummarizer.Accumulator acc = summarizer.create();
    try (java.util.stream.Stream<String> lines = Files.lines(file("cdnow", "CDNOW_master.txt"))) {
      lines.skip(1).forEach(line -> {
        String[] f = line.trim().split("\\s+");
        acc.add(f[0], java.time.LocalDate.parse(f[1], java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
            Double.parseDouble(f[3]));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return acc;
  }

  /** Maps the master log's customer ids to the ids of the 1/10 sample (and of the summary files). */
  static java.util.Map<String, String> cdnowSampleIds() {
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    try (java.util.stream.Stream<String> lines = Files.lines(file("cdnow", "CDNOW_sample.txt"))) {
      lines.forEach(line -> {
        String[] f = line.trim().split("\\s+");
        ids.put(f[0], String.valueOf(Integer.parseInt(f[1])));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
