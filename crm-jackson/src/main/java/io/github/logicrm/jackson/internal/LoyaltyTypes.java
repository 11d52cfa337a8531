package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.loyalty.LoyaltyClassification;
import io.github.logicrm.core.loyalty.LoyaltyProfile;
import io.github.logicrm.core.loyalty.LoyaltyThresholds;
import java.util.List;

/** The loyalty area's value types. */
final class LoyaltyTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(LoyaltyProfile.class, LoyaltyThresholds.class, LoyaltyClassification.class),
      List.of());

  private LoyaltyTypes() {}
}
