package io.github.logicrm.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** ln 2F1 against mpmath at 40 digits (values computed independently and pasted here). */
class HypergeometricTest {

  @ParameterizedTest
  @CsvSource({
      "0.5, 1.5, 2.5, 0.3, 0.10261304075412550448",
      "0.2425945, 2.4258881, 2.218808, 0.9465, 0.87033697647146412579",
      "1000.24, 1002.43, 2001.22, 0.4, 239.6722640044048616",
      "1000.2, 1002.4, 1001.2, 0.5, 694.11698721208196921",
      "1.7, 0.6, 3.1, 0.0, 0.0",
      "1.2, 1.2, 1.2, 0.7, 1.44476736519112296",
      "3.5, 1.5, 2.0, 0.99, 13.432223124586190482",
      "1000.55, 1.606, 1001.55, 0.9, 3.6837467440204532167",
      "-0.7, 2.3, 5.0, 0.6, -0.22914124306621306291",
      "0.24, 2.4, 1.7, 0.99, 2.8187270117519404304",
      "0.24, 2.4, 1.7, 0.999, 4.9011045051951356392",
      "300.24, 302.4, 301.70000000000005, 0.95, 901.53244336015656934"
  })
  void matchesMpmath(double a, double b, double c, double z, double expected) {
    assertThat(Hypergeometric.log2F1(a, b, c, z)).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
  }

  @Test
  void staysFiniteInLogSpaceWhereTheValueOverflows() {
    // 2F1(2000.2, 2002.4; 2001.2; 0.5) = e^1387.26..., far beyond Double.MAX_VALUE (e^709.8)
    double log = Hypergeometric.log2F1(2000.2, 2002.4, 2001.2, 0.5);
    assertThat(log).isCloseTo(1387.2644673225936523, within(1e-9));
    assertThat(Hypergeometric.value(2000.2, 2002.4, 2001.2, 0.5)).isInfinite();
    assertThat(Hypergeometric.value(1000.2, 1002.4, 1001.2, 0.5)).isCloseTo(2.82603373306650914e301,
        within(1e-11 * 2.82603373306650914e301));
  }

  @Test
  void outsideTheDomainIsNaN() {
    assertThat(Hypergeometric.log2F1(1, 1, 1, 1.0)).isNaN();
    assertThat(Hypergeometric.log2F1(1, 1, 1, -0.1)).isNaN();
    assertThat(Hypergeometric.log2F1(1, 1, 0, 0.5)).isNaN();
    assertThat(Hypergeometric.log2F1(1, 1, 1, Double.NaN)).isNaN();
    // documented limit: a series that needs more than a million terms (z within about 1e-6 of 1) gives NaN
    assertThat(Hypergeometric.log2F1(0.24, 2.4, 1.7, 0.9999999)).isNaN();
  }
}
