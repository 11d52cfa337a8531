package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.clv.FrequencyGroup;
import io.github.logicrm.core.clv.HoldoutErrors;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.TrackingPeriod;
import java.util.List;

/** The validation of purchase models on a calibration/holdout split: groups, tracking, errors, comparison. */
final class ValidationTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(FrequencyGroup.class, TrackingPeriod.class, HoldoutErrors.class, PurchaseModelValidation.class,
          PurchaseModelComparison.class),
      List.of());

  private ValidationTypes() {}
}
