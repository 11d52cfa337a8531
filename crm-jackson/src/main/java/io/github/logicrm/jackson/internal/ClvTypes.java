package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.clv.CashFlowProjection;
import io.github.logicrm.core.clv.CustomerClv;
import io.github.logicrm.core.clv.CustomerEquitySummary;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.EventClvLine;
import io.github.logicrm.core.clv.EventClvResult;
import io.github.logicrm.core.clv.ForecastEvent;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.MigrationClvResult;
import io.github.logicrm.core.clv.MigrationModel;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.RetentionScenario;
import io.github.logicrm.core.clv.RetentionWhatIf;
import io.github.logicrm.core.clv.ScenarioOutcome;
import io.github.logicrm.core.clv.TierEquity;
import io.github.logicrm.core.clv.TransitionEstimate;
import java.util.List;

/** The lifetime-value area's deterministic value types: cash flows, discounting, CLV results and equity. */
final class ClvTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(DiscountRate.class, Horizon.class, CashFlowProjection.class, RetentionClvResult.class,
          MigrationModel.class, MigrationClvResult.class, TransitionEstimate.class, ForecastEvent.class,
          EventClvLine.class, EventClvResult.class, CustomerClv.class, TierEquity.class,
          CustomerEquitySummary.class, RetentionScenario.class, ScenarioOutcome.class, RetentionWhatIf.class),
      List.of());

  private ClvTypes() {}
}
