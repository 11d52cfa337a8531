package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.CashFlowPeriod;
import io.github.logicrm.core.clv.DiscountRate;
import io.github.logicrm.core.clv.Horizon;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.RenewalCohort;
import io.github.logicrm.core.clv.RenewalModelFit;
import io.github.logicrm.core.clv.RetentionClvResult;
import io.github.logicrm.core.clv.TimingConvention;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricTest {

  /** Fader and Hardie (2007), "How to project customer retention", Table 1: survivors at the start of years 0-7. */
  private static final RenewalCohort REGULAR = RenewalCohort.of(1000, 631, 468, 382, 326, 289, 262, 241);
  private static final RenewalCohort HIGH_END = RenewalCohort.of(1000, 869, 743, 653, 593, 551, 517, 491);

  @Test
  void reproducesThePapersRegularAndHighEndEstimates() {
    // Fader and Hardie (2007), section "Estimating model parameters": from years 1-7, regular alpha 0.704,
    // beta 1.182; high end alpha 0.668, beta 3.806. Log-likelihoods from scipy's Nelder-Mead on the same data
    // (-1680.2652, -1611.1581).
    RenewalModelFit regular = ShiftedBetaGeometric.fit(List.of(REGULAR));
    assertThat(regular.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(regular.alpha()).isCloseTo(0.704, within(5e-4));
    assertThat(regular.beta()).isCloseTo(1.182, within(5e-4));
    assertThat(regular.logLikelihood()).isCloseTo(-1680.265188, within(1e-5));
    assertThat(regular.customers()).isEqualTo(1000);
    assertThat(regular.cohorts()).isEqualTo(1);
    assertThat(regular.periods()).isEqualTo(7);

    RenewalModelFit highEnd = ShiftedBetaGeometric.fit(List.of(HIGH_END));
    assertThat(highEnd.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(highEnd.alpha()).isCloseTo(0.668, within(5e-4));
    assertThat(highEnd.beta()).isCloseTo(3.806, within(5e-4));
    assertThat(highEnd.logLikelihood()).isCloseTo(-1611.158147, within(1e-5));
  }

  @Test
  void standardErrorsMatchTheInverseOfTheAnalyticInformation() {
    // reference: the inverse of the observed information of the regular cohort at the optimum (0.7040773,
    // 1.1820430), computed once in mpmath (40 digits) by differentiating the log-likelihood twice
    // (src/test/resources/clv/renewal_reference.py)
    RenewalModelFit regular = ShiftedBetaGeometric.fit(List.of(REGULAR));
    assertThat(regular.alphaStandardError()).isPresent();
    assertThat(regular.alphaStandardError().getAsDouble()).isCloseTo(REGULAR_SE_ALPHA, within(1e-5));
    assertThat(regular.betaStandardError().getAsDouble()).isCloseTo(REGULAR_SE_BETA, within(1e-5));
  }

  private static final double REGULAR_SE_ALPHA = 0.0655989642340372;
  private static final double REGULAR_SE_BETA = 0.152475631675909;

  @Test
  void projectsSurvivalAndRetentionFromTheFormulas() {
    ShiftedBetaGeometric model = ShiftedBetaGeometric.of(0.704, 1.182);
    assertThat(model.retentionRate(1)).isCloseTo(1.182 / 1.886, within(1e-15));
    assertThat(model.retentionRate(5)).isCloseTo(5.182 / 5.886, within(1e-15));
    double[] curve = model.survivalCurve(12);
    double[] rates = model.retentionRates(12);
    assertThat(curve[0]).isEqualTo(1);
    double churned = 0;
    for (int t = 1; t <= 12; t++) {
      assertThat(curve[t]).isCloseTo(curve[t - 1] * rates[t - 1], within(1e-15));
      assertThat(model.survival(t)).isCloseTo(curve[t], within(1e-14));
      churned += model.churnProbability(t);
      assertThat(1 - churned).isCloseTo(curve[t], within(1e-14));
    }
  }

  /**
   * DERL(d | alpha, beta, n - 1 renewals) from mpmath (30 digits,
   * {@code src/test/resources/clv/renewal_reference.py}): (b+n-1)/(a+b+n-1) hyp2f1(1, b+n; a+b+n; 1/(1+d)).
   */
  private static final double[][] DERL = {
      // alpha, beta, d, renewals k (n = k + 1), DERL
      {0.704, 1.182, 0.1, 0, 2.9646621461320315172},
      {0.704, 1.182, 0.1, 3, 5.442391322120395413},
      {0.704, 1.182, 0.01, 0, 8.5029471720112703473},
      {0.704, 1.182, 0.01, 3, 18.65885798432772173},
      {0.704, 1.182, 0.001, 0, 20.357650588541796447},
      {0.704, 1.182, 0.0005, 3, 62.948957848060982876},
      {0.704, 1.182, 1e-05, 0, 91.000905611777717512},
      {0.704, 1.182, 1e-05, 3, 230.70893382613439802},
      {0.668, 3.806, 0.1, 0, 5.4148560483740402365},
      {0.668, 3.806, 0.1, 3, 6.6202803231882515275},
      {0.668, 3.806, 0.001, 3, 74.555719446845231095},
      {0.668, 3.806, 0.0005, 0, 68.329862283655410174},
      {0.668, 3.806, 1e-05, 3, 415.18500611609450305},
      {2.5, 7.0, 0.1, 0, 2.765037587640774751},
      {2.5, 7.0, 0.01, 3, 5.8324156864320372622},
      {2.5, 7.0, 0.0005, 0, 4.6334104793769585282},
      {2.5, 7.0, 1e-05, 3, 6.6652278479104069423},
  };

  @Test
  void derlMatchesIndependentHighPrecisionValues() {
    for (double[] row : DERL) {
      ShiftedBetaGeometric model = ShiftedBetaGeometric.of(row[0], row[1]);
      assertThat(model.discountedResidualLifetime(row[2], (int) row[3]))
          .as("alpha %s beta %s d %s renewals %s", row[0], row[1], row[2], row[3])
          .isCloseTo(row[4], within(1e-11 * row[4]));
    }
  }

  @Test
  void derlIsTheDiscountedSumOfSurvivalProbabilities() {
    // the definition term by term: sum_{t=n..} S(t) / S(n - 1) / (1 + d)^(t - n), n = renewals + 1
    ShiftedBetaGeometric model = ShiftedBetaGeometric.of(0.668, 3.806);
    for (int renewals = 0; renewals < 6; renewals++) {
      int n = renewals + 1;
      double sum = 0;
      for (int t = n; t < n + 2000; t++) {
        sum += model.survival(t) / model.survival(n - 1) / Math.pow(1.1, t - n);
      }
      assertThat(model.discountedResidualLifetime(0.1, renewals)).isCloseTo(sum, within(1e-12 * sum));
    }
  }

  @Test
  void derlAtZeroDiscountIsTheExpectedResidualLifetime() {
    ShiftedBetaGeometric model = ShiftedBetaGeometric.of(2.5, 7.0);
    assertThat(model.discountedResidualLifetime(0, 3)).isCloseTo((7.0 + 3) / 1.5, within(1e-14));
    // continuous in d: the integral branch approaches it
    assertThat(model.discountedResidualLifetime(1e-12, 3)).isCloseTo((7.0 + 3) / 1.5, within(1e-9));
    assertThatThrownBy(() -> ShiftedBetaGeometric.of(0.704, 1.182).discountedResidualLifetime(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha must be > 1 for a finite residual lifetime at discountRate 0: 0.704");
  }

  @Test
  void contractClvUsesDerlForTheRenewalsToCome() {
    ShiftedBetaGeometric model = ShiftedBetaGeometric.of(0.668, 3.806);
    DiscountRate rate = DiscountRate.yearly(0.1);
    RetentionClvResult existing = ContractClv.of(model, 3, 1200, 0, rate, CashFlowPeriod.YEAR, Horizon.infinite());
    assertThat(existing.clv()).isCloseTo(1200 * (1 + 6.6202803231882515275 / 1.1), within(1e-8));
    assertThat(existing.timing()).isEqualTo(TimingConvention.START_OF_PERIOD);
    assertThat(existing.expectedPeriods()).isEmpty(); // alpha < 1: the expected lifetime is unbounded

    RetentionClvResult signed = ContractClv.of(model, 0, 1200, 500, rate, CashFlowPeriod.YEAR, Horizon.finite(5));
    double bruteForce = 0;
    double periods = 0;
    for (int t = 0; t < 5; t++) {
      bruteForce += 1200 * model.survival(t) / Math.pow(1.1, t);
      periods += model.survival(t);
    }
    assertThat(signed.marginValue()).isCloseTo(bruteForce, within(1e-9));
    assertThat(signed.clv()).isCloseTo(bruteForce - 500, within(1e-9));
    assertThat(signed.expectedPeriods().getAsDouble()).isCloseTo(periods, within(1e-12));

    ShiftedBetaGeometric lasting = ShiftedBetaGeometric.of(2.5, 7.0);
    RetentionClvResult undiscounted = ContractClv.of(lasting, 3, 1, 0, DiscountRate.yearly(0), CashFlowPeriod.YEAR,
        Horizon.infinite());
    assertThat(undiscounted.clv()).isCloseTo(1 + 10 / 1.5, within(1e-12));
    assertThat(undiscounted.expectedPeriods().getAsDouble()).isCloseTo(1 + 10 / 1.5, within(1e-12));
  }

  @Test
  void contractClvConvertsAYearlyRateToTheContractPeriod() {
    ShiftedBetaGeometric model = ShiftedBetaGeometric.of(0.704, 1.182);
    RetentionClvResult monthly = ContractClv.of(model, 0, 100, 0, DiscountRate.yearly(0.1), CashFlowPeriod.MONTH,
        Horizon.infinite());
    double d = Math.pow(1.1, 1.0 / 12) - 1;
    assertThat(monthly.discountRate().rate()).isCloseTo(d, within(1e-15));
    assertThat(monthly.clv()).isCloseTo(100 * (1 + model.discountedResidualLifetime(d, 0) / (1 + d)), within(1e-9));
  }

  @Test
  void recoversParametersFromSimulatedCohorts() {
    // five cohorts signed in consecutive years and observed to the same date: 8, 7, 6, 5 and 4 periods
    Simulate simulate = new Simulate(20070116);
    SplittableRandom random = new SplittableRandom(2007);
    double alpha = 0.9;
    double beta = 2.5;
    List<RenewalCohort> cohorts = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      int periods = 8 - c;
      int[] survivors = new int[periods + 1];
      for (int i = 0; i < 3000; i++) {
        double theta = simulate.beta(alpha, beta);
        int lifetime = 1;
        while (lifetime <= periods && random.nextDouble() >= theta) {
          lifetime++;
        }
        for (int t = 0; t < Math.min(lifetime, periods + 1); t++) {
          survivors[t]++;
        }
      }
      cohorts.add(RenewalCohort.of(survivors));
    }
    RenewalModelFit fit = ShiftedBetaGeometric.fit(cohorts);
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    assertThat(fit.customers()).isEqualTo(15000);
    assertThat(fit.periods()).isEqualTo(8);
    assertThat(fit.alpha()).isCloseTo(alpha, within(3 * fit.alphaStandardError().getAsDouble()));
    assertThat(fit.beta()).isCloseTo(beta, within(3 * fit.betaStandardError().getAsDouble()));
    assertThat(fit.alphaStandardError().getAsDouble()).isBetween(0.005, 0.2);
  }

  @Test
  void poolingIdenticalCohortsChangesNothingButTheErrors() {
    RenewalModelFit one = ShiftedBetaGeometric.fit(List.of(REGULAR));
    RenewalModelFit two = ShiftedBetaGeometric.fit(List.of(REGULAR, REGULAR));
    assertThat(two.alpha()).isCloseTo(one.alpha(), within(1e-7));
    assertThat(two.beta()).isCloseTo(one.beta(), within(1e-7));
    assertThat(two.logLikelihood()).isCloseTo(2 * one.logLikelihood(), within(1e-6));
    assertThat(two.alphaStandardError().getAsDouble())
        .isCloseTo(one.alphaStandardError().getAsDouble() / Math.sqrt(2), within(1e-6));
  }

  @Test
  void nobodyChurningIsNotIdentified() {
    RenewalModelFit fit = ShiftedBetaGeometric.fit(List.of(RenewalCohort.of(100, 100, 100, 100)));
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.NOT_IDENTIFIED);
    assertThatThrownBy(() -> ShiftedBetaGeometric.from(fit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fit must be identified to make a model: NOT_IDENTIFIED");
  }

  @Test
  void rejectsInvalidInput() {
    assertThatThrownBy(() -> ShiftedBetaGeometric.fit(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cohorts must not be empty");
    assertThatThrownBy(() -> RenewalCohort.of(100, 120))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("survivors[1] must be <= survivors[0] 100: 120");
    assertThatThrownBy(() -> RenewalCohort.of(100))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("survivors.size must be >= 2: 1");
    assertThatThrownBy(() -> RenewalCohort.of(0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("survivors[0] must be > 0: 0");
    assertThatThrownBy(() -> ShiftedBetaGeometric.of(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("alpha must be finite and > 0: NaN");
    ShiftedBetaGeometric model = ShiftedBetaGeometric.of(1, 1);
    assertThatThrownBy(() -> model.discountedResidualLifetime(-0.1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("discountRate must be finite and >= 0: -0.1");
    assertThatThrownBy(() -> model.discountedResidualLifetime(0.1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("renewals must be >= 0: -1");
    // DERL ~ d^(alpha - 1): at d = 4.9e-324 and alpha = 0.01 about e^737, beyond the double range
    assertThatThrownBy(() -> ShiftedBetaGeometric.of(0.01, 1).discountedResidualLifetime(Double.MIN_VALUE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("discountRate must be large enough for DERL to stay within the double range at alpha 0.01: "
            + "4.9E-324");
    assertThatThrownBy(() -> model.retentionRate(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("t must be > 0: 0");
    assertThatThrownBy(() -> ContractClv.of(model, 0, 1, 0, DiscountRate.yearly(0), CashFlowPeriod.YEAR,
        Horizon.infinite()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the infinite-horizon sum diverges: alpha 1.0 must be > 1 at discountRate 0");
  }
}
