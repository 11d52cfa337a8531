package io.github.logicrm.pipeline;

import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.metrics.lifecycle.LifecycleClassifier;
import io.github.logicrm.metrics.retention.ChurnWarning;
import io.github.logicrm.metrics.retention.WinBackAdvisor;
import io.github.logicrm.metrics.satisfaction.CsiModels;
import io.github.logicrm.metrics.segmentation.AbcAnalysis;
import io.github.logicrm.metrics.segmentation.RfmScoring;
import io.github.logicrm.metrics.service.SevenRScorer;
import io.github.logicrm.pipeline.sample.SampleBook;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The one configuration of a Customer 360 run: every choice the derivation makes, with documented defaults.
 *
 * <p>Defaults: calendar days in UTC; the BG/NBD purchase model with Gamma-Gamma spend, time in weeks; CLV over 36
 * months at 10% a year; a margin rate of 20% where orders carry no cost; ABC tiers on twelve-month revenue with the
 * calculators' own defaults for ABC, RFM, lifecycle (monthly series), 7R/OTIF, churn and win-back; a win-back
 * success probability of 0.3; a dependent inherits half of the churn score of an at-risk customer it depends on;
 * survey items on a 1-10 scale with equal weights; the ECSI path model on the items of the generated sample book
 * ({@link SampleBook#SURVEY_BLOCKS}), mapping the importance and performance of the drivers of satisfaction;
 * no holdout validation.
 * Immutable and thread-safe; each {@code withX} returns a copy.
 */
public final class PipelineConfig {

  private static final PipelineConfig DEFAULTS = new PipelineConfig(ZoneOffset.UTC, PurchaseModelKind.BG_NBD, 36,
      0.10, 0.20, ValueBasis.REVENUE_12M, AbcAnalysis.withDefaults(), RfmScoring.withDefaults(),
      LifecycleClassifier.withDefaults(), SevenRScorer.withDefaults(), ChurnWarning.withDefaults(),
      WinBackAdvisor.withDefaults(), 0.3, 0.5, 1, 10, true,
      CsiModels.ecsi(SampleBook.SURVEY_BLOCKS), CsiModels.SATISFACTION, null);

  private final ZoneId zone;
  private final PurchaseModelKind purchaseModel;
  private final int horizonMonths;
  private final double annualDiscountRate;
  private final double marginRate;
  private final ValueBasis tierBasis;
  private final AbcAnalysis abc;
  private final RfmScoring rfm;
  private final LifecycleClassifier lifecycle;
  private final SevenRScorer service;
  private final ChurnWarning churn;
  private final WinBackAdvisor winBack;
  private final double winBackSuccessProbability;
  private final double linkedRiskShare;
  private final double surveyMin;
  private final double surveyMax;
  private final boolean parallel;
  /** First day of the holdout period, or null for none. */
  private final LocalDate holdoutFrom;
  private final PathModel surveyModel;        // null: no path model
  private final String surveyTarget;

  private PipelineConfig(ZoneId zone, PurchaseModelKind purchaseModel, int horizonMonths, double annualDiscountRate,
      double marginRate, ValueBasis tierBasis, AbcAnalysis abc, RfmScoring rfm, LifecycleClassifier lifecycle,
      SevenRScorer service, ChurnWarning churn, WinBackAdvisor winBack, double winBackSuccessProbability,
      double linkedRiskShare, double surveyMin, double surveyMax, boolean parallel, PathModel surveyModel,
      String surveyTarget, LocalDate holdoutFrom) {
    this.zone = zone;
    this.purchaseModel = purchaseModel;
    this.horizonMonths = horizonMonths;
    this.annualDiscountRate = annualDiscountRate;
    this.marginRate = marginRate;
    this.tierBasis = tierBasis;
    this.abc = abc;
    this.rfm = rfm;
    this.lifecycle = lifecycle;
    this.service = service;
    this.churn = churn;
    this.winBack = winBack;
    this.winBackSuccessProbability = winBackSuccessProbability;
    this.linkedRiskShare = linkedRiskShare;
    this.surveyMin = surveyMin;
    this.surveyMax = surveyMax;
    this.parallel = parallel;
    this.holdoutFrom = holdoutFrom;
    this.surveyModel = surveyModel;
    this.surveyTarget = surveyTarget;
  }

  /**
   * Returns the default configuration.
   *
   * @return the defaults described in the class documentation
   */
  public static PipelineConfig withDefaults() {
    return DEFAULTS;
  }

  private PipelineConfig copy(ZoneId zone, PurchaseModelKind purchaseModel, int horizonMonths,
      double annualDiscountRate, double marginRate, ValueBasis tierBasis) {
    return new PipelineConfig(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate, tierBasis, abc, rfm,
        lifecycle, service, churn, winBack, winBackSuccessProbability, linkedRiskShare, surveyMin, surveyMax,
        parallel, surveyModel, surveyTarget, holdoutFrom);
  }

  /**
   * Returns a copy that takes an instant's calendar day in another zone.
   *
   * @param zone the zone of the book's calendar, not null
   * @return a new configuration
   */
  public PipelineConfig withZone(ZoneId zone) {
    return copy(Objects.requireNonNull(zone, "zone"), purchaseModel, horizonMonths, annualDiscountRate, marginRate,
        tierBasis);
  }

  /**
   * Returns a copy that fits another purchase model.
   *
   * @param model BG_NBD, MBG_NBD or PARETO_NBD
   * @return a new configuration
   * @throws IllegalArgumentException if the model is not a continuous-time purchase model
   */
  public PipelineConfig withPurchaseModel(PurchaseModelKind model) {
    Objects.requireNonNull(model, "model");
    boolean continuous = switch (model) {
      case BG_NBD, MBG_NBD, PARETO_NBD -> true;
      case BG_BB, GAMMA_GAMMA -> false;
      // the book's summaries carry no inter-purchase times, which the Erlang-k models need
      case BG_CNBD_K, MBG_CNBD_K -> false;
    };
    if (!continuous) {
      throw new IllegalArgumentException("model must be BG_NBD, MBG_NBD or PARETO_NBD: " + model);
    }
    return copy(zone, model, horizonMonths, annualDiscountRate, marginRate, tierBasis);
  }

  /**
   * Returns a copy with another CLV horizon and discount rate.
   *
   * @param months horizon in months, {@code > 0}
   * @param annualDiscountRate yearly discount rate, finite and {@code >= 0}
   * @return a new configuration
   * @throws IllegalArgumentException if an argument is out of range
   */
  public PipelineConfig withHorizon(int months, double annualDiscountRate) {
    if (!(months > 0)) {
      throw new IllegalArgumentException("months must be > 0: " + months);
    }
    if (!(annualDiscountRate >= 0 && annualDiscountRate < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("annualDiscountRate must be finite and >= 0: " + annualDiscountRate);
    }
    return copy(zone, purchaseModel, months, annualDiscountRate, marginRate, tierBasis);
  }

  /**
   * Returns a copy with another margin rate for customers whose orders carry no cost.
   *
   * @param rate margin per unit of revenue, in [0, 1]
   * @return a new configuration
   * @throws IllegalArgumentException if the rate is outside [0, 1]
   */
  public PipelineConfig withMarginRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("marginRate must be in [0, 1]: " + rate);
    }
    return copy(zone, purchaseModel, horizonMonths, annualDiscountRate, rate, tierBasis);
  }

  /**
   * Returns a copy that cuts ABC tiers on another value basis.
   *
   * @param basis the basis, not null
   * @return a new configuration
   */
  public PipelineConfig withTierBasis(ValueBasis basis) {
    return copy(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate,
        Objects.requireNonNull(basis, "basis"));
  }

  /**
   * Returns a copy with other calculators for the areas.
   *
   * @param abc ABC tiering, not null
   * @param rfm RFM scoring, not null
   * @param lifecycle lifecycle staging of monthly series, not null
   * @param service 7R, perfect order and OTIF rules, not null
   * @param churn churn warning, not null
   * @param winBack win-back advice, not null
   * @return a new configuration
   */
  public PipelineConfig withCalculators(AbcAnalysis abc, RfmScoring rfm, LifecycleClassifier lifecycle,
      SevenRScorer service, ChurnWarning churn, WinBackAdvisor winBack) {
    return new PipelineConfig(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate, tierBasis,
        Objects.requireNonNull(abc, "abc"), Objects.requireNonNull(rfm, "rfm"),
        Objects.requireNonNull(lifecycle, "lifecycle"), Objects.requireNonNull(service, "service"),
        Objects.requireNonNull(churn, "churn"), Objects.requireNonNull(winBack, "winBack"),
        winBackSuccessProbability, linkedRiskShare, surveyMin, surveyMax, parallel, surveyModel, surveyTarget,
        holdoutFrom);
  }

  /**
   * Returns a copy with another win-back success probability and linked-risk share.
   *
   * @param successProbability chance a win-back attempt succeeds, in [0, 1]
   * @param linkedRiskShare share of an at-risk customer's churn score its dependents inherit, in [0, 1]
   * @return a new configuration
   * @throws IllegalArgumentException if an argument is outside [0, 1]
   */
  public PipelineConfig withRetention(double successProbability, double linkedRiskShare) {
    if (!(successProbability >= 0 && successProbability <= 1)) {
      throw new IllegalArgumentException("successProbability must be in [0, 1]: " + successProbability);
    }
    if (!(linkedRiskShare >= 0 && linkedRiskShare <= 1)) {
      throw new IllegalArgumentException("linkedRiskShare must be in [0, 1]: " + linkedRiskShare);
    }
    return new PipelineConfig(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate, tierBasis, abc,
        rfm, lifecycle, service, churn, winBack, successProbability, linkedRiskShare, surveyMin, surveyMax, parallel,
        surveyModel, surveyTarget, holdoutFrom);
  }

  /**
   * Returns a copy with another survey answer scale.
   *
   * @param min lowest answer, finite
   * @param max highest answer, finite and {@code > min}
   * @return a new configuration
   * @throws IllegalArgumentException if the scale is empty or not finite
   */
  public PipelineConfig withSurveyScale(double min, double max) {
    if (!(Double.isFinite(min) && Double.isFinite(max) && max > min)) {
      throw new IllegalArgumentException("survey scale must be finite with max > min " + min + ": " + max);
    }
    return new PipelineConfig(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate, tierBasis, abc,
        rfm, lifecycle, service, churn, winBack, winBackSuccessProbability, linkedRiskShare, min, max, parallel,
        surveyModel, surveyTarget, holdoutFrom);
  }

  /**
   * Returns a copy that scores customers on one thread or on all cores; the results are equal either way.
   *
   * @param parallel true to use the common fork-join pool
   * @return a new configuration
   */
  public PipelineConfig withParallel(boolean parallel) {
    return new PipelineConfig(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate, tierBasis, abc,
        rfm, lifecycle, service, churn, winBack, winBackSuccessProbability, linkedRiskShare, surveyMin, surveyMax,
        parallel, surveyModel, surveyTarget, holdoutFrom);
  }

  /**
   * Returns a copy that also validates the purchase model on a holdout period: the configured model is fitted again
   * on the orders before {@code firstDay} and its forecasts are compared with the orders from {@code firstDay} to the
   * as-of date (see {@link Customer360Result#validation()}). The scores themselves still use every order up to the
   * as-of date.
   *
   * @param firstDay the first day of the holdout period, after the book's first order and on or before the as-of
   *     date (checked when the book is scored), not null
   * @return a new configuration
   */
  public PipelineConfig withHoldoutFrom(LocalDate firstDay) {
    return new PipelineConfig(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate, tierBasis, abc,
        rfm, lifecycle, service, churn, winBack, winBackSuccessProbability, linkedRiskShare, surveyMin, surveyMax,
        parallel, surveyModel, surveyTarget, Objects.requireNonNull(firstDay, "firstDay"));
  }

  /**
   * Returns a copy that fits another satisfaction path model on the book's survey responses and maps the
   * importance and performance of the drivers of one of its constructs. The model is fitted by PLS (standardized
   * items, centroid scheme) on the responses that answer every one of its items; the others are counted as dropped
   * in the estimate. A book whose responses answer none of the model's items gets no survey model.
   *
   * @param model the constructs with their items (answers on the survey scale) and the inner paths, not null
   * @param target the construct whose drivers are mapped, a block of the model that a path leads to
   * @return a new configuration
   * @throws IllegalArgumentException if the target is not a block of the model or no path leads to it
   */
  public PipelineConfig withSurveyModel(PathModel model, String target) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(target, "target");
    if (model.block(target).isEmpty() || model.predecessors(target).isEmpty()) {
      throw new IllegalArgumentException("target must be a block of the model that a path leads to: " + target);
    }
    return new PipelineConfig(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate, tierBasis, abc,
        rfm, lifecycle, service, churn, winBack, winBackSuccessProbability, linkedRiskShare, surveyMin, surveyMax,
        parallel, model, target, holdoutFrom);
  }

  /**
   * Returns a copy that fits no satisfaction path model.
   *
   * @return a new configuration
   */
  public PipelineConfig withoutSurveyModel() {
    return new PipelineConfig(zone, purchaseModel, horizonMonths, annualDiscountRate, marginRate, tierBasis, abc,
        rfm, lifecycle, service, churn, winBack, winBackSuccessProbability, linkedRiskShare, surveyMin, surveyMax,
        parallel, null, CsiModels.SATISFACTION, holdoutFrom);
  }

  /** @return the zone whose calendar days count */
  public ZoneId zone() {
    return zone;
  }

  /** @return the purchase model fitted on the book */
  public PurchaseModelKind purchaseModel() {
    return purchaseModel;
  }

  /** @return the CLV horizon in months */
  public int horizonMonths() {
    return horizonMonths;
  }

  /** @return the yearly discount rate */
  public double annualDiscountRate() {
    return annualDiscountRate;
  }

  /** @return the margin rate for customers whose orders carry no cost */
  public double marginRate() {
    return marginRate;
  }

  /** @return the value basis of the ABC tiers */
  public ValueBasis tierBasis() {
    return tierBasis;
  }

  /** @return the ABC tiering */
  public AbcAnalysis abc() {
    return abc;
  }

  /** @return the RFM scoring */
  public RfmScoring rfm() {
    return rfm;
  }

  /** @return the lifecycle classifier, applied to monthly series */
  public LifecycleClassifier lifecycle() {
    return lifecycle;
  }

  /** @return the 7R, perfect-order and OTIF rules */
  public SevenRScorer service() {
    return service;
  }

  /** @return the churn warning */
  public ChurnWarning churn() {
    return churn;
  }

  /** @return the win-back advisor */
  public WinBackAdvisor winBack() {
    return winBack;
  }

  /** @return the chance a win-back attempt succeeds */
  public double winBackSuccessProbability() {
    return winBackSuccessProbability;
  }

  /** @return the share of an at-risk customer's churn score its dependents inherit */
  public double linkedRiskShare() {
    return linkedRiskShare;
  }

  /** @return the lowest survey answer */
  public double surveyMin() {
    return surveyMin;
  }

  /** @return the highest survey answer */
  public double surveyMax() {
    return surveyMax;
  }

  /** @return true if customers are scored on all cores */
  public boolean parallel() {
    return parallel;
  }

  /** @return the first day of the holdout period, if the purchase model is validated on one */
  public Optional<LocalDate> holdoutFrom() {
    return Optional.ofNullable(holdoutFrom);
  }

  /** @return the satisfaction path model fitted on the survey responses; empty when none is fitted */
  public Optional<PathModel> surveyModel() {
    return Optional.ofNullable(surveyModel);
  }

  /** @return the construct whose drivers the importance-performance map ranks */
  public String surveyTarget() {
    return surveyTarget;
  }
}
