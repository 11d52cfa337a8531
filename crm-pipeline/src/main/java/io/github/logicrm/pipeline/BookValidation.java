package io.github.logicrm.pipeline;

import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.metrics.clv.HoldoutSplit;
import io.github.logicrm.metrics.clv.HoldoutValidation;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The holdout validation of a book's purchase models, from the customers' order days: calibration up to the day
 * before the configured holdout start, holdout up to the as-of date, time in weeks, tracking per calendar month
 * from the month of the first order; the configured purchase model, fitted again on the calibration orders.
 */
final class BookValidation {

  private BookValidation() {}

  static Optional<PurchaseModelComparison> of(PipelineConfig config, LocalDate asOf, List<CustomerSummary> customers) {
    if (config.holdoutFrom().isEmpty()) {
      return Optional.empty();
    }
    LocalDate holdoutFrom = config.holdoutFrom().get();
    if (!holdoutFrom.isBefore(asOf.plusDays(1))) {
      throw new IllegalArgumentException("holdoutFrom must not be after asOf " + asOf + ": " + holdoutFrom);
    }
    int[][] days = new int[customers.size()][];
    int earliest = Integer.MAX_VALUE;
    for (int i = 0; i < days.length; i++) {
      CustomerSummary s = customers.get(i);
      int[] d = new int[s.dayCount()];
      for (int j = 0; j < d.length; j++) {
        d[j] = s.day(j);
      }
      days[i] = d;
      earliest = Math.min(earliest, d[0]);
    }
    LocalDate firstMonth = LocalDate.ofEpochDay(earliest).withDayOfMonth(1);
    HoldoutSplit split = HoldoutSplit.fromDays(PurchaseTimeUnit.WEEKS, holdoutFrom.minusDays(1), asOf,
        PurchaseTimeUnit.MONTHS, days, firstMonth);
    return Optional.of(HoldoutValidation.withDefaults().fitAndCompare(split, PurchaseModelFitter.withDefaults(),
        config.purchaseModel()));
  }
}
