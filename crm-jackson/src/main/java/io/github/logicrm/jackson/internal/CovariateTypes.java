package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.clv.CovariateModelFit;
import java.util.List;

/** Purchase models with static covariates: their fits. */
final class CovariateTypes {

  static final ValueTypes TYPES = new ValueTypes(List.of(CovariateModelFit.class), List.of());

  private CovariateTypes() {}
}
