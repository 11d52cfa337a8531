package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.retention.ChurnRisk;
import io.github.logicrm.core.retention.ChurnSignal;
import io.github.logicrm.core.retention.ChurnSignals;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackCase;
import java.util.List;

/** The retention area's value types: churn signals and risk, win-back cases and advice. */
final class RetentionTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(ChurnSignals.class, ChurnSignal.class, ChurnRisk.class, WinBackCase.class, WinBackAdvice.class),
      List.of());

  private RetentionTypes() {}
}
