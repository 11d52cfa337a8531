package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma and repeat buyers whose repeat purchases are all free: named, or left out explicitly and counted. */
class ZeroSpendTest {

  private static final PurchaseModelFitter FITTER = PurchaseModelFitter.withDefaults();

  private static PurchaseSummary summary(String id, int x, double tx, double spend) {
    PurchaseSummary.Builder b = PurchaseSummary.builder().customerId(CustomerId.of(id)).frequency(x).recency(tx)
        .age(40);
    return (x > 0 ? b.meanRepeatSpend(spend) : b).build();
  }

  @Test
  void aZeroSpendRepeatBuyerIsNamedByCustomer() {
    PurchaseData data = PurchaseData.from(List.of(summary("C-1", 2, 30, 20), summary("C-2", 0, 0, 0),
        summary("C-3", 1, 12, 0), summary("C-4", 3, 35, 14)));
    assertThatThrownBy(() -> FITTER.fitGammaGamma(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("meanSpend of customer C-3 (row 2) must be > 0 for a repeat buyer in Gamma-Gamma");
  }

  @Test
  void theExclusionSaysWhomItLeftOutAndWhy() {
    PurchaseData data = PurchaseData.from(List.of(summary("C-1", 2, 30, 20), summary("C-2", 0, 0, 0),
        summary("C-3", 1, 12, 0), summary("C-4", 3, 35, 14), summary("C-5", 4, 38, 0)));
    PurchaseData.Exclusion exclusion = data.withoutZeroSpendRepeatBuyers();
    assertThat(exclusion.rows()).containsExactly(2, 4);
    assertThat(exclusion.customerIds()).containsExactly("C-3", "C-5");
    assertThat(exclusion.count()).isEqualTo(2);
    assertThat(exclusion.reason()).isEqualTo(PurchaseData.Exclusion.ZERO_SPEND_REASON);
    PurchaseData rest = exclusion.data();
    assertThat(rest.size()).isEqualTo(3);
    assertThat(rest.frequency(2)).isEqualTo(3);
    assertThat(rest.meanSpend(0)).isEqualTo(20);
    assertThat(rest.customers()).isEqualTo(3);
    assertThat(exclusion).hasToString("excluded 2 rows (2.0 customers [C-3, C-5]): " + PurchaseData.Exclusion
        .ZERO_SPEND_REASON);
    PurchaseData clean = PurchaseData.of(new int[] {1}, new double[] {3}, new double[] {4})
        .withMeanSpend(new double[] {5});
    assertThat(clean.withoutZeroSpendRepeatBuyers().data()).isSameAs(clean);
    assertThat(clean.withoutZeroSpendRepeatBuyers().count()).isZero();
    PurchaseData allFree = PurchaseData.of(new int[] {1}, new double[] {3}, new double[] {4})
        .withMeanSpend(new double[] {0});
    assertThatThrownBy(allFree::withoutZeroSpendRepeatBuyers).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("data must keep a row after excluding zero-spend repeat buyers: all 1 rows are");
  }

  @Test
  void theCdnowMasterLogHasOneFreeRepeatBuyer() {
    List<PurchaseSummary> summaries = SharedData.cdnowMaster(
        PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, LocalDate.of(1997, 9, 30))).finish();
    PurchaseData book = PurchaseData.from(summaries);
    PurchaseData.Exclusion exclusion = book.withoutZeroSpendRepeatBuyers();
    assertThat(exclusion.count()).isEqualTo(1);
    String customer = exclusion.customerIds().get(0);
    assertThatThrownBy(() -> FITTER.fitGammaGamma(book))
        .hasMessageStartingWith("meanSpend of customer " + customer + " (row " + exclusion.rows()[0] + ")");
    PurchaseModelFit fit = FITTER.fitGammaGamma(exclusion.data());
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
  }
}
