package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.CompositeInvariance;
import io.github.logicrm.core.satisfaction.GroupComparison;
import io.github.logicrm.core.satisfaction.InvarianceLevel;
import io.github.logicrm.core.satisfaction.PathDifference;
import org.junit.jupiter.api.Test;

/**
 * MICOM and the permutation and bootstrap comparison of paths, on plspm's bank data split by gender (148 women,
 * 102 men).
 *
 * <p>Reference: an independent numpy script (crm-metrics/src/test/reference/pls_reference.py, run once) with the
 * same 20 permutations (permutation u orders the respondents as t -> (a_u t + u) mod 250 with a_u the u-th odd
 * number coprime to 250 from 3): each group estimated by PLS on the data matrix and oriented like the pooled
 * estimate, c from numpy.corrcoef of the two composites on the pooled standardized data, the step 3 figures from
 * the pooled scores, quantiles of R's type 7, p = (1 + count) / (1 + 20).
 */
class PlsGroupComparisonTest {

  private static final PlsPathModeling TIGHT =
      PlsPathModeling.withDefaults().withConvergence(ConvergenceCriterion.ABSOLUTE_CHANGE, 1e-13);

  /** MICOM per block: c, its 5% quantile, mean difference and interval, log variance ratio and interval. */
  private static final Object[][] MICOM = {
      {"IMAG", new double[] {
          0.995987607838, 0.993753642313, 0.172909579360, -0.113527084136,
          0.172754352582, -0.007098117216, -0.178546487461, 0.244142741627}},
      {"EXPE", new double[] {
          0.999105843228, 0.997022058930, 0.174492913920, -0.246024896544,
          0.280211455900, 0.064674561999, -0.365174371328, 0.338147558648}},
      {"QUAL", new double[] {
          0.999284802418, 0.997949135089, 0.114311906500, -0.217567642488,
          0.155158576392, 0.098900341675, -0.493788444677, 0.307418323169}},
      {"VAL", new double[] {
          0.993049396046, 0.996816000618, 0.202220900007, -0.161052045799,
          0.282205198994, 0.005933395762, -0.379524580303, 0.247660059931}},
      {"SAT", new double[] {
          0.999557564912, 0.998683409053, 0.237119904920, -0.159609460026,
          0.192186004142, -0.175496593415, -0.524230827259, 0.513320178161}},
      {"LOY", new double[] {
          0.997105502298, 0.987022505458, 0.186458701447, -0.138595870724,
          0.187569805027, 0.005850448541, -0.283287558778, 0.331766638871}}};
  /** Per path in model order: female coefficient, male coefficient, permutation p. */
  private static final double[][] MGA = {
      {0.619290523061, 0.484524888178, 0.095238095238}, // IMAG -> EXPE
      {0.837235338008, 0.857590685864, 0.619047619048}, // EXPE -> QUAL
      {0.673914900817, 0.638326750393, 0.761904761905}, // QUAL -> VAL
      {0.474731567122, 0.679444814212, 0.285714285714}, // VAL -> SAT
      {0.258780127975, 0.709286224322, 0.047619047619}, // SAT -> LOY
      {0.234638873119, 0.144256547410, 0.476190476190}, // IMAG -> SAT
      {0.472854059271, 0.085184922199, 0.047619047619}, // IMAG -> LOY
      {0.175875368206, 0.049647969186, 0.380952380952}, // EXPE -> VAL
      {-0.047225197002, 0.080026930173, 0.428571428571}, // EXPE -> SAT
      {0.245125623367, 0.029175063766, 0.238095238095}}; // QUAL -> SAT

  private static int[][] referencePermutations() {
    int[] multipliers = {3, 7, 9, 11, 13, 17, 19, 21, 23, 27, 29, 31, 33, 37, 39, 41, 43, 47, 49, 51};
    int[][] orders = new int[20][250];
    for (int u = 0; u < 20; u++) {
      for (int t = 0; t < 250; t++) {
        orders[u][t] = (multipliers[u] * t + u) % 250;
      }
    }
    return orders;
  }

