package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.CustomerClv;
import io.github.logicrm.core.clv.CustomerEquitySummary;
import io.github.logicrm.core.clv.TierEquity;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.segmentation.ValueTier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CustomerEquityTest {

  private static CustomerClv entry(String id, ValueTier tier, double clv) {
    return CustomerClv.of(CustomerId.of(id), tier, clv);
  }

  @Test
  void sumsPerTierByHand() {
    CustomerEquitySummary s = CustomerEquity.of(List.of(
        entry("A", ValueTier.KEY, 800), entry("B", ValueTier.MAJOR, 100), entry("C", ValueTier.MAJOR, 50),
        entry("D", ValueTier.SMALL, 60), entry("E", ValueTier.SMALL, -10)));
    assertThat(s.customers()).isEqualTo(5);
    assertThat(s.equity()).isEqualTo(1000.0);
    assertThat(s.tiers()).extracting(TierEquity::tier).containsExactly(ValueTier.values());
    assertThat(s.tiers()).extracting(TierEquity::customers).containsExactly(1, 2, 0, 2);
    assertThat(s.tiers()).extracting(TierEquity::equity).containsExactly(800.0, 150.0, 0.0, 50.0);
    assertThat(s.tiers().get(0).share()).hasValue(0.8);
    assertThat(s.tiers().get(1).share()).hasValue(0.15);
    assertThat(s.tiers().get(3).share()).hasValue(0.05);
  }

  @Test
  void orderDoesNotMatterAndTiersAddUp() {
    SplittableRandom random = new SplittableRandom(3);
    List<CustomerClv> entries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      entries.add(entry("C" + i, ValueTier.values()[random.nextInt(4)], random.nextDouble(-1000, 100_000)));
    }
    CustomerEquitySummary forward = CustomerEquity.of(entries);
    Collections.shuffle(entries, new java.util.Random(1));
    CustomerEquitySummary shuffled = CustomerEquity.of(entries);
    assertThat(shuffled.equity()).isCloseTo(forward.equity(), within(1e-6));
    assertThat(forward.tiers().stream().mapToDouble(TierEquity::equity).sum())
        .isCloseTo(forward.equity(), within(1e-6));
    assertThat(forward.tiers().stream().mapToInt(TierEquity::customers).sum()).isEqualTo(500);
  }

  @Test
  void emptyBookHasNoShares() {
    CustomerEquitySummary s = CustomerEquity.of(List.of());
    assertThat(s.equity()).isZero();
    assertThat(s.tiers()).allSatisfy(t -> assertThat(t.share()).isEmpty());
  }

  @Test
  void duplicateCustomerIsRejected() {
    assertThatThrownBy(() -> CustomerEquity.of(List.of(entry("A", ValueTier.KEY, 1), entry("A", ValueTier.SMALL, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entries must have unique customer ids, duplicate: A");
    assertThatThrownBy(() -> entry("A", ValueTier.KEY, Double.NaN)).hasMessage("clv must be finite: NaN");
  }
}
