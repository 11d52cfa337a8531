package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.IntervalMethod;
import org.junit.jupiter.api.Test;

/** The numbers {@code docs/clv.md} quotes under "How sure is the CLV?", as printed there (rounded). */
class ClvUncertaintyGuideTest {

  @Test
  void intervalsQuotedInTheGuide() {
    ClvUncertaintyGuide.Intervals i = ClvUncertaintyGuide.spotShipperIntervals();
    assertThat(i.purchaseFit().isConverged()).isTrue();
    assertQuoted(i.shipper().probabilityAlive(), 0.708, 0.678, 0.737, 0.001);
    assertQuoted(i.shipper().expectedPurchases(), 3.27, 3.04, 3.53, 0.01);
    assertQuoted(i.shipper().clv().orElseThrow(), 1196, 1111, 1287, 1);
    assertQuoted(i.equity(), 985_000, 936_000, 1_037_000, 1_000);
    assertThat(i.equity().method()).isEqualTo(IntervalMethod.DELTA_METHOD);
    assertThat(i.refits().failedResamples()).isZero();
    assertQuoted(i.bootstrapShipper().clv().orElseThrow(), 1196, 1111, 1284, 1);
    assertQuoted(i.bootstrapEquity(), 985_000, 936_000, 1_034_000, 1_000);
    assertThat(i.bootstrapEquity().method()).isEqualTo(IntervalMethod.BOOTSTRAP_PERCENTILE);
  }

  private static void assertQuoted(ConfidenceInterval interval, double estimate, double lower, double upper,
      double rounding) {
    assertThat(interval.estimate()).isCloseTo(estimate, within(rounding / 2));
    assertThat(interval.lower()).isCloseTo(lower, within(rounding / 2));
    assertThat(interval.upper()).isCloseTo(upper, within(rounding / 2));
    assertThat(interval.level()).isEqualTo(0.95);
  }
}
