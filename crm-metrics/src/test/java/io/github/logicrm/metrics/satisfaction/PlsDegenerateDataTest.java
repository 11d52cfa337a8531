package io.github.logicrm.metrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.satisfaction.LatentBlock;
import io.github.logicrm.core.satisfaction.PathModel;
import io.github.logicrm.core.satisfaction.PlsEstimate;
import io.github.logicrm.core.satisfaction.StructuralPath;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Valid but degenerate data: an estimate with its figures defined, or an error that says what is wrong. */
class PlsDegenerateDataTest {

  private static final List<String> COLUMNS = List.of("x1", "x2", "y1", "y2");

  private static final PathModel MODEL = PathModel.builder()
      .addBlocks(LatentBlock.of("X", "x1", "x2"))
      .addBlocks(LatentBlock.of("Y", "y1", "y2"))
      .addPaths(StructuralPath.of("X", "Y"))
      .build();

  /** 200 respondents: y1 and y2 follow x1 with noise; x2 as given by {@code x2OfX1}. */
  private static double[][] rows(boolean x2IsMinusX1) {
    SplittableRandom random = new SplittableRandom(20261128);
    double[][] rows = new double[200][];
    for (int t = 0; t < rows.length; t++) {
      double x1 = random.nextGaussian();
      double x2 = x2IsMinusX1 ? -x1 : x1 + random.nextGaussian();
      rows[t] = new double[] {x1, x2, x1 + random.nextGaussian(), x1 + random.nextGaussian()};
    }
    return rows;
  }

  @Test
  void anItemThatIsTheNegativeOfAnotherGivesTheEstimateOfEitherItemAlone() {
    PlsEstimate estimate = PlsPathModeling.withDefaults().estimate(MODEL, COLUMNS, rows(true));
    assertThat(estimate.isConverged()).isTrue();
    // the block's score is x1 up to sign: loadings +-1, AVE 1
    assertThat(Math.abs(estimate.loadings().get("x1"))).isCloseTo(1, within(1e-12));
    assertThat(estimate.loadings().get("x2")).isCloseTo(-estimate.loadings().get("x1"), within(1e-12));
    assertThat(estimate.block("X").orElseThrow().ave()).isCloseTo(1, within(1e-12));
    assertThat(estimate.block("X").orElseThrow().compositeReliability()).isEmpty();
    assertThat(estimate.goodnessOfFit()).isPresent();
  }

  @Test
  void answersOfHugeMagnitudeAreRejectedByName() {
    double[][] rows = rows(false);
    for (double[] row : rows) {
      for (int k = 0; k < row.length; k++) {
        row[k] *= 1e300;
      }
    }
    assertThatThrownBy(() -> PlsPathModeling.withDefaults().estimate(MODEL, COLUMNS, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("answer of respondent 0 to item 'x1' must be in [-1.0E100, 1.0E100]: ");
  }

  @Test
  void goodnessOfFitIsEmptyWhenNoBlockHasSeveralItems() {
    PathModel oneItemBlocks = PathModel.builder()
        .addBlocks(LatentBlock.of("X", "x1"))
        .addBlocks(LatentBlock.of("Y", "y1"))
        .addPaths(StructuralPath.of("X", "Y"))
        .build();
    PlsEstimate estimate = PlsPathModeling.withDefaults().estimate(oneItemBlocks, COLUMNS, rows(false));
    assertThat(estimate.goodnessOfFit()).isEmpty();
    assertThat(estimate.block("Y").orElseThrow().rSquared()).isPresent();
  }
}
