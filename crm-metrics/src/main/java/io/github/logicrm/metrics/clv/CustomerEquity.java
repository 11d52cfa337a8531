package io.github.logicrm.metrics.clv;

import java.util.Objects;
import io.github.logicrm.core.clv.CustomerClv;
import io.github.logicrm.core.clv.CustomerEquitySummary;
import io.github.logicrm.core.clv.TierEquity;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.segmentation.ValueTier;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Customer equity: the sum of the lifetime values of a book's customers, in total and per value tier.
 *
 * <p>Stateless and thread-safe.
 */
public final class CustomerEquity {

  private CustomerEquity() {}

  /**
   * Sums lifetime values over a book.
   *
   * @param entries one entry per customer, not null; may be empty
   * @return the total and each tier's customers, equity and share of the total
   * @throws IllegalArgumentException if two entries name the same customer
   */
  public static CustomerEquitySummary of(Collection<CustomerClv> entries) {
    ValueTier[] tiers = ValueTier.values();
    int[] counts = new int[tiers.length];
    double[] sums = new double[tiers.length];
    double total = 0;
    Set<CustomerId> seen = new HashSet<>();
    for (CustomerClv entry : entries) {
      if (!seen.add(Objects.requireNonNull(entry, "entries must not contain null").customerId())) {
        throw new IllegalArgumentException("entries must have unique customer ids, duplicate: "
            + entry.customerId());
      }
      counts[entry.tier().ordinal()]++;
      sums[entry.tier().ordinal()] += entry.clv();
      total += entry.clv();
    }
    CustomerEquitySummary.Builder summary = CustomerEquitySummary.builder().customers(entries.size()).equity(total);
    for (ValueTier tier : tiers) {
      TierEquity.Builder t = TierEquity.builder().tier(tier).customers(counts[tier.ordinal()])
          .equity(sums[tier.ordinal()]);
      if (total != 0) {
        t.share(sums[tier.ordinal()] / total);
      }
      summary.addTiers(t.build());
    }
    return summary.build();
  }
}
