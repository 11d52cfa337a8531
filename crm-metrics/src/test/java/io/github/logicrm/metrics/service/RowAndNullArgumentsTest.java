package io.github.logicrm.metrics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.retention.ChurnSignalKind;
import io.github.logicrm.core.segmentation.ValueLevel;
import io.github.logicrm.metrics.retention.ChurnWarning;
import io.github.logicrm.metrics.segmentation.ValueMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Out-of-range rows and null arguments fail with the public parameter's name, not an index or bare NPE. */
class RowAndNullArgumentsTest {

  private static final ShipmentTable TABLE = ShipmentTable.of(List.of(Shipments.perfect().build()));

  @Test
  void rowsOutsideTheTableAreRejectedByName() {
    SevenRScorer scorer = SevenRScorer.withDefaults();
    assertThatThrownBy(() -> scorer.passMask(TABLE, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row must be in [0, 1): -1");
    assertThatThrownBy(() -> scorer.passMask(TABLE, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row must be in [0, 1): 1");
    assertThatThrownBy(() -> TABLE.customerIndex(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row must be in [0, 1): -1");
    ServiceStats stats = scorer.create();
    assertThatThrownBy(() -> stats.add(TABLE, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row must be in [0, 1): -1");
    assertThat(stats.shipments()).isZero();
    assertThat(stats.add(TABLE, 0).shipments()).isEqualTo(1);
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> SevenRScorer.withDefaults().score(null))
        .isInstanceOf(NullPointerException.class).hasMessage("shipment");
    assertThatThrownBy(() -> SevenRScorer.withDefaults().create().add(null))
        .isInstanceOf(NullPointerException.class).hasMessage("shipment");
    assertThatThrownBy(() -> SevenRScorer.withDefaults().passMask(null, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("table");
    assertThatThrownBy(() -> ChurnWarning.withDefaults().weight(null))
        .isInstanceOf(NullPointerException.class).hasMessage("kind");
    assertThatThrownBy(() -> ChurnWarning.withDefaults().fullAt(null))
        .isInstanceOf(NullPointerException.class).hasMessage("kind");
    assertThat(ChurnWarning.withDefaults().weight(ChurnSignalKind.values()[0])).isPositive();
  }

  @Test
  void valueLevelOfAScoreOffItsScaleIsRejected() {
    ValueMatrix matrix = ValueMatrix.withDefaults();
    assertThatThrownBy(() -> matrix.level(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("score must be in [0.0, 100.0]: NaN");
    assertThatThrownBy(() -> matrix.level(101))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("score must be in [0.0, 100.0]: 101.0");
    assertThat(matrix.level(100)).isEqualTo(ValueLevel.HIGH);
    assertThat(matrix.level(0)).isEqualTo(ValueLevel.LOW);
  }
}
