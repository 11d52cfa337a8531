package io.github.logicrm.core.switching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SwitchingCostFacetTest {

  @Test
  void eightFacetsInThreeTypes() {
    var byType = Arrays.stream(SwitchingCostFacet.values())
        .collect(Collectors.groupingBy(SwitchingCostFacet::type, Collectors.counting()));
    assertThat(byType)
        .containsEntry(SwitchingCostType.PROCEDURAL, 4L)
        .containsEntry(SwitchingCostType.FINANCIAL, 2L)
        .containsEntry(SwitchingCostType.RELATIONAL, 2L);
  }
}
