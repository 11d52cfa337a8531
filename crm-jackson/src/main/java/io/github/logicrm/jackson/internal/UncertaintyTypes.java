package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.CustomerIntervals;
import io.github.logicrm.core.clv.ParameterCovariance;
import java.util.List;

/** The uncertainty of lifetime-value predictions: parameter covariances, bootstrap refits and intervals. */
final class UncertaintyTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(ParameterCovariance.class, BootstrapFits.class, ConfidenceInterval.class, CustomerIntervals.class),
      List.of());

  private UncertaintyTypes() {}
}
