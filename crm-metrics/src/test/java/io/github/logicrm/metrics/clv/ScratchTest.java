package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import java.time.LocalDate;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void run() {
    var acc = SharedData.cdnowMaster(PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, LocalDate.of(1997, 9, 30)));
    System.out.println(acc.rows() + " " + acc.customers() + " " + acc.rowsAfterEnd() + " " + acc.rowsOfLaterCustomers());
    Map<String, String> ids = SharedData.cdnowSampleIds();
    List<PurchaseSummary> sample = new ArrayList<>();
    for (PurchaseSummary s : acc.summaries()) if (ids.containsKey(s.customerId().value())) sample.add(s);
    System.out.println(sample.size() + " " + sample.get(0));
    PurchaseData d = PurchaseData.from(sample);
    PurchaseModelFitter f = PurchaseModelFitter.withDefaults();
    System.out.println(f.fitBgNbd(d));
    System.out.println(f.fitParetoNbd(d));
    System.out.println(f.fitGammaGamma(d));
    System.out.println(GammaGammaLikelihoodProbe.ll(SharedData.cdnow(), 6.25, 3.74, 15.44));
    BgNbd m = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);
    for (double t : new double[] {1, 3, 32, 78}) System.out.println(m.expectedPurchases(t));
  }
}
