package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.clv.RegularityChoice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegularityJsonTest {

  private static PurchaseModelFit fit(int k, double[] p, double[] se, double logLikelihood, int iterations) {
    String[] names = {"k", "r", "alpha", "a", "b"};
    Map<String, Double> parameters = new LinkedHashMap<>();
    Map<String, Double> errors = new LinkedHashMap<>();
    parameters.put("k", (double) k);
    errors.put("k", 0.0);
    for (int i = 0; i < 4; i++) {
      parameters.put(names[i + 1], p[i]);
      errors.put(names[i + 1], se[i]);
    }
    return PurchaseModelFit.builder().model(PurchaseModelKind.MBG_CNBD_K).parameters(parameters)
        .standardErrors(errors).logLikelihood(logLikelihood).customers(2357).iterations(iterations)
        .status(PurchaseFitStatus.CONVERGED).build();
  }

  /** MBG/CNBD-k fits of CDNOW for k = 1 and 2, rounded. */
  static RegularityChoice choice() {
    return RegularityChoice.of(List.of(
        fit(1, new double[] {0.5248431, 6.1830848, 0.8913596, 1.6140026},
            new double[] {0.0833, 0.6956, 0.1548, 0.5375}, -9582.1357, 28),
        fit(2, new double[] {0.5798961, 2.2881489, 1.134453, 1.584975},
            new double[] {0.0758, 0.2363, 0.1557, 0.3816}, -9853.2531, 24)));
  }

  @Test
  void choiceMatchesGoldenAndKeepsItsEvidence() {
    assertMatchesGolden(choice(), RegularityChoice.class);
    assertThat(choice().k()).isEqualTo(1);
    assertThat(choice().chosen()).isEqualTo(choice().fits().get(0));
    assertThat(choice().model()).isEqualTo(PurchaseModelKind.MBG_CNBD_K);
  }

  @Test
  void fitsOutOfOrderAreRejected() throws Exception {
    String json = MAPPER.writeValueAsString(RegularityChoice.of(List.of(choice().fits().get(0))))
        .replace("\"k\" : 1.0", "\"k\" : 2.0");
    assertThatThrownBy(() -> MAPPER.readValue(json, RegularityChoice.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("fits[0].parameters.k must be 1: 2.0")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
