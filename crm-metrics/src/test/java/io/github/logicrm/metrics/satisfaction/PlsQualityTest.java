package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.ConstructQuality;
import io.github.logicrm.core.satisfaction.CriterionVerdict;
import io.github.logicrm.core.satisfaction.HtmtPair;
import io.github.logicrm.core.satisfaction.HtmtVerdict;
import io.github.logicrm.core.satisfaction.MeasurementQuality;
import io.github.logicrm.core.satisfaction.OuterMode;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PathQuality;
import io.github.logicrm.core.satisfaction.QualityCriterion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality criteria of DOMAIN.md section 9 on the ECSI mobile phone data.
 *
 * <p>Reference: an independent numpy implementation (crm-metrics/src/test/reference/pls_reference.py, run once)
 * that iterates PLS on the data matrix to a 1e-14 fixed point and computes each figure the direct way: rho_A from
 * its matrix formula, HTMT from the item correlation matrix, correlations of items with per-respondent scores,
 * every VIF as 1 / (1 - R2) of an OLS regression on the data, and f2 from two OLS regressions of the scores (with
 * and without the driver).
 */
class PlsQualityTest {

  /** Converges to the fixed point, as the reference does, so both sides compute the same thing. */
  private static final PlsQuality TIGHT = PlsQuality.withDefaults()
      .withEstimator(PlsPathModeling.withDefaults().withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-13));

  /** Per construct: name, rho_A, AVE, largest absolute score correlation. */
  private static final Object[][] CONSTRUCTS = {
      {"Image", 0.739516461402, 0.478348117741, 0.748928996542},
      {"Expectations", 0.461687892869, 0.480328551605, 0.557247856077},
      {"Quality", 0.884256066036, 0.576659457298, 0.794691249912},
      {"Value", 0.848785230942, 0.848758657229, 0.606087492043},
      {"Satisfaction", 0.785071927922, 0.693408313722, 0.794691249912},
      {"Complaints", 1.000000000000, 1.000000000000, 0.531532747884},
      {"Loyalty", 0.745621656440, 0.516953412660, 0.656275202418}};
  /** HTMT per pair, in block order. */
  private static final double[] HTMT = {
      0.888030427509, 0.928706389462, 0.651659392488, 0.910100923783, 0.544731346013,
      0.866996598027, 0.878336874197, 0.588628982316, 0.865108193553, 0.382952274670,
      0.770414260503, 0.673251989369, 0.953636011933, 0.563896440794, 0.723468137163,
      0.740808927759, 0.386767333402, 0.797316589256, 0.588173233506, 0.956645674591,
      0.561258539824};
  /** Per item: name, indicator VIF, then its correlation with each block's scores in block order. */
  private static final Object[][] ITEMS = {
      {"IMAG1", 1.468400741579, new double[] {
          0.743369951781, 0.350123971188, 0.571156923738, 0.396458250193,
          0.548548598147, 0.422907347988, 0.354407552785}},
      {"IMAG2", 1.225118967243, new double[] {
          0.600729639583, 0.380412049870, 0.497029722932, 0.274388710811,
          0.418366072091, 0.188113784062, 0.303850592251}},
      {"IMAG3", 1.258765155009, new double[] {
          0.577617362369, 0.284306987674, 0.367615968535, 0.338242861893,
          0.331352381513, 0.206553085466, 0.308486991920}},
      {"IMAG4", 1.510403401511, new double[] {
          0.768362373272, 0.370087026215, 0.573393150586, 0.475183051073,
          0.548039400725, 0.440117419588, 0.459748639758}},
      {"IMAG5", 1.403144789767, new double[] {
          0.744475016135, 0.359140577294, 0.552318520694, 0.270579830037,
          0.513634154516, 0.336969424766, 0.492903125226}},
      {"CUEX1", 1.160772004503, new double[] {
          0.352208713343, 0.771492261436, 0.436030081499, 0.294253808112,
          0.371855122175, 0.183084643358, 0.270555450423}},
      {"CUEX2", 1.120604198385, new double[] {
          0.408492825637, 0.686625951899, 0.348254658260, 0.179435881906,
          0.365852615470, 0.224547479683, 0.320928974401}},
      {"CUEX3", 1.049616240167, new double[] {
          0.287533200182, 0.611825258991, 0.369583206752, 0.274428505033,
          0.319944533192, 0.125791786790, 0.195753151504}},
      {"PERQ1", 2.027099380220, new double[] {
          0.634469555976, 0.513598109443, 0.803339999235, 0.468718110767,
          0.680289155908, 0.380053246220, 0.476025141116}},
      {"PERQ2", 1.490938842773, new double[] {
          0.430243265992, 0.319306208998, 0.637391200153, 0.307138110579,
          0.490027168295, 0.300387478087, 0.342185847346}},
      {"PERQ3", 2.104753230666, new double[] {
          0.627537178858, 0.434283099838, 0.783535067860, 0.473251366667,
          0.644517047450, 0.472133776637, 0.473371816974}},
      {"PERQ4", 2.012592049746, new double[] {
          0.496115440444, 0.390834378923, 0.769115944658, 0.394598851578,
          0.600678973538, 0.378953608335, 0.367589317875}},
      {"PERQ5", 1.822787971185, new double[] {
          0.608552825898, 0.419250785937, 0.755773716085, 0.464377635027,
          0.523675230355, 0.389048645942, 0.376989438015}},
      {"PERQ6", 2.002896515696, new double[] {
          0.567841585843, 0.445210685360, 0.775158005930, 0.410400966111,
          0.549078686243, 0.418012355955, 0.342798120259}},
      {"PERQ7", 2.006180392846, new double[] {
          0.585842667369, 0.416603574216, 0.779399205613, 0.553216147428,
          0.698367616139, 0.465440019966, 0.451674619402}},
      {"PERV1", 1.961582540477, new double[] {
          0.394593533941, 0.311501291147, 0.473623387303, 0.904344649406,
          0.486363617367, 0.287416868848, 0.430966954268}},
      {"PERV2", 1.961582540477, new double[] {
          0.529540006790, 0.351244524452, 0.594584928263, 0.937911546762,
          0.618641053581, 0.359837182262, 0.535748222290}},
      {"CUSA1", 1.505004170084, new double[] {
          0.577246417312, 0.492025647968, 0.642046910685, 0.410810161968,
          0.799025895875, 0.333814646531, 0.503909695619}},
      {"CUSA2", 1.761977231915, new double[] {
          0.523166082303, 0.397650964619, 0.669523033399, 0.490965881798,
          0.846210706811, 0.415981414069, 0.496938537126}},
      {"CUSA3", 1.644462802151, new double[] {
          0.624282919915, 0.390615469637, 0.673496865816, 0.598103796643,
          0.851886141786, 0.547460003999, 0.627108603302}},
      {"CUSCO", 1.000000000000, new double[] {
          0.474615592256, 0.257417736500, 0.531532747884, 0.354731141608,
          0.526097307138, 1.000000000000, 0.418307922944}},
      {"CUSL1", 1.415440196271, new double[] {
          0.434219260472, 0.294075885647, 0.393968538066, 0.412539257239,
          0.455251535669, 0.237341606268, 0.813810914746}},
      {"CUSL2", 1.010489489320, new double[] {
          0.099815703906, 0.092605960872, 0.062751706187, 0.138994212371,
          0.106680257851, 0.122041190756, 0.219142423270}},
      {"CUSL3", 1.427051907387, new double[] {
          0.538844699193, 0.356497324038, 0.533504229359, 0.493619628755,
          0.662926266711, 0.447873459702, 0.916814393072}}};
  /** Per path, in model order: inner VIF, f2. */
  private static final double[][] PATHS = {
      {1.000000000000, 0.341791596903}, // Image -> Expectations
      {2.372311358255, 0.042165539471}, // Image -> Satisfaction
      {1.986566518800, 0.035399397831}, // Image -> Loyalty
      {1.000000000000, 0.450379275629}, // Expectations -> Quality
      {1.450379275629, 0.002713520288}, // Expectations -> Value
      {1.489424922648, 0.008716186087}, // Expectations -> Satisfaction
      {1.450379275629, 0.326638230723}, // Quality -> Value
      {2.844313682054, 0.288880750650}, // Quality -> Satisfaction
      {1.549354534710, 0.074276086880}, // Value -> Satisfaction
      {1.000000000000, 0.382702020534}, // Satisfaction -> Complaints
      {2.128078826151, 0.202389907802}, // Satisfaction -> Loyalty
      {1.428816423411, 0.006543466588}}; // Complaints -> Loyalty

  @Test
  void mobilePhoneFiguresMatchTheIndependentComputation() {
    EcsiData data = EcsiData.mobi();
    MeasurementQuality quality = TIGHT.assess(EcsiData.mobiModel(), data.columns, data.rows);
    for (int j = 0; j < CONSTRUCTS.length; j++) {
      ConstructQuality c = quality.constructs().get(j);
      assertThat(c.name()).isEqualTo(CONSTRUCTS[j][0]);
      assertThat(c.mode()).isEqualTo(OuterMode.A);
      assertThat(c.rhoA()).as(c.name()).isCloseTo((double) CONSTRUCTS[j][1], within(1e-6));
      assertThat(c.ave()).as(c.name()).isCloseTo((double) CONSTRUCTS[j][2], within(1e-6));
      assertThat(c.largestCorrelation()).as(c.name()).isCloseTo((double) CONSTRUCTS[j][3], within(1e-6));
    }
    assertThat(quality.htmt()).hasSize(HTMT.length);
    for (int k = 0; k < HTMT.length; k++) {
      HtmtPair pair = quality.htmt().get(k);
      assertThat(pair.htmt()).as(pair.first() + "/" + pair.second()).isCloseTo(HTMT[k], within(1e-6));
      assertThat(pair.verdict()).isEqualTo(HtmtVerdict.of(HTMT[k]));
      assertThat(pair.lower()).isEmpty();
    }
    List<String> blocks = quality.constructs().stream().map(ConstructQuality::name).toList();
    for (Object[] item : ITEMS) {
      String name = (String) item[0];
      assertThat(quality.indicatorVif().get(name)).as(name).isCloseTo((double) item[1], within(1e-6));
      Map<String, Double> row = quality.crossLoadings().get(name);
      assertThat(row.keySet()).containsExactlyElementsOf(blocks);
      double[] expected = (double[]) item[2];
      for (int j = 0; j < expected.length; j++) {
        assertThat(row.get(blocks.get(j))).as(name + " on " + blocks.get(j)).isCloseTo(expected[j], within(1e-6));
      }
    }
    for (int k = 0; k < PATHS.length; k++) {
      PathQuality path = quality.paths().get(k);
      assertThat(path.innerVif()).as(path.from() + " -> " + path.to()).isCloseTo(PATHS[k][0], within(1e-6));
      assertThat(path.fSquared()).as(path.from() + " -> " + path.to()).isCloseTo(PATHS[k][1], within(1e-6));
    }
    assertThat(quality.resamples()).isZero();
    assertThat(quality.seed()).isEmpty();
  }

  @Test
  void verdictsNameEveryFailureWithItsFigure() {
    EcsiData data = EcsiData.mobi();
    MeasurementQuality quality = PlsQuality.withDefaults().assess(EcsiData.mobiModel(), data.columns, data.rows);
    assertThat(quality.verdicts()).extracting(CriterionVerdict::criterion)
        .containsExactly(QualityCriterion.values());
    CriterionVerdict htmt = quality.verdict(QualityCriterion.HTMT_090).orElseThrow();
    assertThat(htmt.met()).isFalse();
    assertThat(htmt.rule()).isEqualTo("HTMT < 0.90 for every pair of mode A blocks");
    assertThat(htmt.failures()).containsExactly("Image / Quality: HTMT 0.929", "Image / Satisfaction: HTMT 0.910",
        "Quality / Satisfaction: HTMT 0.954", "Satisfaction / Loyalty: HTMT 0.957");
    assertThat(quality.verdict(QualityCriterion.HTMT_085).orElseThrow().failures()).hasSize(8);
    assertThat(quality.verdict(QualityCriterion.CONVERGENT_VALIDITY).orElseThrow().failures())
        .containsExactly("Image: AVE 0.478", "Expectations: AVE 0.480");
    assertThat(quality.verdict(QualityCriterion.INTERNAL_CONSISTENCY).orElseThrow().failures())
        .containsExactly("Expectations: rho_A 0.462, rho_c 0.733");
    assertThat(quality.verdict(QualityCriterion.FORNELL_LARCKER).orElseThrow().failures())
        .containsExactly("Image: sqrt(AVE) 0.692 <= |r| 0.749 with Quality",
            "Image: sqrt(AVE) 0.692 <= |r| 0.693 with Satisfaction",
            "Quality: sqrt(AVE) 0.759 <= |r| 0.795 with Satisfaction");
    assertThat(quality.verdict(QualityCriterion.INNER_COLLINEARITY).orElseThrow().met()).isTrue();
    CriterionVerdict formative = quality.verdict(QualityCriterion.INDICATOR_COLLINEARITY).orElseThrow();
    assertThat(formative.met()).isTrue();
    assertThat(formative.failures()).isEmpty();
  }

  @Test
  void bootstrapIntervalsAreReproducibleSerialEqualsParallelAndBracketTheEstimate() {
    EcsiData data = EcsiData.mobi();
    PlsQuality boot = PlsQuality.withDefaults().withBootstrap(200, 17);
    MeasurementQuality parallel = boot.assess(EcsiData.mobiModel(), data.columns, data.rows);
    MeasurementQuality serial = boot.withParallel(false).assess(EcsiData.mobiModel(), data.columns, data.rows);
    assertThat(serial).isEqualTo(parallel);
    assertThat(parallel.resamples()).isEqualTo(200);
    assertThat(parallel.failedResamples()).isZero();
    assertThat(parallel.seed()).hasValue(17);
    for (HtmtPair pair : parallel.htmt()) {
      assertThat(pair.lower().getAsDouble()).isLessThan(pair.htmt());
      assertThat(pair.upper().getAsDouble()).isGreaterThan(pair.htmt());
    }
    MeasurementQuality other = PlsQuality.withDefaults().withBootstrap(200, 18)
        .assess(EcsiData.mobiModel(), data.columns, data.rows);
    assertThat(other.htmt().get(0).upper()).isNotEqualTo(parallel.htmt().get(0).upper());
    assertThat(other.htmt().get(0).htmt()).isEqualTo(parallel.htmt().get(0).htmt());
  }

  @Test
  void oneResampleGivesTheHtmtOfThatResampleAsBothBounds() {
    // the resample spelled out as rows, assessed directly, against its bootstrap form built from counts
    EcsiData data = EcsiData.mobi();
    int[] counts = new int[data.rows.length];
    PlsBootstrap.drawCounts(5, 0, counts);
    double[][] rows = new double[data.rows.length][];
    for (int t = 0, k = 0; t < counts.length; t++) {
      for (int c = 0; c < counts[t]; c++) {
        rows[k++] = data.rows[t];
      }
    }
    MeasurementQuality direct = PlsQuality.withDefaults().assess(EcsiData.mobiModel(), data.columns, rows);
    MeasurementQuality boot = PlsQuality.withDefaults().withBootstrap(1, 5)
        .assess(EcsiData.mobiModel(), data.columns, data.rows);
    for (int k = 0; k < direct.htmt().size(); k++) {
      assertThat(boot.htmt().get(k).lower().getAsDouble()).isCloseTo(direct.htmt().get(k).htmt(), within(1e-12));
      assertThat(boot.htmt().get(k).upper().getAsDouble()).isCloseTo(direct.htmt().get(k).htmt(), within(1e-12));
    }
  }

  @Test
  void formativeBlocksAreLeftOutOfTheReflectiveCriteriaAndCheckedForCollinearity() {
    EcsiData data = EcsiData.mobi();
    PathModel model = EcsiData.mobiModel().withMode(CsiModels.QUALITY, OuterMode.B);
    MeasurementQuality quality = PlsQuality.withDefaults().assess(model, data.columns, data.rows);
    assertThat(quality.htmt()).hasSize(15).noneMatch(p -> p.first().equals(CsiModels.QUALITY)
        || p.second().equals(CsiModels.QUALITY));
    assertThat(quality.constructs().get(2).mode()).isEqualTo(OuterMode.B);
    assertThat(quality.verdict(QualityCriterion.INDICATOR_COLLINEARITY).orElseThrow().met()).isTrue();
    assertThat(quality.indicatorVif().get("PERQ3")).isCloseTo(2.104753230666, within(1e-9)); // data only
    assertThat(quality.verdict(QualityCriterion.FORNELL_LARCKER).orElseThrow().failures())
        .noneMatch(f -> f.startsWith(CsiModels.QUALITY + ":"));
  }

  @Test
  void singleItemBlockHasRhoAAndVifOneAndIsLeftOutOfReliability() {
    EcsiData data = EcsiData.mobi();
    MeasurementQuality quality = PlsQuality.withDefaults().assess(EcsiData.mobiModel(), data.columns, data.rows);
    assertThat(quality.constructs().get(5).rhoA()).isEqualTo(1);
    assertThat(quality.indicatorVif().get("CUSCO")).isEqualTo(1);
    assertThat(quality.verdict(QualityCriterion.CONVERGENT_VALIDITY).orElseThrow().rule())
        .isEqualTo("AVE >= 0.50, mode A blocks with two or more items");
    assertThat(quality.verdict(QualityCriterion.CROSS_LOADINGS).orElseThrow().failures())
        .noneMatch(f -> f.startsWith("CUSCO"));
  }

  @Test
  void badSettingsAndNonConvergenceAreRejected() {
    assertThatThrownBy(() -> PlsQuality.withDefaults().withBootstrap(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resamples must be > 0: 0");
    assertThatThrownBy(() -> PlsQuality.withDefaults().withLevel(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be in (0, 1): 1.0");
    EcsiData data = EcsiData.mobi();
    PlsQuality oneStep = PlsQuality.withDefaults().withEstimator(PlsPathModeling.withDefaults().withMaxIterations(1));
    assertThatThrownBy(() -> oneStep.assess(EcsiData.mobiModel(), data.columns, data.rows))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PLS estimation did not converge in 1 iterations; the quality criteria are not computed");
  }

  @Test
  void resultTypesRejectInconsistentVerdicts() {
    assertThatThrownBy(() -> HtmtPair.builder().first("A").second("B").htmt(0.87).verdict(HtmtVerdict.DISTINCT)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("htmt[A, B].verdict must be DISTINCT_AT_090 for HTMT 0.87: DISTINCT");
    assertThatThrownBy(() -> CriterionVerdict.builder().criterion(QualityCriterion.HTMT_085).rule("HTMT < 0.85")
        .addFailures("A / B: HTMT 0.870").met(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HTMT_085.met must be false with failures [A / B: HTMT 0.870]: true");
    assertThat(PathQuality.builder().from("A").to("B").innerVif(1).fSquared(0.2).build().effectSize())
        .isEqualTo("medium");
  }
}
