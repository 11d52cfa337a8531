package io.github.logicrm.metrics.clv;

import java.util.Objects;

/**
 * Purchase histories for the Erlang-k models (BG/CNBD-k, MBG/CNBD-k): frequency x, recency t_x, age T and weight
 * per row as in {@link PurchaseData}, plus litt, the sum of the logarithms of the customer's x inter-purchase
 * times (in the data's time unit), as BTYDplus's {@code elog2cbs} computes it.
 *
 * <p>litt enters the likelihood only as {@code (k - 1) litt}, a term free of the other parameters: it does not
 * move the fit for a given k but decides which k fits best. It obeys {@code litt <= x ln(t_x / x)} (the mean of
 * the logarithms is at most the logarithm of the mean inter-purchase time t_x / x), with equality when all the
 * gaps are equal; a litt above that bound comes from mixed time units, and is rejected.
 *
 * <p>Immutable: the array is copied in and never handed out. {@link PurchaseLogSummarizer.Accumulator#regularData()}
 * makes these data from a purchase log.
 */
public final class RegularPurchaseData {

  /** Relative slack on the bound {@code x ln(t_x / x)}, for the rounding of a sum of logarithms. */
  private static final double BOUND_SLACK = 1e-9;

  private final PurchaseData data;
  private final double[] litt;
  private final double weightedLitt;
  private final double weightedFrequency;

  private RegularPurchaseData(PurchaseData data, double[] litt) {
    this.data = data;
    this.litt = litt;
    double sumLitt = 0;
    double sumX = 0;
    for (int i = 0; i < litt.length; i++) {
      sumLitt += data.weight(i) * litt[i];
      sumX += data.weight(i) * data.frequency(i);
    }
    this.weightedLitt = sumLitt;
    this.weightedFrequency = sumX;
  }

  /**
   * Makes the data from purchase histories and their litt column.
   *
   * @param data frequency, recency, age and weight per row, not null
   * @param litt sum of the logarithms of the inter-purchase times per row: finite, 0 where the frequency is 0,
   *     and at most {@code x ln(t_x / x)}
   * @return the data
   * @throws IllegalArgumentException if the length differs from the rows of {@code data} or a value breaks
   *     the rule (the message names the row)
   * @throws NullPointerException if an argument is null
   */
  public static RegularPurchaseData of(PurchaseData data, double[] litt) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(litt, "litt");
    if (litt.length != data.size()) {
      throw new IllegalArgumentException("litt length must equal data size " + data.size() + ": " + litt.length);
    }
    for (int i = 0; i < litt.length; i++) {
      int x = data.frequency(i);
      double v = litt[i];
      if (!(v > Double.NEGATIVE_INFINITY && v < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("litt[" + i + "] must be finite: " + v);
      }
      if (x == 0 && v != 0) {
        throw new IllegalArgumentException("litt[" + i + "] must be 0 when frequency is 0: " + v);
      }
      if (x > 0) {
        double bound = x * Math.log(data.recency(i) / x);
        if (!(v <= bound + BOUND_SLACK * Math.max(1, Math.abs(bound)))) {
          throw new IllegalArgumentException("litt[" + i + "] must be <= frequency " + x + " x ln(recency "
              + data.recency(i) + " / frequency) = " + bound + ": " + v);
        }
      }
    }
    return new RegularPurchaseData(data, litt.clone());
  }

  /**
   * Returns the frequency, recency, age and weight columns.
   *
   * @return the purchase data
   */
  public PurchaseData purchases() {
    return data;
  }

  /**
   * Returns the number of rows.
   *
   * @return the rows, {@code > 0}
   */
  public int size() {
    return litt.length;
  }

  /**
   * Returns a row's litt.
   *
   * @param row the row index, {@code 0 <= row < size()}
   * @return the sum of the logarithms of the row's inter-purchase times
   * @throws IllegalArgumentException if the row is out of range
   */
  public double litt(int row) {
    if (row < 0 || row >= litt.length) {
      throw new IllegalArgumentException("row must be in [0, size " + litt.length + "): " + row);
    }
    return litt[row];
  }

  /** The weighted sum of litt over the rows. */
  double weightedLitt() {
    return weightedLitt;
  }

  /** The weighted sum of the frequencies over the rows. */
  double weightedFrequency() {
    return weightedFrequency;
  }
}
