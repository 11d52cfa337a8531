package io.github.logicrm.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BetaRenewal} against {@code clv/beta_renewal.csv}: G(a, beta, R, u) = R u 3F2(1, R + 1, a; 2, a + beta;
 * -u) evaluated by mpmath at 40 digits ({@code clv/beta_renewal_reference.py}, cross-checked there against the
 * integral by mpmath's quadrature), over random parameters from 0.01 to 100, horizons u from 1e-6 to 1e9 and the
 * edges: a = 1, c = a + beta - 1 <= 0, a within 1e-9 of 1, u = 1e12.
 */
class BetaRenewalTest {

  static List<double[]> rows(String resource) throws IOException {
    try (InputStream in = BetaRenewalTest.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().skip(1).map(line -> java.util.Arrays.stream(line.split(","))
          .mapToDouble(Double::parseDouble).toArray()).toList();
    }
  }

  @Test
  void matchesMpmathToTenDigitsOverTheWholeParameterSpace() throws IOException {
    List<double[]> rows = rows("/clv/beta_renewal.csv");
    assertThat(rows).hasSizeGreaterThan(200);
    for (double[] row : rows) {
      double expected = row[4];
      assertThat(BetaRenewal.expected(row[0], row[1], row[2], row[3]))
          .as("G(%s, %s, %s, %s)", row[0], row[1], row[2], row[3])
          .isCloseTo(expected, within(1e-10 * expected));
    }
  }

  @Test
  void isZeroAtHorizonZeroAndShapeTimesHorizonForShortOnes() {
    assertThat(BetaRenewal.expected(0.8, 2.4, 0.24, 0)).isZero();
    // (1 - (1 + p u)^-R) / p = R u (1 - (R + 1) p u / 2 + ...): G = R u (1 - (R + 1) u E[p] / 2 + O(u^2))
    double u = 1e-9;
    double expected = 0.24 * u * (1 - 1.24 * u * (0.8 / 3.2) / 2);
    assertThat(BetaRenewal.expected(0.8, 2.4, 0.24, u)).isCloseTo(expected, within(1e-12 * expected));
  }
}
