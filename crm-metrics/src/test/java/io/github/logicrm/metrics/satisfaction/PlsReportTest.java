package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.satisfaction.PlsSummary;
import org.junit.jupiter.api.Test;

/** The summary report: the parts equal their calculators' results, and the text shows every table. */
class PlsReportTest {

  @Test
  void reportEqualsItsPartsAndPrintsEveryTable() {
    EcsiData data = EcsiData.mobi();
    PlsReport report = PlsReport.withDefaults().withResampling(100, 5, 2, 9);
    PlsSummary summary = report.summary(EcsiData.mobiModel(), data.columns, data.rows);
    PlsPathModeling pls = PlsPathModeling.withDefaults();
    assertThat(summary.estimate()).isEqualTo(pls.estimate(EcsiData.mobiModel(), data.columns, data.rows));
    assertThat(summary.bootstrap()).isEqualTo(PlsBootstrap.of(pls, 100, 9)
        .run(EcsiData.mobiModel(), data.columns, data.rows));
    assertThat(summary.quality()).isEqualTo(PlsQuality.withDefaults().withBootstrap(100, 9)
        .assess(EcsiData.mobiModel(), data.columns, data.rows));
    assertThat(summary.consistent()).isEqualTo(Plsc.withDefaults()
        .estimate(EcsiData.mobiModel(), data.columns, data.rows));
    assertThat(summary.prediction()).isEqualTo(PlsPredict.withDefaults().withFolds(5, 2, 9)
        .assess(EcsiData.mobiModel(), data.columns, data.rows));
    String text = summary.toText();
    assertThat(text).contains("PLS path model: CONVERGED", "\nPaths\n", "\nConstructs\n", "\nItems\n",
        "\nHTMT\n", "\nConsistent PLS\nINADMISSIBLE: corrected construct correlation matrix",
        "\nPLSpredict\n5 folds x 2 repetitions, seed 9", "\nVerdicts\n", "HTMT_090               NOT met",
        "Satisfaction -> Loyalty", "CUSL2");
    // one line per path, per construct and per item
    assertThat(text.lines().filter(l -> l.startsWith("Image -> ")).count()).isEqualTo(3);
    assertThat(text.lines().filter(l -> l.startsWith("PERQ")).count()).isEqualTo(7 + 7);
  }

  @Test
  void badSettingsAreRejected() {
    assertThatThrownBy(() -> PlsReport.withDefaults().withResampling(100, 1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("folds must be >= 2: 1");
  }
}
