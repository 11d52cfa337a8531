package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.RegularityChoice;
import java.util.List;

/** The probabilistic ("buy till you die") lifetime-value types: purchase summaries and fitted models. */
final class BtydTypes {

  static final ValueTypes TYPES =
      new ValueTypes(List.of(PurchaseModelFit.class, PurchaseSummary.class, RegularityChoice.class), List.of());

  private BtydTypes() {}
}
