package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.CovariateModelFit;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.core.clv.PurchaseModelKind;
import io.github.logicrm.core.internal.Checks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A BG/NBD or Pareto/NBD model with static covariates, for per-customer predictions: each customer is scored
 * with their own parameters, {@code alpha_i = alpha exp(-purchase' z_i)} and {@code a_i = a exp(dropout' d_i)},
 * {@code b_i = b exp(dropout' d_i)} (BG/NBD) or {@code beta_i = beta exp(-dropout' d_i)} (Pareto/NBD), as
 * {@link CovariateModelFit} describes. A customer's predictions are those of the plain model
 * ({@link BgNbd}, {@link ParetoNbd}) at their own parameters, so with every coefficient 0, or every covariate
 * 0, they are the plain model's, bit for bit.
 *
 * <p>Immutable and thread-safe.
 */
public final class CovariateModel {

  private final PurchaseModelKind kind;
  private final double[] base;
  private final List<String> purchaseNames;
  private final double[] purchaseCoefficients;
  private final List<String> dropoutNames;
  private final double[] dropoutCoefficients;
  private final PurchaseModel baseModel;

  private CovariateModel(CovariateModelFit fit) {
    kind = fit.model();
    base = fit.parameterArray();
    purchaseNames = List.copyOf(fit.purchaseCoefficients().keySet());
    purchaseCoefficients = fit.purchaseCoefficients().values().stream().mapToDouble(Double::doubleValue).toArray();
    dropoutNames = List.copyOf(fit.dropoutCoefficients().keySet());
    dropoutCoefficients = fit.dropoutCoefficients().values().stream().mapToDouble(Double::doubleValue).toArray();
    baseModel = plain(base);
  }

  /**
   * Makes the model a fit describes.
   *
   * @param fit a covariate fit, converged or stopped at its iteration limit
   * @return the model
   * @throws IllegalArgumentException if the fit's status is {@link PurchaseFitStatus#NOT_IDENTIFIED} (its
   *     parameters are not fit for prediction)
   * @throws NullPointerException if the fit is null
   */
  public static CovariateModel from(CovariateModelFit fit) {
    Objects.requireNonNull(fit, "fit");
    if (fit.status() == PurchaseFitStatus.NOT_IDENTIFIED) {
      throw new IllegalArgumentException("fit.status must be CONVERGED or MAX_ITERATIONS to make a model (the data"
          + " do not determine the parameters " + fit.parameters() + "): " + fit.status());
    }
    return new CovariateModel(fit);
  }

  /**
   * Returns which model this is.
   *
   * @return {@link PurchaseModelKind#BG_NBD} or {@link PurchaseModelKind#PARETO_NBD}
   */
  public PurchaseModelKind kind() {
    return kind;
  }

  /**
   * Returns the names of the purchase covariates, in the order {@link #forCustomer} takes their values.
   *
   * @return the names, possibly empty
   */
  public List<String> purchaseNames() {
    return purchaseNames;
  }

  /**
   * Returns the names of the dropout covariates, in the order {@link #forCustomer} takes their values.
   *
   * @return the names, possibly empty
   */
  public List<String> dropoutNames() {
    return dropoutNames;
  }

  /**
   * Returns the plain model at the base parameters: the model of a customer whose covariates are all 0.
   *
   * @return the base model
   */
  public PurchaseModel baseModel() {
    return baseModel;
  }

  /**
   * Returns a customer's own parameters.
   *
   * @param purchase the customer's purchase covariates, one finite value per {@link #purchaseNames()}
   * @param dropout the customer's dropout covariates, one finite value per {@link #dropoutNames()}
   * @return a new array in the order of {@link PurchaseModelKind#parameterNames()}
   * @throws IllegalArgumentException if a length differs or a value is not finite
   * @throws NullPointerException if an array is null
   */
  public double[] customerParameters(double[] purchase, double[] dropout) {
    check("purchase", purchase, purchaseNames);
    check("dropout", dropout, dropoutNames);
    return parametersAt(CovariateLikelihood.dot(purchaseCoefficients, 0, purchase),
        CovariateLikelihood.dot(dropoutCoefficients, 0, dropout));
  }

