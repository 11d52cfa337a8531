package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.FrequencyGroup;
import io.github.logicrm.core.clv.HoldoutErrors;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.TrackingPeriod;
import io.github.logicrm.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The diagnostics analysts use to trust a purchase model, as data: for a model and a {@link HoldoutSplit}, the
 * actual against the expected holdout purchases grouped by calibration frequency (0, 1, ..., 7+, as the lifetimes
 * package plots them), the actual against the expected repeat transactions per tracking period and cumulative
 * (Fader, Hardie and Lee 2005, "Counting your customers the easy way", Figures 2 and 3), the per-customer errors
 * (MAE, RMSE) and the error of the total; and several models side by side with their calibration log-likelihood,
 * AIC and BIC.
 *
 * <p>Holdout expectations are conditional, E[Y(t) | x, t_x, T] with t the holdout length. Tracking expectations
 * are unconditional: a customer whose first purchase was on day f contributes E[X((e - f) / u)] to the cumulative
 * expectation at the end of day e (u the unit's length in days), the same clock as the customer's age T; so the
 * cumulative expectation at the calibration end is the sum of E[X(T)] and at the holdout end the sum of
 * E[X(T + t)] over the customers. E[X(t)] is evaluated once per day offset and per distinct first day, not per
 * customer and period.
 *
 * <p>Immutable and thread-safe. {@link #withDefaults()}: the last frequency group is "7 or more".
 */
public final class HoldoutValidation {

  private static final HoldoutValidation DEFAULTS = new HoldoutValidation(7);

  private final int openGroupFrom;

  private HoldoutValidation(int openGroupFrom) {
    this.openGroupFrom = openGroupFrom;
  }

  /**
   * Returns the validation with default settings: frequency groups 0, 1, ..., 6 and 7 or more.
   *
   * @return the defaults
   */
  public static HoldoutValidation withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a validation whose last, open-ended frequency group starts at another frequency.
   *
   * @param frequency the lowest frequency of the last group, {@code >= 1}
   * @return a new validation
   * @throws IllegalArgumentException if the frequency is below 1
   */
  public HoldoutValidation withOpenGroupFrom(int frequency) {
    return new HoldoutValidation(Checks.atLeast("frequency", frequency, 1));
  }

  /**
   * Returns the lowest frequency of the last, open-ended group.
   *
   * @return the frequency, {@code >= 1}
   */
  public int openGroupFrom() {
    return openGroupFrom;
  }

  /**
   * Validates one model on a split.
   *
   * @param model the model, fitted on {@code split.calibration()} or given, not null
   * @param split the split, not null
   * @return the diagnostics; the tracking is empty when the split has no tracking periods
   */
  public PurchaseModelValidation validate(PurchaseModel model, HoldoutSplit split) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(split, "split");
    PurchaseData data = split.calibration();
    int n = split.customers();
    int groups = openGroupFrom + 1;
    int[] groupCustomers = new int[groups];
    long[] groupActual = new long[groups];
    double[] groupExpected = new double[groups];
    double logLikelihood = 0;
    double expectedTotal = 0;
    long actualTotal = 0;
    double absolute = 0;
    double squared = 0;
    for (int i = 0; i < n; i++) {
      int x = data.frequency(i);
      double tx = data.recency(i);
      double age = data.age(i);
      logLikelihood += model.logLikelihood(x, tx, age);
      double expected = model.conditionalExpectedPurchases(split.holdoutLength(), x, tx, age);
      int actual = split.holdoutPurchases(i);
      int g = Math.min(x, openGroupFrom);
      groupCustomers[g]++;
      groupActual[g] += actual;
      groupExpected[g] += expected;
      expectedTotal += expected;
      actualTotal += actual;
      absolute += Math.abs(expected - actual);
      squared += (expected - actual) * (expected - actual);
    }
    List<FrequencyGroup> frequencyGroups = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      frequencyGroups.add(FrequencyGroup.builder().frequency(g).orMore(g == openGroupFrom)
          .customers(groupCustomers[g]).actualPurchases(groupActual[g]).expectedPurchases(groupExpected[g]).build());
    }
    HoldoutErrors.Builder errors = HoldoutErrors.builder()
        .customers(n)
        .actualTotal(actualTotal)
        .expectedTotal(expectedTotal)
        .meanAbsoluteError(absolute / n)
        .rootMeanSquaredError(Math.sqrt(squared / n));
    if (actualTotal > 0) {
      errors.totalErrorPercent(100 * (expectedTotal - actualTotal) / actualTotal);
    }
    double[] p = model.parameters();
    List<String> names = model.kind().parameterNames();
    Map<String, Double> parameters = new LinkedHashMap<>();
    for (int k = 0; k < p.length; k++) {
      parameters.put(names.get(k), p[k]);
    }
    return PurchaseModelValidation.builder()
        .model(model.kind())
        .parameters(parameters)
        .logLikelihood(logLikelihood)
        .aic(2 * p.length - 2 * logLikelihood)
        .bic(p.length * Math.log(n) - 2 * logLikelihood)
        .holdoutErrors(errors.build())
        .frequencyGroups(frequencyGroups)
        .tracking(split.hasTracking() ? tracking(model, split) : List.of())
        .build();
  }

  /**
   * Validates several models on one split, for a comparison table.
   *
   * @param split the split, not null
   * @param models the models, not empty, none null
   * @return the comparison, models in the given order
   * @throws IllegalArgumentException if no model is given
   */
  public PurchaseModelComparison compare(HoldoutSplit split, List<? extends PurchaseModel> models) {
    Objects.requireNonNull(split, "split");
    Checks.notEmpty("models", models);
    PurchaseModelComparison.Builder b = PurchaseModelComparison.builder()
        .unit(split.unit())
        .calibrationEnd(split.calibrationEnd())
        .holdoutEnd(split.holdoutEnd())
        .holdoutLength(split.holdoutLength())
        .customers(split.customers())
        .laterCustomers(split.laterCustomers());
    for (PurchaseModel model : models) {
      b.addModels(validate(model, split));
    }
    return b.build();
  }

  /**
   * Fits models on the split's calibration data and compares them.
   *
   * @param split the split, not null
   * @param fitter the fitter, not null
   * @param kinds the models to fit, each BG_NBD, MBG_NBD or PARETO_NBD, at least one
   * @return the comparison, models in the given order
   * @throws IllegalArgumentException if no model is named, one is not a continuous-time purchase model, or a fit is
   *     {@link PurchaseFitStatus#NOT_IDENTIFIED} (the message names the model)
   */
  public PurchaseModelComparison fitAndCompare(HoldoutSplit split, PurchaseModelFitter fitter,
      PurchaseModelKind... kinds) {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(fitter, "fitter");
    if (kinds.length == 0) {
      throw new IllegalArgumentException("kinds must name at least one model: []");
    }
    List<PurchaseModel> models = new ArrayList<>(kinds.length);
    for (PurchaseModelKind kind : kinds) {
      PurchaseModelFit fit = switch (Objects.requireNonNull(kind, "kinds")) {
        case BG_NBD -> fitter.fitBgNbd(split.calibration());
        case MBG_NBD -> fitter.fitMbgNbd(split.calibration());
        case PARETO_NBD -> fitter.fitParetoNbd(split.calibration());
        case BG_BB, GAMMA_GAMMA, BG_CNBD_K, MBG_CNBD_K -> throw new IllegalArgumentException(
            "kinds must be BG_NBD, MBG_NBD or PARETO_NBD: " + kind);
      };
      if (fit.status() == PurchaseFitStatus.NOT_IDENTIFIED) {
        throw new IllegalArgumentException("the " + kind + " fit must be identified on the calibration data: "
            + fit.status() + " (log-likelihood " + fit.logLikelihood() + ")");
      }
      models.add(PurchaseModel.from(fit));
    }
    return compare(split, models);
  }

  private static List<TrackingPeriod> tracking(PurchaseModel model, HoldoutSplit split) {
    int[] starts = split.periodStarts();
    int[] firstDays = split.firstDays();
    int origin = starts[0];
    int span = starts[starts.length - 1] - origin;
    // customers by first day, counted from the first period's start
    long[] born = new long[span];
    for (int f : firstDays) {
      born[f - origin]++;
    }
    // E[X(d / u)] at each day offset d (the end of day f + d for a customer born on day f)
    double perDay = 1 / split.unit().days();
    double[] expectedAt = new double[span];
    for (int d = 1; d < span; d++) {
      expectedAt[d] = model.expectedPurchases(d * perDay);
    }
    int calEnd = split.calibrationEndDay();
    List<TrackingPeriod> out = new ArrayList<>(split.periods());
    double previous = 0;
    long cumulativeActual = 0;
    for (int k = 0; k < split.periods(); k++) {
      int lastDay = starts[k + 1] - 1;
      double cumulative = 0;
      for (int f = 0; f <= lastDay - origin; f++) {
        if (born[f] != 0) {
          cumulative += born[f] * expectedAt[lastDay - origin - f];
        }
      }
      long actual = split.actualTransactions(k);
      cumulativeActual += actual;
      out.add(TrackingPeriod.builder()
          .index(k)
          .firstDay(split.periodFirstDay(k))
          .lastDay(split.periodLastDay(k))
          .holdout(starts[k] > calEnd)
          .actual(actual)
          .expected(cumulative - previous)
          .cumulativeActual(cumulativeActual)
          .cumulativeExpected(cumulative)
          .build());
      previous = cumulative;
    }
    return out;
  }

  @Override
  public String toString() {
    return "HoldoutValidation{openGroupFrom=" + openGroupFrom + "}";
  }
}
