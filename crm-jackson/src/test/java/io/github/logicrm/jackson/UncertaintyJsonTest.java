package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.logicrm.core.clv.BootstrapFits;
import io.github.logicrm.core.clv.ConfidenceInterval;
import io.github.logicrm.core.clv.CustomerIntervals;
import io.github.logicrm.core.clv.IntervalMethod;
import io.github.logicrm.core.clv.ParameterCovariance;
import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncertaintyJsonTest {

  static ConfidenceInterval alive() {
    return ConfidenceInterval.of(0.6342, 0.0418, 0.5478, 0.7124, 0.95, IntervalMethod.DELTA_METHOD);
  }

  @Test
  void covarianceMatchesGolden() {
    ParameterCovariance covariance = ParameterCovariance.of(PurchaseModelKind.GAMMA_GAMMA, new double[][] {
        {0.2562, -0.0144, -0.0327}, {-0.0144, 0.0135, 0.0013}, {-0.0327, 0.0013, 0.5411}});
    assertMatchesGolden(covariance, ParameterCovariance.class);
  }

  @Test
  void bootstrapFitsMatchGolden() {
    BootstrapFits fits = BootstrapFits.builder().purchaseModel(PurchaseModelKind.BG_NBD)
        .addPurchaseDraws(List.of(0.2471, 4.512, 0.8123, 2.661), List.of(0.2398, 4.287, 0.7514, 2.202))
        .addSpendDraws(List.of(6.18, 3.91, 15.02), List.of(6.42, 3.88, 14.77))
        .resamples(3).failedResamples(1).seed(20261128).build();
    assertMatchesGolden(fits, BootstrapFits.class);
  }

  @Test
  void intervalsMatchGolden() {
    assertMatchesGolden(alive(), ConfidenceInterval.class);
    CustomerIntervals customer = CustomerIntervals.builder().horizon(52).probabilityAlive(alive())
        .expectedPurchases(ConfidenceInterval.of(3.18, 0.29, 2.66, 3.8, 0.95, IntervalMethod.DELTA_METHOD))
        .clv(ConfidenceInterval.of(14250, 1610, 11420, 17780, 0.95, IntervalMethod.DELTA_METHOD)).build();
    assertMatchesGolden(customer, CustomerIntervals.class);
  }

  @Test
  void intervalWithEndsReversedIsRejected() {
    String json = "{\"estimate\":0.6,\"standardError\":0.04,\"lower\":0.7,\"upper\":0.5,\"level\":0.95,"
        + "\"method\":\"BOOTSTRAP_PERCENTILE\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, ConfidenceInterval.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("lower must be <= upper 0.5: 0.7");
  }

  @Test
  void asymmetricCovarianceIsRejected() {
    String json = "{\"model\":\"GAMMA_GAMMA\",\"matrix\":[[1,0.1,0],[0.2,1,0],[0,0,1]]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, ParameterCovariance.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("matrix[1][0] must equal matrix[0][1] 0.1: 0.2");
  }
}
