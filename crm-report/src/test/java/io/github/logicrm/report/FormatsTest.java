package io.github.logicrm.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.logicrm.report.internal.Formats;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void figuresEqualStringFormatWithThousandsSeparators() {
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < 200_000; i++) {
      double value = switch (i % 4) {
        case 0 -> random.nextDouble(-1e9, 1e9);
        case 1 -> random.nextDouble(-10, 10);
        case 2 -> Math.round(random.nextDouble(-1e6, 1e6)) / 100.0 + 0.005;   // halfway cases in decimal
        default -> random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-4, 16));
      };
      for (int decimals = 0; decimals <= 4; decimals++) {
        assertThat(Formats.decimal(value, decimals)).as("%s with %d decimals", value, decimals)
            .isEqualTo(String.format(Locale.ROOT, "%,." + decimals + "f", value));
      }
      assertThat(Formats.percent(value)).isEqualTo(String.format(Locale.ROOT, "%,.1f%%", 100 * value));
      long count = random.nextLong(-10_000_000_000L, 10_000_000_000L) >> random.nextInt(0, 34);
      assertThat(Formats.count(count)).isEqualTo(String.format(Locale.ROOT, "%,d", count));
    }
  }

  @Test
  void edgeCasesEqualStringFormat() {
    for (double value : new double[] {0.0, -0.0, -0.4, 0.5, 1.5, 2.5, -2.5, 999.5, 999_999.5, 1e15, -1e15, 0.125,
        Double.MIN_VALUE, 123_456_789.0}) {
      assertThat(Formats.money(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%,.0f", value));
      assertThat(Formats.decimal(value, 2)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%,.2f", value));
    }
    assertThat(Formats.count(Long.MIN_VALUE + 1)).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE + 1));
    assertThat(Formats.decimal(Double.NaN, 1)).isEqualTo("NaN");
  }
}
