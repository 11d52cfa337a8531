package io.github.logicrm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void indexedChecksNameTheElementAndPassValidValuesThrough() {
    assertThat(Checks.finite("margins", 3, -2.5)).isEqualTo(-2.5);
    assertThat(Checks.nonNegative("recency", 17, 0.0)).isZero();
    assertThat(Checks.positive("weight", 0, 1e-300)).isEqualTo(1e-300);
    assertThat(Checks.inClosedRange("answers", 2, 7.0, 1, 7)).isEqualTo(7.0);
    assertThat(Checks.probability("rates", 1, 1.0)).isEqualTo(1.0);
    assertThat(Checks.nonNegative("frequency", 5, 0)).isZero();
    assertThat(Checks.notBlank("customerId", 9, "A")).isEqualTo("A");
    assertThat(Checks.nonNegative("volumes", 1, 2, 0.0)).isZero();
    assertThat(Checks.positive("matrix", 0, 1, 3.0)).isEqualTo(3.0);
    assertThat(Checks.inClosedRange("answers", 4, 0, 10.0, 0, 10)).isEqualTo(10.0);
  }

  @Test
  void indexedChecksRejectNaNInfinityAndOutOfRangeValues() {
    assertThatThrownBy(() -> Checks.finite("margins", 3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("margins[3] must be finite: NaN");
    assertThatThrownBy(() -> Checks.nonNegative("recency", 17, -0.5))
        .hasMessage("recency[17] must be finite and >= 0: -0.5");
    assertThatThrownBy(() -> Checks.nonNegative("recency", 17, Double.POSITIVE_INFINITY))
        .hasMessage("recency[17] must be finite and >= 0: Infinity");
    assertThatThrownBy(() -> Checks.positive("weight", 0, 0.0)).hasMessage("weight[0] must be finite and > 0: 0.0");
    assertThatThrownBy(() -> Checks.inClosedRange("answers", 2, Double.NaN, 1, 7))
        .hasMessage("answers[2] must be in [1.0, 7.0]: NaN");
    assertThatThrownBy(() -> Checks.probability("rates", 1, 1.5)).hasMessage("rates[1] must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> Checks.nonNegative("frequency", 5L, -1)).hasMessage("frequency[5] must be >= 0: -1");
    assertThatThrownBy(() -> Checks.notBlank("customerId", 9, " ")).hasMessage("customerId[9] must not be blank: ' '");
    assertThatThrownBy(() -> Checks.notBlank("customerId", 9, null)).hasMessage("customerId[9] must not be blank: null");
    assertThatThrownBy(() -> Checks.nonNegative("volumes", 1, 2, -2.0))
        .hasMessage("volumes[1][2] must be finite and >= 0: -2.0");
    assertThatThrownBy(() -> Checks.positive("matrix", 0, 1, Double.NaN))
        .hasMessage("matrix[0][1] must be finite and > 0: NaN");
    assertThatThrownBy(() -> Checks.inClosedRange("answers", 4, 0, 11.0, 0, 10))
        .hasMessage("answers[4][0] must be in [0.0, 10.0]: 11.0");
  }

  @Test
  void locationsUseZeroBasedIndicesInBrackets() {
    assertThat(Checks.at("recency", 17)).isEqualTo("recency[17]");
    assertThat(Checks.at("answers", 3, 17)).isEqualTo("answers[3][17]");
    assertThat(Checks.at("rows", 5_000_000_000L)).isEqualTo("rows[5000000000]");
  }
}