  @Test
  void genderComparisonMatchesTheIndependentComputation() {
    EcsiData data = EcsiData.satisfaction();
    ModelData model = ModelData.fromRows(EcsiData.satisfactionModel(), data.columns, data.rows,
        MissingAnswers.REJECT);
    GroupComparison comparison = PlsGroupComparison.withDefaults().withEstimator(TIGHT).withDraws(20, 50, 1)
        .compare(model, EcsiData.satisfactionFemale(), referencePermutations(), "female", "male");
    assertThat(comparison.firstSize()).isEqualTo(148);
    assertThat(comparison.secondSize()).isEqualTo(102);
    assertThat(comparison.failedDraws()).isZero();
    for (int j = 0; j < MICOM.length; j++) {
      CompositeInvariance c = comparison.invariance().get(j);
      double[] expected = (double[]) MICOM[j][1];
      assertThat(c.construct()).isEqualTo(MICOM[j][0]);
      double[] actual = {c.correlation(), c.correlationQuantile(), c.meanDifference(), c.meanLower(), c.meanUpper(),
          c.logVarianceRatio(), c.varianceLower(), c.varianceUpper()};
      for (int k = 0; k < actual.length; k++) {
        assertThat(actual[k]).as(c.construct() + " figure " + k).isCloseTo(expected[k], within(1e-6));
      }
    }
    // VAL's composite differs between the groups; SAT's and IMAG's means differ; the others are fully invariant
    assertThat(comparison.invariance()).extracting(CompositeInvariance::level).containsExactly(
        InvarianceLevel.PARTIAL, InvarianceLevel.FULL, InvarianceLevel.FULL, InvarianceLevel.NONE,
        InvarianceLevel.PARTIAL, InvarianceLevel.FULL);
    for (int k = 0; k < MGA.length; k++) {
      PathDifference path = comparison.paths().get(k);
      assertThat(path.first()).as(path.from() + " -> " + path.to()).isCloseTo(MGA[k][0], within(1e-6));
      assertThat(path.second()).as(path.from() + " -> " + path.to()).isCloseTo(MGA[k][1], within(1e-6));
      assertThat(path.difference()).isCloseTo(MGA[k][0] - MGA[k][1], within(1e-6));
      assertThat(path.permutationP()).as(path.from() + " -> " + path.to()).isCloseTo(MGA[k][2], within(1e-12));
      assertThat(path.bootstrapLower()).isLessThan(path.bootstrapUpper());
    }
  }

  @Test
  void seededDrawsAreReproducibleAndSerialEqualsParallel() {
    EcsiData data = EcsiData.satisfaction();
    PlsGroupComparison mga = PlsGroupComparison.withDefaults().withDraws(60, 60, 5);
    boolean[] female = EcsiData.satisfactionFemale();
    GroupComparison parallel = mga.compare(EcsiData.satisfactionModel(), data.columns, data.rows, female,
        "female", "male");
    GroupComparison serial = mga.withParallel(false).compare(EcsiData.satisfactionModel(), data.columns, data.rows,
        female, "female", "male");
    assertThat(serial).isEqualTo(parallel);
    PathDifference loyalty = parallel.path("SAT", "LOY").orElseThrow();
    assertThat(loyalty.bootstrapLower()).isLessThan(loyalty.difference());
    assertThat(loyalty.bootstrapUpper()).isGreaterThan(loyalty.difference());
    assertThat(parallel.seed()).isEqualTo(5);
  }

  @Test
  void tooSmallGroupsAndBadSettingsAreRejected() {
    EcsiData data = EcsiData.satisfaction();
    boolean[] few = new boolean[data.rows.length];
    few[0] = true;
    few[1] = true;
    assertThatThrownBy(() -> PlsGroupComparison.withDefaults().compare(EcsiData.satisfactionModel(), data.columns,
        data.rows, few, "few", "rest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group 'few': respondents must be more than the 5 parameters of the largest regression of the "
            + "model (the equation of 'SAT'): 2");
    assertThatThrownBy(() -> PlsGroupComparison.withDefaults().withDraws(0, 10, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("permutations must be > 0: 0");
    assertThatThrownBy(() -> PlsGroupComparison.withDefaults().compare(EcsiData.satisfactionModel(), data.columns,
        data.rows, new boolean[3], "a", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("inFirst length must equal rows length 250: 3");
  }
}
