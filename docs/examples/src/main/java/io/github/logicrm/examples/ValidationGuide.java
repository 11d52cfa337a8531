package io.github.logicrm.examples;

import io.github.logicrm.core.clv.FrequencyGroup;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.clv.TrackingPeriod;
import io.github.logicrm.metrics.clv.HoldoutSplit;
import io.github.logicrm.metrics.clv.HoldoutValidation;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code shown in the validation section of {@code docs/clv.md}: the sample shipment log split a year before the
 * valuation date, three purchase models fitted on the first part and checked against the last year.
 */
public final class ValidationGuide {

  /** The last day of the calibration period: one year before the valuation date. */
  static final LocalDate CALIBRATION_END = LocalDate.of(2025, 10, 31);

  private ValidationGuide() {}

  /**
   * Splits the sample log, fits BG/NBD, MBG/NBD and Pareto/NBD on the calibration year(s) and validates them on
   * the holdout year, with monthly tracking.
   *
   * @return the comparison
   */
  public static PurchaseModelComparison compareModels() {
    List<List<LocalDate>> shipmentDates = shipmentDates();   // per customer, its shipment dates
    // Weeks as the models' unit; tracking per calendar month from 2023-11-01, before the first shipment.
    HoldoutSplit split = HoldoutSplit.fromDates(PurchaseTimeUnit.WEEKS, CALIBRATION_END,
        SampleData.VALUATION_DATE, PurchaseTimeUnit.MONTHS, LocalDate.of(2023, 11, 1), shipmentDates);
    return HoldoutValidation.withDefaults().fitAndCompare(split, PurchaseModelFitter.withDefaults(),
        PurchaseModelKind.BG_NBD, PurchaseModelKind.MBG_NBD, PurchaseModelKind.PARETO_NBD);
  }

  /**
   * Prints the comparison table, the frequency groups and the cumulative tracking of the first model.
   *
   * @param comparison the comparison
   * @param out where to print
   */
  public static void print(PurchaseModelComparison comparison, PrintStream out) {
    out.printf("%d customers (%d first shipped in the holdout), holdout %.1f weeks%n", comparison.customers(),
        comparison.laterCustomers(), comparison.holdoutLength());
    for (PurchaseModelValidation m : comparison.models()) {
      out.printf("%-10s LL %9.2f  AIC %8.2f  BIC %8.2f  MAE %.3f  RMSE %.3f  total %+.1f%%%n", m.model(),
          m.logLikelihood(), m.aic(), m.bic(), m.holdoutErrors().meanAbsoluteError(),
          m.holdoutErrors().rootMeanSquaredError(), m.holdoutErrors().totalErrorPercent().orElse(Double.NaN));
    }
    PurchaseModelValidation first = comparison.models().get(0);
    for (FrequencyGroup g : first.frequencyGroups()) {
      out.printf("x=%d%s  customers %3d  actual %5d  expected %8.2f%n", g.frequency(), g.orMore() ? "+" : " ",
          g.customers(), g.actualPurchases(), g.expectedPurchases());
    }
    for (TrackingPeriod p : first.tracking()) {
      out.printf("%s..%s %s actual %5d expected %8.2f cumulative %6d %9.2f%n", p.firstDay(), p.lastDay(),
          p.holdout() ? "H" : "C", p.actual(), p.expected(), p.cumulativeActual(), p.cumulativeExpected());
    }
  }

  /** Reads {@code sample/shipments.csv} (customerId,date,amount) into each customer's dates, first seen first. */
  static List<List<LocalDate>> shipmentDates() {
    Map<String, List<LocalDate>> byCustomer = new LinkedHashMap<>();
    PurchaseModelPrintout.readShipments(
        (customerId, date, amount) -> byCustomer.computeIfAbsent(customerId, k -> new ArrayList<>()).add(date));
    return new ArrayList<>(byCustomer.values());
  }
}
