package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.FrequencyGroup;
import io.github.logicrm.core.clv.HoldoutErrors;
import io.github.logicrm.core.clv.PurchaseModelComparison;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.PurchaseModelValidation;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.clv.TrackingPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The validation diagnostics on CDNOW (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): the
 * 2,357-customer sample, calibration weeks 1-39 (1997-01-01 to 1997-09-30), holdout weeks 40-78 (to 1998-06-30),
 * BG/NBD at the paper's estimates (Section 4; DOMAIN.md section 3). Reference values computed independently with
 * mpmath's hyp2f1 from the sample log (python, 30 digits); the group sizes and actual means are those the BTYD
 * package prints for this split.
 */
class HoldoutValidationTest {

  private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  private static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
  private static final BgNbd PAPER = BgNbd.of(0.2425945, 4.4136019, 0.7929199, 2.4258881);
  private static final HoldoutValidation VALIDATION = HoldoutValidation.withDefaults();

  /** The sample log: per customer, its purchase dates. */
  static List<List<LocalDate>> cdnowSampleDates() {
    Map<String, List<LocalDate>> byCustomer = new LinkedHashMap<>();
    try (Stream<String> lines = Files.lines(SharedData.file("cdnow", "CDNOW_sample.txt"))) {
      lines.forEach(line -> {
        String[] f = line.trim().split("\\s+");
        byCustomer.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(byCustomer.values());
  }

  static HoldoutSplit cdnowWeeks() {
    return HoldoutSplit.fromDates(PurchaseTimeUnit.WEEKS, CALIBRATION_END, HOLDOUT_END, PurchaseTimeUnit.WEEKS,
        cdnowSampleDates());
  }

  @Test
  void cdnowFrequencyGroupsMatchTheReference() {
    HoldoutSplit split = cdnowWeeks();
    assertThat(split.customers()).isEqualTo(2357);
    assertThat(split.laterCustomers()).isZero();
    assertThat(split.holdoutLength()).isEqualTo(39.0);
    PurchaseModelValidation v = VALIDATION.validate(PAPER, split);
    // customers, actual and expected holdout purchases for x = 0, 1, ..., 6, 7+ (reference: mpmath)
    int[] customers = {1411, 439, 214, 100, 62, 38, 29, 64};
    long[] actual = {334, 306, 298, 156, 157, 112, 112, 407};
    double[] expected = {317.598056838476, 229.653988842437, 223.444434707495, 152.027866520143,
        134.15965711698, 100.846150200734, 101.617248966187, 394.060392620646};
    assertThat(v.frequencyGroups()).hasSize(8);
    for (int g = 0; g < 8; g++) {
      FrequencyGroup group = v.frequencyGroups().get(g);
      assertThat(group.frequency()).isEqualTo(g);
      assertThat(group.orMore()).isEqualTo(g == 7);
      assertThat(group.customers()).as("customers of %s", g).isEqualTo(customers[g]);
      assertThat(group.actualPurchases()).as("actual of %s", g).isEqualTo(actual[g]);
      assertThat(group.expectedPurchases()).as("expected of %s", g).isCloseTo(expected[g], within(1e-8));
    }
    // the means BTYD prints as "act" for this split: 0.2367, 0.6970, 1.3925, 1.5600, 2.5323, 2.9474, 3.8621, 6.3594
    assertThat(v.frequencyGroups().get(0).meanActualPurchases().getAsDouble()).isCloseTo(0.2367, within(5e-5));
    assertThat(v.frequencyGroups().get(7).meanActualPurchases().getAsDouble()).isCloseTo(6.3594, within(5e-5));
    HoldoutErrors errors = v.holdoutErrors();
    assertThat(errors.customers()).isEqualTo(2357);
    assertThat(errors.actualTotal()).isEqualTo(1882);
    assertThat(errors.expectedTotal()).isCloseTo(1653.4077958131, within(1e-7));
    assertThat(errors.meanAbsoluteError()).isCloseTo(0.785454130094484, within(1e-11));
    assertThat(errors.rootMeanSquaredError()).isCloseTo(1.60798208637284, within(1e-11));
    assertThat(errors.totalErrorPercent().getAsDouble())
        .isCloseTo(100 * (1653.4077958131 - 1882) / 1882, within(1e-8));
  }

  @Test
  void cdnowTrackingMatchesTheReference() {
    PurchaseModelValidation v = VALIDATION.validate(PAPER, cdnowWeeks());
    List<TrackingPeriod> weeks = v.tracking();
    assertThat(weeks).hasSize(78);
    assertThat(weeks.get(0).firstDay()).isEqualTo(LocalDate.of(1997, 1, 1));
    assertThat(weeks.get(38).lastDay()).isEqualTo(CALIBRATION_END);
    assertThat(weeks.get(77).lastDay()).isEqualTo(HOLDOUT_END);
    assertThat(weeks.stream().filter(TrackingPeriod::holdout).count()).isEqualTo(39);
    assertThat(weeks.get(38).holdout()).isFalse();
    assertThat(weeks.get(39).holdout()).isTrue();
    // week: cumulative actual, weekly actual, cumulative expected, weekly expected (reference: mpmath)
    Object[][] reference = {
        {1, 0L, 0L, 3.20878742895897, 3.20878742895897},
        {12, 733L, 123L, 611.755200775215, 95.4888218297642},
        {39, 2457L, 62L, 2493.95410066742, 53.4257003420031},
        {40, 2507L, 50L, 2546.61679723446, 52.6626965670458},
        {52, 3183L, 30L, 3127.6747753685, 45.2688451492714},
        {78, 4339L, 28L, 4160.60391632314, 35.539727730606}};
    for (Object[] row : reference) {
      TrackingPeriod week = weeks.get((Integer) row[0] - 1);
      assertThat(week.cumulativeActual()).as("cumulative actual of week %s", row[0]).isEqualTo(row[1]);
      assertThat(week.actual()).as("actual of week %s", row[0]).isEqualTo(row[2]);
      assertThat(week.cumulativeExpected()).as("cumulative expected of week %s", row[0])
          .isCloseTo((Double) row[3], within(1e-7));
      assertThat(week.expected()).as("expected of week %s", row[0]).isCloseTo((Double) row[4], within(1e-7));
    }
  }

  @Test
  void totalsAddUpAcrossGroupsPeriodsAndCustomers() {
    HoldoutSplit split = cdnowWeeks();
    PurchaseModelValidation v = VALIDATION.validate(PAPER, split);
    PurchaseData data = split.calibration();
    double conditional = 0;
    double unconditionalAtCalibrationEnd = 0;
    double unconditionalAtHoldoutEnd = 0;
    long calibrationRepeats = 0;
    long holdoutPurchases = 0;
    for (int i = 0; i < split.customers(); i++) {
      conditional += PAPER.conditionalExpectedPurchases(39, data.frequency(i), data.recency(i), data.age(i));
      unconditionalAtCalibrationEnd += PAPER.expectedPurchases(data.age(i));
      unconditionalAtHoldoutEnd += PAPER.expectedPurchases(data.age(i) + 39);
      calibrationRepeats += data.frequency(i);
      holdoutPurchases += split.holdoutPurchases(i);
    }
    // grouping preserves the customers and both totals
    assertThat(v.frequencyGroups().stream().mapToInt(FrequencyGroup::customers).sum()).isEqualTo(2357);
    assertThat(v.frequencyGroups().stream().mapToLong(FrequencyGroup::actualPurchases).sum())
        .isEqualTo(holdoutPurchases).isEqualTo(v.holdoutErrors().actualTotal());
    assertThat(v.frequencyGroups().stream().mapToDouble(FrequencyGroup::expectedPurchases).sum())
        .isCloseTo(conditional, within(1e-9 * conditional));
    // the tracking's expected transactions add up to the per-customer unconditional expectations
    List<TrackingPeriod> weeks = v.tracking();
    double calibrationExpected = weeks.stream().filter(w -> !w.holdout()).mapToDouble(TrackingPeriod::expected).sum();
    double allExpected = weeks.stream().mapToDouble(TrackingPeriod::expected).sum();
    assertThat(calibrationExpected).isCloseTo(unconditionalAtCalibrationEnd, within(1e-9 * allExpected));
    assertThat(allExpected).isCloseTo(unconditionalAtHoldoutEnd, within(1e-9 * allExpected));
    assertThat(weeks.get(77).cumulativeExpected()).isCloseTo(allExpected, within(1e-9 * allExpected));
    // and its actual transactions are the calibration repeats plus the holdout purchases
    assertThat(weeks.stream().filter(w -> !w.holdout()).mapToLong(TrackingPeriod::actual).sum())
        .isEqualTo(calibrationRepeats).isEqualTo(2457);
    assertThat(weeks.get(77).cumulativeActual()).isEqualTo(calibrationRepeats + holdoutPurchases);
    for (TrackingPeriod w : weeks) {
      assertThat(w.expected()).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void cdnowSplitEqualsTheSummaryFileAndTheFitsReproduceThePaper() {
    HoldoutSplit split = cdnowWeeks();
    PurchaseModelComparison comparison = VALIDATION.fitAndCompare(split, PurchaseModelFitter.withDefaults(),
        PurchaseModelKind.BG_NBD, PurchaseModelKind.MBG_NBD, PurchaseModelKind.PARETO_NBD);
    assertThat(comparison.models()).extracting(PurchaseModelValidation::model)
        .containsExactly(PurchaseModelKind.BG_NBD, PurchaseModelKind.MBG_NBD, PurchaseModelKind.PARETO_NBD);
    assertThat(comparison.customers()).isEqualTo(2357);
    assertThat(comparison.calibrationEnd()).contains(CALIBRATION_END);
    PurchaseModelValidation bg = comparison.models().get(0);
    // DOMAIN.md section 3: BG/NBD LL -9582.429 (FHL 2005), Pareto/NBD LL -9594.976 (Fader and Hardie note 009)
    assertThat(bg.logLikelihood()).isCloseTo(-9582.429, within(5e-4));
    assertThat(bg.parameters().get("r")).isCloseTo(0.2425945, within(1e-4));
    assertThat(comparison.models().get(2).logLikelihood()).isCloseTo(-9594.976, within(5e-3));
    for (PurchaseModelValidation m : comparison.models()) {
      assertThat(m.aic()).isCloseTo(8 - 2 * m.logLikelihood(), within(1e-9));
      assertThat(m.bic()).isCloseTo(4 * Math.log(2357) - 2 * m.logLikelihood(), within(1e-9));
      assertThat(m.tracking()).hasSize(78);
    }
    // the split from dates gives the summary file's x, t_x, T (to the file's two decimals)
    List<String[]> file = SharedData.csv("cdnow", "cdnow_customers_summary.csv");
    PurchaseData data = split.calibration();
    for (int i = 0; i < file.size(); i++) {
      assertThat(data.frequency(i)).isEqualTo(Integer.parseInt(file.get(i)[1]));
      assertThat(data.recency(i)).isCloseTo(Double.parseDouble(file.get(i)[2]), within(0.005 + 1e-9));
      assertThat(data.age(i)).isCloseTo(Double.parseDouble(file.get(i)[3]), within(0.005 + 1e-9));
    }
  }

  @Test
  void summariesGiveTheSameGroupsWithoutTracking() {
    HoldoutSplit fromDates = cdnowWeeks();
    int[] holdout = new int[fromDates.customers()];
    for (int i = 0; i < holdout.length; i++) {
      holdout[i] = fromDates.holdoutPurchases(i);
    }
    HoldoutSplit fromSummaries = HoldoutSplit.of(PurchaseTimeUnit.WEEKS, fromDates.calibration(), holdout, 39);
    PurchaseModelValidation a = VALIDATION.validate(PAPER, fromDates);
    PurchaseModelValidation b = VALIDATION.validate(PAPER, fromSummaries);
    assertThat(b.frequencyGroups()).isEqualTo(a.frequencyGroups());
    assertThat(b.holdoutErrors()).isEqualTo(a.holdoutErrors());
    assertThat(b.tracking()).isEmpty();
    assertThat(fromSummaries.hasTracking()).isFalse();
    PurchaseModelComparison c = VALIDATION.compare(fromSummaries, List.of(PAPER));
    assertThat(c.calibrationEnd()).isEmpty();
    assertThat(c.holdoutLength()).isEqualTo(39);
  }

  @Test
  void smallBookByHand() {
    // A: first 2026-01-05, repeats 01-12 and 02-02 (calibration), 03-02 (holdout); B: one purchase 01-19;
    // C: first purchase in the holdout, left out. Calibration to 2026-02-15, holdout to 2026-03-15, weeks.
    List<List<LocalDate>> dates = List.of(
        List.of(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2),
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2)),
        List.of(LocalDate.of(2026, 1, 19)),
        List.of(LocalDate.of(2026, 3, 3)));
    HoldoutSplit split = HoldoutSplit.fromDates(PurchaseTimeUnit.WEEKS, LocalDate.of(2026, 2, 15),
        LocalDate.of(2026, 3, 15), PurchaseTimeUnit.MONTHS, dates);
    assertThat(split.customers()).isEqualTo(2);
    assertThat(split.laterCustomers()).isEqualTo(1);
    assertThat(split.calibration().frequency(0)).isEqualTo(2);
    assertThat(split.calibration().recency(0)).isEqualTo(4.0);
    assertThat(split.calibration().age(0)).isEqualTo(41 / 7.0);
    assertThat(split.holdoutPurchases(0)).isEqualTo(1);
    assertThat(split.holdoutPurchases(1)).isZero();
    assertThat(split.holdoutLength()).isEqualTo(4.0);
    // months from 01-05, cut at the calibration end: 01-05..02-04, 02-05..02-15, 02-16..03-04, 03-05..03-15
    assertThat(split.periods()).isEqualTo(4);
    assertThat(split.periodLastDay(0)).isEqualTo(LocalDate.of(2026, 2, 4));
    assertThat(split.periodFirstDay(1)).isEqualTo(LocalDate.of(2026, 2, 5));
    assertThat(split.periodLastDay(1)).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(split.periodFirstDay(2)).isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(split.periodLastDay(3)).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(new long[] {split.actualTransactions(0), split.actualTransactions(1), split.actualTransactions(2),
        split.actualTransactions(3)}).containsExactly(2, 0, 1, 0);
    PurchaseModelValidation v = VALIDATION.withOpenGroupFrom(2).validate(PAPER, split);
    assertThat(v.frequencyGroups()).extracting(FrequencyGroup::customers).containsExactly(1, 0, 1);
    assertThat(v.frequencyGroups().get(1).meanActualPurchases()).isEmpty();
    double eA = PAPER.conditionalExpectedPurchases(4, 2, 4, 41 / 7.0);
    double eB = PAPER.conditionalExpectedPurchases(4, 0, 0, 27 / 7.0);
    assertThat(v.holdoutErrors().meanAbsoluteError()).isCloseTo((Math.abs(eA - 1) + eB) / 2, within(1e-15));
    assertThat(v.holdoutErrors().rootMeanSquaredError())
        .isCloseTo(Math.sqrt(((eA - 1) * (eA - 1) + eB * eB) / 2), within(1e-15));
    // cumulative expectation at 02-04: A has aged 30 days, B 16 days
    assertThat(v.tracking().get(0).cumulativeExpected())
        .isCloseTo(PAPER.expectedPurchases(30 / 7.0) + PAPER.expectedPurchases(16 / 7.0), within(1e-14));
  }

  @Test
  void invalidInputIsRejectedWithItsValue() {
    LocalDate cal = LocalDate.of(2026, 2, 15);
    LocalDate end = LocalDate.of(2026, 3, 15);
    int d = (int) cal.toEpochDay();
    assertThatThrownBy(() -> HoldoutSplit.fromDays(PurchaseTimeUnit.WEEKS, cal, cal, PurchaseTimeUnit.WEEKS,
        new int[][] {{d}}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holdoutEnd must be after calibrationEnd 2026-02-15: 2026-02-15");
    assertThatThrownBy(() -> HoldoutSplit.fromDays(PurchaseTimeUnit.WEEKS, cal, end, PurchaseTimeUnit.WEEKS,
        new int[][] {{d}, {d, d}}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days[1][1] must be after the previous day 2026-02-15: 2026-02-15");
    assertThatThrownBy(() -> HoldoutSplit.fromDays(PurchaseTimeUnit.WEEKS, cal, end, PurchaseTimeUnit.WEEKS,
        new int[][] {{d, d + 40}}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days[0][1] must not be after holdoutEnd 2026-03-15: 2026-03-27");
    assertThatThrownBy(() -> HoldoutSplit.fromDays(PurchaseTimeUnit.WEEKS, cal, end, PurchaseTimeUnit.WEEKS,
        new int[][] {{d}, {}}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days[1] must hold at least one day: []");
    assertThatThrownBy(() -> HoldoutSplit.fromDays(PurchaseTimeUnit.WEEKS, cal, end, PurchaseTimeUnit.WEEKS,
        new int[][] {{d + 1}}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must hold a customer whose first purchase is on or before calibrationEnd 2026-02-15: "
            + "1 customers, none");
    assertThatThrownBy(() -> HoldoutSplit.fromDays(PurchaseTimeUnit.WEEKS, cal, end, PurchaseTimeUnit.WEEKS,
        new int[][] {{d}}, cal.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trackingStart must not be after the earliest first purchase 2026-02-15: 2026-02-16");
    PurchaseData data = PurchaseData.of(new int[] {1, 0}, new double[] {1, 0}, new double[] {2, 2},
        new double[] {1, 2});
    assertThatThrownBy(() -> HoldoutSplit.of(PurchaseTimeUnit.WEEKS, data, new int[] {0, 0}, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("calibration.weight[1] must be 1 (one customer per row): 2.0");
    PurchaseData single = PurchaseData.of(new int[] {1, 0}, new double[] {1, 0}, new double[] {2, 2});
    assertThatThrownBy(() -> HoldoutSplit.of(PurchaseTimeUnit.WEEKS, single, new int[] {0, -1}, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holdoutPurchases[1] must be >= 0: -1");
    assertThatThrownBy(() -> HoldoutSplit.of(PurchaseTimeUnit.WEEKS, single, new int[] {0, 0}, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holdoutLength must be finite and > 0: NaN");
    assertThatThrownBy(() -> VALIDATION.withOpenGroupFrom(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency must be >= 1: 0");
    HoldoutSplit split = HoldoutSplit.of(PurchaseTimeUnit.WEEKS, single, new int[] {0, 0}, 4);
    assertThatThrownBy(() -> VALIDATION.compare(split, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("models must not be empty");
    assertThatThrownBy(() -> VALIDATION.fitAndCompare(split, PurchaseModelFitter.withDefaults(),
        PurchaseModelKind.GAMMA_GAMMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kinds must be BG_NBD, MBG_NBD or PARETO_NBD: GAMMA_GAMMA");
  }
}
