package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.switching.MonetarySwitchingCost;
import io.github.logicrm.core.switching.SwitchingCase;
import io.github.logicrm.core.switching.SwitchingCostAnswers;
import io.github.logicrm.core.switching.SwitchingCostItem;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import io.github.logicrm.core.switching.SwitchingCostScore;
import java.util.List;

/** The switching-cost area's value types. */
final class SwitchingTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(SwitchingCostItem.class, SwitchingCostQuestionnaire.class, SwitchingCostAnswers.class,
          SwitchingCostScore.class, SwitchingCase.class, MonetarySwitchingCost.class),
      List.of());

  private SwitchingTypes() {}
}
