package io.github.logicrm.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.clv.CovariateModelFit;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CovariateModelTest {

  private static final int[] X = {0, 2, 5, 1, 12, 0, 3, 25, 400};
  private static final double[] TX = {0, 30.43, 20.1, 3.5, 36.0, 0, 9.0, 38.0, 38.9};
  private static final double[] AGE = {38.86, 38.86, 30.0, 35.2, 37.5, 10.0, 27.0, 39.0, 39.0};
  private static final double[][] PURCHASE = {{1, 0}, {0, 1}, {1, 1}, {0, 0}, {1, 0}, {0, 1}, {1, 1}, {0, 0},
      {1, 1}};
  private static final double[][] DROPOUT = {{1}, {0}, {1}, {0}, {0}, {1}, {1}, {0}, {1}};

  private static CovariateModelFit fit(PurchaseModelKind kind, double contract, double region, double dropout) {
    List<String> names = kind.parameterNames();
    double[] base = kind == PurchaseModelKind.BG_NBD ? new double[] {0.2425945, 4.4136019, 0.7929199, 2.4258881}
        : new double[] {0.55315, 10.57633, 0.60625, 11.67150};
    CovariateModelFit.Builder builder = CovariateModelFit.builder().model(kind);
    for (int i = 0; i < 4; i++) {
      builder.putParameters(names.get(i), base[i]);
    }
    return builder.purchaseCoefficients(Map.of("contract", contract))
        .putPurchaseCoefficients("region", region)
        .putDropoutCoefficients("contract", dropout)
        .logLikelihood(-9500).customers(2357).iterations(30).status(PurchaseFitStatus.CONVERGED).build();
  }

  private static PurchaseModel plain(PurchaseModelKind kind) {
    double[] p = fit(kind, 0, 0, 0).parameterArray();
    return kind == PurchaseModelKind.BG_NBD ? BgNbd.of(p[0], p[1], p[2], p[3]) : ParetoNbd.of(p[0], p[1], p[2], p[3]);
  }

  @Test
  void zeroCoefficientsGiveThePlainModelBitForBit() {
    for (PurchaseModelKind kind : List.of(PurchaseModelKind.BG_NBD, PurchaseModelKind.PARETO_NBD)) {
      CovariateModel model = CovariateModel.from(fit(kind, 0, 0, 0));
      PurchaseModel plain = plain(kind);
      double[] alive = new double[X.length];
      double[] expected = new double[X.length];
      double[] plainAlive = new double[X.length];
      double[] plainExpected = new double[X.length];
      model.score(39, X, TX, AGE, Covariates.of(List.of("contract", "region"), PURCHASE),
          Covariates.of(List.of("contract"), DROPOUT), alive, expected);
      plain.score(39, X, TX, AGE, plainAlive, plainExpected);
      assertThat(alive).as(kind.toString()).containsExactly(plainAlive);
      assertThat(expected).as(kind.toString()).containsExactly(plainExpected);
      for (int i = 0; i < X.length; i++) {
        PurchaseModel own = model.forCustomer(PURCHASE[i], DROPOUT[i]);
        assertThat(own.parameters()).containsExactly(plain.parameters());
        assertThat(own.probabilityAlive(X[i], TX[i], AGE[i])).isEqualTo(plainAlive[i]);
        assertThat(own.conditionalExpectedPurchases(39, X[i], TX[i], AGE[i])).isEqualTo(plainExpected[i]);
        assertThat(own.expectedPurchases(52)).isEqualTo(plain.expectedPurchases(52));
      }
      assertThat(model.baseModel().parameters()).containsExactly(plain.parameters());
    }
  }

  @Test
  void eachCustomerIsScoredWithTheirOwnParameters() {
    CovariateModel bg = CovariateModel.from(fit(PurchaseModelKind.BG_NBD, 0.6, -0.3, 0.8));
    // contract and region 1: alpha e^-(0.6 - 0.3); dropout contract 1: a and b times e^0.8
    double[] p = bg.customerParameters(new double[] {1, 1}, new double[] {1});
    assertThat(p).containsExactly(0.2425945, 4.4136019 * Math.exp(-0.3), 0.7929199 * Math.exp(0.8),
        2.4258881 * Math.exp(0.8));
    CovariateModel pareto = CovariateModel.from(fit(PurchaseModelKind.PARETO_NBD, 0.6, -0.3, 0.8));
    assertThat(pareto.customerParameters(new double[] {1, 0}, new double[] {1}))
        .containsExactly(0.55315, 10.57633 * Math.exp(-0.6), 0.60625, 11.67150 * Math.exp(-0.8));
    // positive purchase coefficient: more purchases expected; positive Pareto/NBD dropout coefficient: less alive
    assertThat(pareto.forCustomer(new double[] {1, 0}, new double[] {0}).expectedPurchases(52))
        .isGreaterThan(pareto.forCustomer(new double[] {0, 0}, new double[] {0}).expectedPurchases(52));
    assertThat(pareto.forCustomer(new double[] {0, 0}, new double[] {1}).probabilityAlive(2, 10, 39))
        .isLessThan(pareto.forCustomer(new double[] {0, 0}, new double[] {0}).probabilityAlive(2, 10, 39));
  }

  @Test
  void batchEqualsOneByOne() {
    for (PurchaseModelKind kind : List.of(PurchaseModelKind.BG_NBD, PurchaseModelKind.PARETO_NBD)) {
      CovariateModel model = CovariateModel.from(fit(kind, 0.6, -0.3, 0.8));
      double[] alive = new double[X.length];
      double[] expected = new double[X.length];
      model.score(26, X, TX, AGE, Covariates.of(List.of("contract", "region"), PURCHASE),
          Covariates.of(List.of("contract"), DROPOUT), alive, expected);
      for (int i = 0; i < X.length; i++) {
        PurchaseModel own = model.forCustomer(PURCHASE[i], DROPOUT[i]);
        assertThat(alive[i]).isEqualTo(own.probabilityAlive(X[i], TX[i], AGE[i]));
        assertThat(expected[i]).isEqualTo(own.conditionalExpectedPurchases(26, X[i], TX[i], AGE[i]));
      }
    }
  }

  @Test
  void invalidInputIsRejectedWithItsPlace() {
    CovariateModel model = CovariateModel.from(fit(PurchaseModelKind.BG_NBD, 0.6, -0.3, 0.8));
    assertThatThrownBy(() -> model.forCustomer(new double[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchase length must equal the 2 covariates [contract, region]: 1");
    assertThatThrownBy(() -> model.forCustomer(new double[] {1, Double.NaN}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("purchase[1] must be finite: NaN");
    assertThatThrownBy(() -> model.forCustomer(new double[] {1, 1}, new double[] {1e6}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchase and dropout must give parameters [r, alpha, a, b] that are finite and > 0: "
            + "[0.2425945, 3.2696767063554493, Infinity, Infinity]");
    double[] out = new double[X.length];
    assertThatThrownBy(() -> model.score(39, X, TX, AGE, Covariates.of(List.of("region", "contract"), PURCHASE),
        Covariates.of(List.of("contract"), DROPOUT), out, out.clone()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchase names must be [contract, region]: [region, contract]");
    assertThatThrownBy(() -> model.score(39, X, TX, AGE, Covariates.of(List.of("contract", "region"), PURCHASE),
        Covariates.of(List.of("contract"), new double[][] {{0}, {1}}), out, out.clone()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dropout must have one row per customer, 9: 2");
    CovariateModelFit unidentified = CovariateModelFit.builder().from(fit(PurchaseModelKind.BG_NBD, 0, 0, 0))
        .status(PurchaseFitStatus.NOT_IDENTIFIED).build();
    assertThatThrownBy(() -> CovariateModel.from(unidentified))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fit.status must be CONVERGED or MAX_ITERATIONS");
  }

  @Test
  void covariatesRejectWrongShapesNonFiniteValuesAndConstantColumns() {
    assertThatThrownBy(() -> Covariates.of(List.of("contract", "region"), new double[][] {{1, 0}, {0}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rows[1] length must equal names length 2: 1");
    assertThatThrownBy(() -> Covariates.of(List.of("contract"), new double[][] {{1}, {Double.NaN}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rows[1][0] must be finite: NaN");
    assertThatThrownBy(() -> Covariates.of(List.of("contract", "region"), new double[][] {{1, 2}, {0, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows[*][1] ('region') must not be constant, it cannot be told apart from the base parameter:"
            + " 2.0");
    assertThatThrownBy(() -> Covariates.of(List.of("contract", "contract"), new double[][] {{1, 2}, {0, 1}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("names[1] must be unique: 'contract'");
    assertThatThrownBy(() -> Covariates.of(List.of(" "), new double[][] {{1}, {0}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("names[0] must not be blank: ' '");
    assertThatThrownBy(() -> Covariates.of(List.of("contract"), new double[][] {{1}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rows must have at least 2 rows: 1");
    PurchaseData data = PurchaseData.of(new int[] {0, 1, 2}, new double[] {0, 2, 3}, new double[] {5, 5, 5});
    Covariates two = Covariates.of(List.of("contract"), new double[][] {{1}, {0}});
    assertThatThrownBy(() -> CovariateModelFitter.withDefaults().fitBgNbd(data, two, Covariates.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("purchase must have one row per customer, 3: 2");
    assertThatThrownBy(() -> CovariateModelFitter.withDefaults().fitParetoNbd(data, Covariates.none(), two))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dropout must have one row per customer, 3: 2");
  }

  @Test
  void collinearCovariatesAreReportedAsNotIdentified() {
    int n = 400;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[][] rows = new double[n][2];
    for (int i = 0; i < n; i++) {
      x[i] = i % 5;
      tx[i] = x[i] == 0 ? 0 : 10 + i % 7;
      t[i] = 30;
      rows[i][0] = i % 2;
      rows[i][1] = 2 * (i % 2);
    }
    Covariates collinear = Covariates.of(List.of("contract", "contractTwice"), rows);
    CovariateModelFit fit = CovariateModelFitter.withDefaults().fitBgNbd(PurchaseData.of(x, tx, t), collinear,
        Covariates.none());
    assertThat(fit.status()).isEqualTo(PurchaseFitStatus.NOT_IDENTIFIED);
    assertThat(fit.standardErrors()).isEmpty();
    assertThat(fit.purchaseStandardErrors()).isEmpty();
  }
}