  private double[] parametersAt(double etaPurchase, double etaDropout) {
    double[] out = new double[4];
    CovariateLikelihood.customerParameters(kind, base[0], base[1], base[2], base[3], etaPurchase, etaDropout, out);
    for (double value : out) {
      if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("purchase and dropout must give parameters " + kind.parameterNames()
            + " that are finite and > 0: " + Arrays.toString(out));
      }
    }
    return out;
  }

  /**
   * Returns the plain model at a customer's own parameters, for any of its predictions (P(alive), expected
   * purchases, probabilities of purchase counts).
   *
   * @param purchase the customer's purchase covariates, one finite value per {@link #purchaseNames()}
   * @param dropout the customer's dropout covariates, one finite value per {@link #dropoutNames()}
   * @return the customer's model
   * @throws IllegalArgumentException if a length differs, a value is not finite, or the customer's parameters
   *     leave the double range
   * @throws NullPointerException if an array is null
   */
  public PurchaseModel forCustomer(double[] purchase, double[] dropout) {
    return plain(customerParameters(purchase, dropout));
  }

  /**
   * Scores a book in columns, each customer with their own parameters: P(alive) and E[Y(t) | x, t_x, T].
   * Customers with the same linear predictors share one model, so a book with categorical covariates makes
   * one model per combination of categories.
   *
   * @param t horizon, {@code 0 <= t <= PurchaseModel.MAX_TIME}
   * @param x frequencies
   * @param tx recencies, same length
   * @param age ages, same length
   * @param purchase purchase covariates with the names {@link #purchaseNames()}, one row per customer (or
   *     {@link Covariates#none()} when there are none)
   * @param dropout dropout covariates with the names {@link #dropoutNames()}, one row per customer (or
   *     {@link Covariates#none()} when there are none)
   * @param probabilityAlive output, same length
   * @param expectedPurchases output, same length
   * @throws IllegalArgumentException if lengths differ, a row is invalid (the message names the row), the
   *     covariate names differ from the model's, or a customer's parameters leave the double range
   * @throws NullPointerException if an argument is null
   */
  public void score(double t, int[] x, double[] tx, double[] age, Covariates purchase, Covariates dropout,
      double[] probabilityAlive, double[] expectedPurchases) {
    Rows.checkBatch(t, x, tx, age, probabilityAlive, expectedPurchases);
    checkNames("purchase", Objects.requireNonNull(purchase, "purchase"), purchaseNames, x.length);
    checkNames("dropout", Objects.requireNonNull(dropout, "dropout"), dropoutNames, x.length);
    Map<Predictors, AbstractPurchaseModel> models = new HashMap<>();
    for (int i = 0; i < x.length; i++) {
      Predictors key = new Predictors(CovariateLikelihood.dot(purchaseCoefficients, 0, purchase.row(i)),
          CovariateLikelihood.dot(dropoutCoefficients, 0, dropout.row(i)));
      AbstractPurchaseModel model = models.computeIfAbsent(key, this::model);
      double alive = model.probabilityAliveUnchecked(x[i], tx[i], age[i]);
      probabilityAlive[i] = alive;
      expectedPurchases[i] = t == 0 ? 0 : model.expectedIfAlive(t, x[i], age[i]) * alive;
    }
  }

  private AbstractPurchaseModel model(Predictors key) {
    return (AbstractPurchaseModel) plain(parametersAt(key.purchase, key.dropout));
  }

  private PurchaseModel plain(double[] p) {
    return kind == PurchaseModelKind.BG_NBD ? BgNbd.of(p[0], p[1], p[2], p[3]) : ParetoNbd.of(p[0], p[1], p[2], p[3]);
  }

  private static void check(String name, double[] values, List<String> names) {
    Objects.requireNonNull(values, name);
    if (values.length != names.size()) {
      throw new IllegalArgumentException(name + " length must equal the " + names.size() + " covariates " + names
          + ": " + values.length);
    }
    for (int j = 0; j < values.length; j++) {
      Checks.finite(name, j, values[j]);
    }
  }

  private static void checkNames(String name, Covariates covariates, List<String> names, int rows) {
    if (!covariates.names().equals(names)) {
      throw new IllegalArgumentException(name + " names must be " + names + ": " + covariates.names());
    }
    covariates.checkRowsMatch(name, rows);
  }

  /** The two linear predictors of a customer, compared by value. */
  private record Predictors(double purchase, double dropout) {}

  @Override
  public String toString() {
    return kind + " with covariates" + purchaseNames + "/" + dropoutNames + " on " + baseModel;
  }
}
