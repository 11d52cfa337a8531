package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.segmentation.RfmScore;
import io.github.logicrm.core.segmentation.TierSummary;
import io.github.logicrm.core.segmentation.ValueIndicators;
import io.github.logicrm.core.segmentation.ValueScore;
import java.util.List;

/** The segmentation area's value types. */
final class SegmentationTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(TierSummary.class, ValueIndicators.class, ValueScore.class, RfmScore.class), List.of());

  private SegmentationTypes() {}
}
