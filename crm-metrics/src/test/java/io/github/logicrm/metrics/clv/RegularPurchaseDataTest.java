package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseTimeUnit;
import io.github.logicrm.core.clv.RegularityChoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RegularPurchaseDataTest {

  private static final LocalDate END = LocalDate.of(2026, 3, 31);

  @Test
  void theSummarizerAddsTheLogarithmsOfTheGapsBetweenTransactions() {
    RegularPurchaseData data = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, END).create()
        .add("A", LocalDate.of(2026, 1, 1), 10)
        .add("B", LocalDate.of(2026, 1, 2), 10)
        .add("A", LocalDate.of(2026, 1, 8), 10)
        .add("A", LocalDate.of(2026, 1, 8), 5) // the same day: one transaction
        .add("A", LocalDate.of(2026, 1, 15), 10)
        .add("A", LocalDate.of(2026, 1, 29), 10)
        .add("A", LocalDate.of(2026, 4, 5), 10) // after the calibration end
        .regularData();
    // gaps of 7, 7 and 14 days: 1, 1 and 2 weeks
    assertThat(data.purchases().frequency(0)).isEqualTo(3);
    // ln 7 + ln 7 + ln 14 - 3 ln 7 in doubles: four rounded logarithms, a few units in the last place
    assertThat(data.litt(0)).isCloseTo(Math.log(2), within(4 * Math.ulp(Math.log(14))));
    assertThat(data.litt(1)).isZero();
  }

  @Test
  void splitAndMergedLogsGiveTheLittOfOnePass() {
    SplittableRandom random = new SplittableRandom(20161128);
    PurchaseLogSummarizer summarizer = PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, END);
    List<Object[]> log = new ArrayList<>();
    LocalDate[] clock = new LocalDate[40];
    for (int i = 0; i < 600; i++) {
      int c = random.nextInt(clock.length);
      clock[c] = clock[c] == null ? END.minusDays(200 + random.nextInt(100)) : clock[c].plusDays(random.nextInt(12));
      log.add(new Object[] {"C" + c, clock[c]});
    }
    RegularPurchaseData onePass = add(summarizer.create(), log, 0, log.size()).regularData();
    for (int trial = 0; trial < 20; trial++) {
      int cut = random.nextInt(log.size() + 1);
      RegularPurchaseData merged = add(summarizer.create(), log, 0, cut)
          .merge(add(summarizer.create(), log, cut, log.size())).regularData();
      for (int i = 0; i < onePass.size(); i++) {
        assertThat(merged.litt(i)).as("trial %d row %d", trial, i).isEqualTo(onePass.litt(i));
      }
    }
  }

  private static PurchaseLogSummarizer.Accumulator add(PurchaseLogSummarizer.Accumulator acc, List<Object[]> log,
      int from, int to) {
    for (Object[] row : log.subList(from, to)) {
      acc.add((String) row[0], (LocalDate) row[1], 1);
    }
    return acc;
  }

  @Test
  void rejectsLittThatBreaksItsRules() {
    PurchaseData data = PurchaseData.of(new int[] {0, 2}, new double[] {0, 4}, new double[] {5, 5});
    assertThatThrownBy(() -> RegularPurchaseData.of(data, new double[] {0}))
        .hasMessage("litt length must equal data size 2: 1");
    assertThatThrownBy(() -> RegularPurchaseData.of(data, new double[] {0.5, 0}))
        .hasMessage("litt[0] must be 0 when frequency is 0: 0.5");
    assertThatThrownBy(() -> RegularPurchaseData.of(data, new double[] {0, Double.NaN}))
        .hasMessage("litt[1] must be finite: NaN");
    // gaps summing to 4 weeks over 2 purchases: ln 2 + ln 2 at most; litt in days would be far above
    assertThatThrownBy(() -> RegularPurchaseData.of(data, new double[] {0, 2 * Math.log(14)}))
        .hasMessage("litt[1] must be <= frequency 2 x ln(recency 4.0 / frequency) = 1.3862943611198906: "
            + 2 * Math.log(14));
    assertThat(RegularPurchaseData.of(data, new double[] {0, 2 * Math.log(2)}).litt(1)).isEqualTo(2 * Math.log(2));
    assertThatThrownBy(() -> RegularPurchaseData.of(data, new double[] {0, 0}).litt(2))
        .hasMessage("row must be in [0, size 2): 2");
  }

  /** The CDNOW 1/10 sample (2,357 customers, 39 weeks), summarized from its purchase log with its litt. */
  static RegularPurchaseData cdnowSample() {
    Path file = SharedData.file("cdnow", "CDNOW_sample.txt");
    Assumptions.assumeTrue(Files.isRegularFile(file), "shared data not available");
    PurchaseLogSummarizer.Accumulator acc =
        PurchaseLogSummarizer.of(PurchaseTimeUnit.WEEKS, LocalDate.of(1997, 9, 30)).create();
    try (Stream<String> lines = Files.lines(file)) {
      lines.forEach(line -> {
        String[] f = line.trim().split("\\s+");
        acc.add(f[1], LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE), Double.parseDouble(f[4]));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return acc.regularData();
  }

  /**
   * CDNOW's buyers are not regular: the likelihood falls with every k above 1, so k = 1 is chosen, and that fit is
   * BG/NBD's (DOMAIN.md: r 0.2425945, alpha 4.4136019, a 0.7929199, b 2.4258881, LL -9582.429), from the
   * summaries the summarizer makes of the sample's purchase log. No published CDNOW estimate of BG/CNBD-k or
   * MBG/CNBD-k was found to compare the other fits with.
   */
  @Test
  void cdnowIsIrregularSoKOneIsChosen() {
    RegularPurchaseData data = cdnowSample();
    assertThat(data.size()).isEqualTo(2357);
    RegularPurchaseFitter fitter = RegularPurchaseFitter.withDefaults();
    for (RegularityChoice choice : List.of(fitter.chooseBgCnbd(data, 4), fitter.chooseMbgCnbd(data, 4))) {
      assertThat(choice.k()).as("%s", choice.model()).isEqualTo(1);
      for (int k = 1; k < 4; k++) {
        assertThat(choice.fits().get(k).logLikelihood()).isLessThan(choice.fits().get(k - 1).logLikelihood() - 200);
      }
    }
    PurchaseModelFit bg = fitter.fitBgCnbd(data, 1);
    assertThat(bg.parameter("r")).isCloseTo(0.2425945, within(5e-7));
    assertThat(bg.parameter("alpha")).isCloseTo(4.4136019, within(5e-6));
    assertThat(bg.parameter("a")).isCloseTo(0.7929199, within(5e-6));
    assertThat(bg.parameter("b")).isCloseTo(2.4258881, within(5e-5));
    assertThat(bg.logLikelihood()).isCloseTo(-9582.429, within(5e-4));
  }
}
