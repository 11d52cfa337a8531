package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.clv.CalendarWindow;
import io.github.logicrm.core.clv.HorizonForecast;
import io.github.logicrm.core.clv.RenewalCohort;
import io.github.logicrm.core.clv.RenewalModelFit;
import io.github.logicrm.core.clv.WindowForecast;
import java.util.List;

/**
 * Contract renewals (shifted-beta-geometric cohorts and fits) and purchase-model horizons (calendar windows and
 * forecasts).
 */
final class RenewalHorizonTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(RenewalCohort.class, RenewalModelFit.class, CalendarWindow.class, WindowForecast.class,
          HorizonForecast.class),
      List.of());

  private RenewalHorizonTypes() {}
}
