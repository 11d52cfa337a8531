package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.metrics.internal.Minimizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reference numbers of DOMAIN.md section 3 (CDNOW, donations), from the shared data sets.
 *
 * <p>The published CDNOW fits were computed from exact ages and recencies (days / 7) and exact mean spend;
 * the summary CSV rounds them to two decimals. Those fits are therefore reproduced from the master log
 * summarized here, and the CSV fits are checked against the same numbers at the precision the rounding
 * allows. Where a published parameter differs from ours in a trailing digit, the test shows that the
 * log-likelihood at the published point is lower than at ours: the published optimizer stopped earlier.
 */
class ReferenceNumbersTest {

  private static final PurchaseModelFitter FITTER = PurchaseModelFitter.withDefaults();

  private static PurchaseData masterLogSample;

  /** The 2,357 sample customers of the master log, summarized exactly: weeks, same-day rule, to 1997-09-30. */
  static synchronized PurchaseData cdnowFromMasterLog() {
    if (masterLogSample == null) {
      masterLogSample = summarizeMasterLogSample();
    }
    return masterLogSample;
  }

  private static PurchaseData summarizeMasterLogSample() {
    PurchaseLogSummarizer.Accumulator log = SharedData.cdnowMaster(
        PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, LocalDate.of(1997, 9, 30)));
    Map<String, String> sample = SharedData.cdnowSampleIds();
    List<PurchaseSummary> summaries = new ArrayList<>();
    for (PurchaseSummary s : log.finish()) {
      if (sample.containsKey(s.customerId().value())) {
        summaries.add(s);
      }
    }
    return PurchaseData.from(summaries);
  }

  @Test
  void bgNbdOnCdnow() {
    PurchaseData data = cdnowFromMasterLog();
    PurchaseModelFit fit = FITTER.fitBgNbd(data);
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.customers()).isEqualTo(2357);
    assertThat(fit.logLikelihood()).isCloseTo(-9582.429, within(0.01));
    // Published: r 0.2425945, alpha 4.4136019, a 0.7929199, b 2.4258881.
    assertThat(fit.parameter("r")).isCloseTo(0.2425945, within(5e-8));
    assertThat(fit.parameter("alpha")).isCloseTo(4.4136019, within(5e-7));
    assertThat(fit.parameter("a")).isCloseTo(0.7929199, within(2.5e-6));
    assertThat(fit.parameter("b")).isCloseTo(2.4258881, within(2.5e-5));
    BgNbdLikelihood likelihood = new BgNbdLikelihood(data, false);
    double atPublished = likelihood.logLikelihood(new double[] {0.2425945, 4.4136019, 0.7929199, 2.4258881}, null);
    assertThat(fit.logLikelihood()).isGreaterThan(atPublished);
  }

  @Test
  void bgNbdOnTheRoundedSummaryFile() {
    PurchaseModelFit fit = FITTER.fitBgNbd(SharedData.cdnow());
    assertThat(fit.logLikelihood()).isCloseTo(-9582.43, within(0.01));
    assertThat(fit.parameter("r")).isCloseTo(0.2426, within(5e-5));
    assertThat(fit.parameter("alpha")).isCloseTo(4.414, within(5e-4));
    assertThat(fit.parameter("a")).isCloseTo(0.793, within(5e-4));
    assertThat(fit.parameter("b")).isCloseTo(2.426, within(5e-4));
  }

  @Test
  void paretoNbdOnCdnow() {
    PurchaseData data = cdnowFromMasterLog();
    PurchaseModelFit fit = FITTER.fitParetoNbd(data);
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.logLikelihood()).isCloseTo(-9594.976, within(0.01));
    // Published: r 0.55315, alpha 10.57633, s 0.60625, beta 11.67150. The likelihood is very flat along
    // beta (standard error 4.4); ours is the higher optimum and agrees to 0.553, 10.58, 0.6062, 11.67.
    assertThat(fit.parameter("r")).isCloseTo(0.553, within(5e-4));
    assertThat(fit.parameter("alpha")).isCloseTo(10.58, within(5e-3));
    assertThat(fit.parameter("s")).isCloseTo(0.6062, within(5e-5));
    assertThat(fit.parameter("beta")).isCloseTo(11.67, within(5e-3));
    double atPublished = new ParetoNbdLikelihood(data)
        .logLikelihood(new double[] {0.55315, 10.57633, 0.60625, 11.67150}, null);
    assertThat(fit.logLikelihood()).isGreaterThan(atPublished);
  }

  @Test
  void nelderMeadCannotImproveOnTheFits() {
    PurchaseData data = cdnowFromMasterLog().compress();
    for (ModelLikelihood likelihood : new ModelLikelihood[] {new BgNbdLikelihood(data, false),
        new ParetoNbdLikelihood(data)}) {
      PurchaseModelFit fit = likelihood instanceof ParetoNbdLikelihood ? FITTER.fitParetoNbd(data)
          : FITTER.fitBgNbd(data);
      double[] start = fit.parameterArray();
      for (int i = 0; i < start.length; i++) {
        start[i] = Math.log(start[i]);
      }
      Minimizer.Result polished = Minimizer.nelderMead((u, g) -> {
        double[] p = new double[u.length];
        for (int i = 0; i < u.length; i++) {
          p[i] = Math.exp(u[i]);
        }
        return -likelihood.logLikelihood(p, null);
      }, start, 20_000, 1e-16);
      assertThat(-polished.value).as("%s", fit.model()).isLessThan(fit.logLikelihood() + 1e-6);
    }
  }

  @Test
  void gammaGammaOnCdnow() {
    PurchaseModelFit fit = FITTER.fitGammaGamma(cdnowFromMasterLog());
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.customers()).isEqualTo(946);
    assertThat(fit.logLikelihood()).isCloseTo(-4055.9177, within(0.01));
    assertThat(fit.parameter("p")).isCloseTo(6.25, within(0.005));
    assertThat(fit.parameter("q")).isCloseTo(3.74, within(0.005));
    assertThat(fit.parameter("gamma")).isCloseTo(15.44, within(0.005));
  }

  @Test
  void gammaGammaOnTheSummaryFileWithRoundedMeans() {
    PurchaseModelFit fit = FITTER.fitGammaGamma(SharedData.cdnow());
    assertThat(fit.customers()).isEqualTo(946);
    // zbar rounded to cents moves the optimum slightly: LL -4055.923, gamma 15.448.
    assertThat(fit.logLikelihood()).isCloseTo(-4055.92, within(0.01));
    assertThat(fit.parameter("p")).isCloseTo(6.25, within(0.005));
    assertThat(fit.parameter("q")).isCloseTo(3.74, within(0.005));
    assertThat(fit.parameter("gamma")).isCloseTo(15.45, within(0.005));
  }

  @Test
  void bgNbdPredictions() {
    BgNbd rounded = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    assertThat(rounded.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(5e-4));
    assertThat(rounded.probabilityOfPurchases(0, 39)).isCloseTo(0.5737864, within(5e-8));
    BgNbd full = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);
    assertThat(full.expectedPurchases(1)).isCloseTo(0.0532, within(5e-5));
    assertThat(full.expectedPurchases(3)).isCloseTo(0.1506, within(5e-5));
    assertThat(full.expectedPurchases(32)).isCloseTo(1.0437, within(5e-5));
    // DOMAIN.md gives 1.8576 at t = 78; the formula gives 1.857956 (mpmath at 30 digits: 1.85795600911807),
    // so the published figure does not follow from these parameters. We assert the independent value.
    assertThat(full.expectedPurchases(78)).isCloseTo(1.85795600911807, within(1e-11));
  }

  @Test
  void bgBbOnDonations() {
    PurchaseModelFit fit = FITTER.fitBgBb(SharedData.donations());
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.customers()).isEqualTo(11104);
    assertThat(fit.parameter("alpha")).isCloseTo(1.204, within(5e-4));
    assertThat(fit.parameter("beta")).isCloseTo(0.750, within(5e-4));
    assertThat(fit.parameter("gamma")).isCloseTo(0.657, within(5e-4));
    assertThat(fit.parameter("delta")).isCloseTo(2.783, within(5e-4));
    // Fader, Hardie and Shang (2010) report LL -33,225.6.
    assertThat(fit.logLikelihood()).isCloseTo(-33225.6, within(0.05));
  }
}
