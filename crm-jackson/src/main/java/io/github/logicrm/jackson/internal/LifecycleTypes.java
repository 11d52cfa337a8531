package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.lifecycle.LifecycleAssessment;
import io.github.logicrm.core.lifecycle.StageTransition;
import io.github.logicrm.core.lifecycle.VolumeHistory;
import java.util.List;

/** The lifecycle area's value types. */
final class LifecycleTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(VolumeHistory.class, LifecycleAssessment.class, StageTransition.class), List.of());

  private LifecycleTypes() {}
}
