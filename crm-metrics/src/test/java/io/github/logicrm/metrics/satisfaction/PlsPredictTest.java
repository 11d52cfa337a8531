package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.IndicatorPrediction;
import io.github.logicrm.core.satisfaction.PredictionAssessment;
import io.github.logicrm.core.satisfaction.PredictivePower;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PLSpredict and blindfolding Q2 (DOMAIN.md section 9; Shmueli et al. 2016 and 2019).
 *
 * <p>Reference: an independent numpy implementation (crm-metrics/src/test/reference/pls_reference.py, run once)
 * with the same two fold assignments (respondent t in fold t mod 10, then in fold (t div 25) mod 10): PLS on each
 * training set by iteration on the data matrix, predictions through the total effects (I - B)^-1 - I, the
 * benchmark by numpy.linalg.lstsq, predictions averaged over the two splits; blindfolding with D = 7 by omitting,
 * mean-replacing and re-estimating on the data.
 */
class PlsPredictTest {

  private static final PlsPredict TIGHT = PlsPredict.withDefaults()
      .withEstimator(PlsPathModeling.withDefaults().withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-13));

  /** Per endogenous item: name, Q2_predict, RMSE, MAE, LM RMSE, LM MAE. */
  private static final Object[][] MOBI_PREDICT = {
      {"CUEX1", 0.109367275647, 1.533142561412, 1.155454427236, 1.568039228866, 1.199129403760},
      {"CUEX2", 0.154626284798, 1.654488484793, 1.218493002642, 1.680104267708, 1.232568761958},
      {"CUEX3", 0.074156358072, 2.033890017229, 1.587563356306, 2.055338818887, 1.565631290399},
      {"PERQ1", 0.231096796237, 1.248656218220, 0.937945130029, 1.137762018494, 0.835300959016},
      {"PERQ2", 0.119768006809, 1.780860552910, 1.360915056875, 1.552723501831, 1.163154887812},
      {"PERQ3", 0.225990063763, 1.603696353247, 1.227729482274, 1.451676668033, 1.036190161546},
      {"PERQ4", 0.163359713883, 1.511700104251, 1.078314837334, 1.491172570301, 1.007334326586},
      {"PERQ5", 0.212099519957, 1.292890314309, 0.982386765563, 1.175777031439, 0.881709807795},
      {"PERQ6", 0.198856762698, 1.463995749991, 1.069638521640, 1.361568516139, 0.947370184555},
      {"PERQ7", 0.207287583551, 1.647346445832, 1.230437182407, 1.527158647004, 1.074503738480},
      {"PERV1", 0.102727111193, 2.070310692387, 1.641722719450, 2.029006738635, 1.520037340557},
      {"PERV2", 0.150403314115, 1.701565962789, 1.264312261617, 1.579553067271, 1.179125446171},
      {"CUSA1", 0.257635682459, 1.064589487392, 0.803322103571, 1.026113209878, 0.778701344793},
      {"CUSA2", 0.229698694623, 1.553985303377, 1.188355499721, 1.552627353582, 1.176136080772},
      {"CUSA3", 0.301957706833, 1.462229953259, 1.071430038595, 1.396458811029, 1.008064029639},
      {"CUSCO", 0.152629999261, 2.099933127828, 1.603978678742, 1.993291253522, 1.503081185065},
      {"CUSL1", 0.166421121892, 2.435793122585, 1.874663867308, 2.415237334889, 1.804406785304},
      {"CUSL2", 0.002128710844, 2.847971126084, 2.403182729904, 2.862374993389, 2.396521363187},
      {"CUSL3", 0.250694382099, 1.929205826409, 1.462361274909, 1.930033230743, 1.412413385705}};
  private static final Map<String, Double> MOBI_BLINDFOLDING = Map.of(
      "Expectations", 0.114571783840,
      "Quality", 0.169098576215,
      "Value", 0.276899623074,
      "Satisfaction", 0.449102053260,
      "Complaints", 0.260405059202,
      "Loyalty", 0.213514952058);

  private static int[][] referenceFolds(int n) {
    int[][] folds = new int[2][n];
    for (int t = 0; t < n; t++) {
      folds[0][t] = t % 10;
      folds[1][t] = (t / 25) % 10;
    }
    return folds;
  }

  @Test
  void mobilePhonePredictionsAndBlindfoldingMatchTheIndependentComputation() {
    EcsiData data = EcsiData.mobi();
    ModelData model = ModelData.fromRows(EcsiData.mobiModel(), data.columns, data.rows, MissingAnswers.REJECT);
    PredictionAssessment assessment = TIGHT.assess(model, referenceFolds(data.rows.length));
    assertThat(assessment.folds()).isEqualTo(10);
    assertThat(assessment.repetitions()).isEqualTo(2);
    assertThat(assessment.indicators()).hasSize(MOBI_PREDICT.length);
    for (int e = 0; e < MOBI_PREDICT.length; e++) {
      IndicatorPrediction p = assessment.indicators().get(e);
      Object[] expected = MOBI_PREDICT[e];
      assertThat(p.item()).isEqualTo(expected[0]);
      assertThat(p.q2Predict()).as(p.item()).isCloseTo((double) expected[1], within(1e-6));
      assertThat(p.rmse()).as(p.item()).isCloseTo((double) expected[2], within(1e-6));
      assertThat(p.mae()).as(p.item()).isCloseTo((double) expected[3], within(1e-6));
      assertThat(p.lmRmse()).as(p.item()).isCloseTo((double) expected[4], within(1e-6));
      assertThat(p.lmMae()).as(p.item()).isCloseTo((double) expected[5], within(1e-6));
    }
    assertThat(assessment.indicator("CUEX1").orElseThrow().construct()).isEqualTo(CsiModels.EXPECTATIONS);
    // PLS beats the benchmark on CUEX1-3, CUSL2 and CUSL3 only: a minority
    assertThat(assessment.indicators().stream().filter(IndicatorPrediction::beatsLinearModel).count()).isEqualTo(5);
    assertThat(assessment.predictivePower()).isEqualTo(PredictivePower.LOW);
    assertThat(assessment.omissionDistance()).isEqualTo(7);
    assertThat(assessment.blindfoldingQ2()).hasSize(MOBI_BLINDFOLDING.size());
    MOBI_BLINDFOLDING.forEach((block, q2) ->
        assertThat(assessment.blindfoldingQ2().get(block)).as(block).isCloseTo(q2, within(1e-6)));
  }

  @Test
  void randomSplitsAreReproducibleFromTheSeedAndSerialEqualsParallel() {
    EcsiData data = EcsiData.mobi();
    PlsPredict predict = PlsPredict.withDefaults().withFolds(5, 3, 99);
    PredictionAssessment parallel = predict.assess(EcsiData.mobiModel(), data.columns, data.rows);
    PredictionAssessment serial = predict.withParallel(false).assess(EcsiData.mobiModel(), data.columns, data.rows);
    assertThat(serial).isEqualTo(parallel);
    assertThat(parallel.seed()).isEqualTo(99);
    assertThat(parallel.folds()).isEqualTo(5);
    PredictionAssessment other = PlsPredict.withDefaults().withFolds(5, 3, 100)
        .assess(EcsiData.mobiModel(), data.columns, data.rows);
    assertThat(other.indicators().get(0).rmse()).isNotEqualTo(parallel.indicators().get(0).rmse());
    assertThat(other.blindfoldingQ2()).isEqualTo(parallel.blindfoldingQ2()); // blindfolding draws nothing
  }

  @Test
  void badDesignsAreRejected() {
    assertThatThrownBy(() -> PlsPredict.withDefaults().withFolds(1, 10, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("folds must be >= 2: 1");
    assertThatThrownBy(() -> PlsPredict.withDefaults().withFolds(10, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("repetitions must be > 0: 0");
    assertThatThrownBy(() -> PlsPredict.withDefaults().withOmissionDistance(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("omissionDistance must be >= 2: 1");
    EcsiData data = EcsiData.mobi();
    assertThatThrownBy(() -> PlsPredict.withDefaults().withFolds(251, 1, 0)
        .assess(EcsiData.mobiModel(), data.columns, data.rows))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("folds must be <= respondents 250: 251");
    assertThatThrownBy(() -> IndicatorPrediction.builder().item("x").construct("X").q2Predict(Double.NaN).rmse(1)
        .mae(1).lmRmse(1).lmMae(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x.q2Predict must be <= 1.0: NaN");
  }
}
