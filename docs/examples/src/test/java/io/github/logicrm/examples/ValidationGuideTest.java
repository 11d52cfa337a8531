package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.FrequencyGroup;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.TrackingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation example of {@code docs/clv.md}: totals add up, and the printout is what the guide shows. */
class ValidationGuideTest {

  @Test
  void comparisonAddsUp() {
    PurchaseModelComparison c = ValidationGuide.compareModels();
    List<List<java.time.LocalDate>> dates = ValidationGuide.shipmentDates();
    long early = dates.stream().filter(d -> !d.stream().min(java.time.LocalDate::compareTo).orElseThrow()
        .isAfter(ValidationGuide.CALIBRATION_END)).count();
    assertThat(c.customers()).isEqualTo(early);
    assertThat(c.customers() + c.laterCustomers()).isEqualTo(dates.size());
    assertThat(c.holdoutLength()).isCloseTo(365 / 7.0, within(1e-12));
    assertThat(c.models()).hasSize(3);
    for (PurchaseModelValidation m : c.models()) {
      assertThat(m.frequencyGroups().stream().mapToLong(FrequencyGroup::actualPurchases).sum())
          .isEqualTo(m.holdoutErrors().actualTotal());
      List<TrackingPeriod> months = m.tracking();
      assertThat(months.get(months.size() - 1).lastDay()).isEqualTo(SampleData.VALUATION_DATE);
      assertThat(months.stream().filter(TrackingPeriod::holdout).mapToLong(TrackingPeriod::actual).sum())
          .isEqualTo(m.holdoutErrors().actualTotal());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationGuide.print(c, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("BG_NBD", "MBG_NBD", "PARETO_NBD", "x=7+");
  }
}
