package io.github.logicrm.metrics.clv;

import io.github.logicrm.core.clv.PurchaseSummary;
import io.github.logicrm.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Purchase histories in columns, one row per customer or per compressed pattern: frequency x, recency t_x,
 * age T, a weight (how many customers share the row) and optionally the mean repeat spend.
 *
 * <p>Immutable: the arrays are copied in and never handed out. Rows are validated when the data are made;
 * messages name the column, the row and the value, e.g. {@code "recency[17] must be <= age 30.0: 31.5"}.
 */
public final class PurchaseData {

  private final int[] frequency;
  private final double[] recency;
  private final double[] age;
  private final double[] weight;
  private final double[] meanSpend;
  /** Customer ids per row when made from summaries, else null. */
  private final String[] customerIds;
  private final double totalWeight;

  private PurchaseData(int[] frequency, double[] recency, double[] age, double[] weight, double[] meanSpend,
      String[] customerIds) {
    this.customerIds = customerIds;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.weight = weight;
    this.meanSpend = meanSpend;
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    this.totalWeight = total;
  }

  /**
   * Makes data with weight 1 per row and no spend.
   *
   * @param frequency repeat purchases per customer, each {@code >= 0}
   * @param recency time of the last repeat purchase since the first, each finite, {@code >= 0}, at most the
   *     age, 0 when the frequency is 0 and {@code > 0} when it is not (a repeat purchase comes after the first
   *     one; purchases in the same period count once, as {@link PurchaseLogSummarizer} counts them)
   * @param age time since the first purchase, each finite and {@code >= 0}
   * @return the data
   * @throws IllegalArgumentException if the arrays are empty, differ in length, or a row is invalid
   * @throws NullPointerException if an array is null
   */
  public static PurchaseData of(int[] frequency, double[] recency, double[] age) {
    Objects.requireNonNull(frequency, "frequency");
    double[] ones = new double[frequency.length];
    Arrays.fill(ones, 1);
    return of(frequency, recency, age, ones);
  }

  /**
   * Makes weighted data, e.g. compressed patterns: row i stands for {@code weight[i]} customers.
   *
   * @param frequency repeat purchases per row, each {@code >= 0}
   * @param recency recency per row (see {@link #of(int[], double[], double[])})
   * @param age age per row
   * @param weight customers per row, each finite and {@code > 0}
   * @return the data
   * @throws IllegalArgumentException if the arrays are empty, differ in length, or a row is invalid
   * @throws NullPointerException if an array is null
   */
  public static PurchaseData of(int[] frequency, double[] recency, double[] age, double[] weight) {
    return create(frequency, recency, age, weight, null, null);
  }

  /**
   * Returns these data with the mean repeat spend of each row, as the Gamma-Gamma model needs.
   *
   * @param meanSpend mean value of the repeat purchases per row: finite and {@code >= 0}, exactly 0 where
   *     the frequency is 0
   * @return new data with the spend column
   * @throws IllegalArgumentException if the length differs or a value breaks the rule
   * @throws NullPointerException if the array is null
   */
  public PurchaseData withMeanSpend(double[] meanSpend) {
    Objects.requireNonNull(meanSpend, "meanSpend");
    return create(frequency, recency, age, weight, meanSpend, customerIds);
  }

  /**
   * Makes data from per-customer summaries, with weight 1 each and the mean repeat spend (0 where absent). The
   * data remember the customer ids, so messages about a row name its customer.
   *
   * @param summaries the summaries, not empty
   * @return the data
   * @throws IllegalArgumentException if the list is empty
   */
  public static PurchaseData from(List<PurchaseSummary> summaries) {
    int n = summaries.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    double[] w = new double[n];
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      PurchaseSummary s = summaries.get(i);
      x[i] = s.frequency();
      tx[i] = s.recency();
      t[i] = s.age();
      m[i] = s.meanRepeatSpend().orElse(0);
      w[i] = 1;
      ids[i] = s.customerId().value();
    }
    return create(x, tx, t, w, m, ids);
  }

  /**
   * Returns these data without the repeat buyers whose mean repeat spend is 0, with a record of whom it left
   * out. Gamma-Gamma models each transaction value as gamma distributed, hence positive: a customer whose repeat
   * purchases are all free has zero likelihood under it, and {@link PurchaseModelFitter#fitGammaGamma} rejects
   * data holding one, naming the customer. This is the explicit alternative: fit on {@link Exclusion#data()}
   * and report {@link Exclusion#count()} beside the fit. Rows without repeat purchases are kept (Gamma-Gamma
   * skips them anyway).
   *
   * @return the remaining data and the excluded rows and customers
   * @throws IllegalStateException if the data carry no mean spend
   * @throws IllegalArgumentException if no row would remain
   */
  public Exclusion withoutZeroSpendRepeatBuyers() {
    int n = size();
    int[] excluded = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (frequency[i] > 0 && meanSpend(i) == 0) {
        excluded[count++] = i;
      }
    }
    if (count == 0) {
      return new Exclusion(this, new int[0], List.of(), 0);
    }
    if (count == n) {
      throw new IllegalArgumentException("data must keep a row after excluding zero-spend repeat buyers: all "
          + n + " rows are");
    }
    int[] kept = new int[n - count];
    List<String> ids = new ArrayList<>();
    double weights = 0;
    for (int i = 0, j = 0, e = 0; i < n; i++) {
      if (e < count && excluded[e] == i) {
        e++;
        weights += weight[i];
        if (customerIds != null) {
          ids.add(customerIds[i]);
        }
      } else {
        kept[j++] = i;
      }
    }
    PurchaseData rest = new PurchaseData(pick(frequency, kept), pick(recency, kept), pick(age, kept),
        pick(weight, kept), pick(meanSpend, kept), customerIds == null ? null : pick(customerIds, kept));
    return new Exclusion(rest, Arrays.copyOf(excluded, count), List.copyOf(ids), weights);
  }

  private static int[] pick(int[] values, int[] rows) {
    int[] out = new int[rows.length];
    for (int j = 0; j < rows.length; j++) {
      out[j] = values[rows[j]];
    }
    return out;
  }

  private static double[] pick(double[] values, int[] rows) {
    double[] out = new double[rows.length];
    for (int j = 0; j < rows.length; j++) {
      out[j] = values[rows[j]];
    }
    return out;
  }

  private static String[] pick(String[] values, int[] rows) {
    String[] out = new String[rows.length];
    for (int j = 0; j < rows.length; j++) {
      out[j] = values[rows[j]];
    }
    return out;
  }

  /**
   * Rows left out of purchase data, with the reason: the result of {@link #withoutZeroSpendRepeatBuyers()}.
   * Immutable.
   */
  public static final class Exclusion {

    /** Why the rows were left out. */
    public static final String ZERO_SPEND_REASON =
        "repeat purchases with mean spend 0: Gamma-Gamma needs positive transaction values";

    private final PurchaseData data;
    private final int[] rows;
    private final List<String> customers;
    private final double weight;

    private Exclusion(PurchaseData data, int[] rows, List<String> customers, double weight) {
      this.data = data;
      this.rows = rows;
      this.customers = customers;
      this.weight = weight;
    }

    /**
     * Returns the data that remain.
     *
     * @return the remaining rows, in their original order
     */
    public PurchaseData data() {
      return data;
    }

    /**
     * Returns the indices of the excluded rows in the original data.
     *
     * @return a new array, ascending
     */
    public int[] rows() {
      return rows.clone();
    }

    /**
     * Returns the ids of the excluded customers, when the data were made from summaries.
     *
     * @return the ids in row order; empty if none were excluded or the data carry no ids
     */
    public List<String> customerIds() {
      return customers;
    }

    /**
     * Returns how many customers were excluded: the sum of the excluded rows' weights.
     *
     * @return the count, {@code >= 0}
     */
    public double count() {
      return weight;
    }

    /**
     * Returns why the rows were excluded.
     *
     * @return {@link #ZERO_SPEND_REASON}
     */
    public String reason() {
      return ZERO_SPEND_REASON;
    }

    @Override
    public String toString() {
      return "excluded " + rows.length + " rows (" + weight + " customers" + (customers.isEmpty() ? "" : " "
          + customers) + "): " + ZERO_SPEND_REASON;
    }
  }

  /**
   * Names a row for messages: its customer id when known, and its index.
   *
   * @param row the row index
   * @return for example {@code "customer C-4304 (row 4303)"} or {@code "row 4303"}
   */
  String describe(int row) {
    return customerIds == null ? "row " + row : "customer " + customerIds[row] + " (row " + row + ")";
  }

  private static PurchaseData create(int[] x, double[] tx, double[] t, double[] w, double[] m, String[] ids) {
    Objects.requireNonNull(x, "frequency");
    Objects.requireNonNull(tx, "recency");
    Objects.requireNonNull(t, "age");
    Objects.requireNonNull(w, "weight");
    int n = x.length;
    if (n == 0) {
      throw new IllegalArgumentException("frequency must not be empty");
    }
    checkLength("recency", tx.length, n);
    checkLength("age", t.length, n);
    checkLength("weight", w.length, n);
    if (m != null) {
      checkLength("meanSpend", m.length, n);
    }
    for (int i = 0; i < n; i++) {
      validateRow(x, tx, t, w, m, i);
    }
    return new PurchaseData(x.clone(), tx.clone(), t.clone(), w.clone(), m == null ? null : m.clone(), ids);
  }

  private static void validateRow(int[] x, double[] tx, double[] t, double[] w, double[] m, int i) {
    Checks.nonNegative("frequency", i, x[i]);
    Checks.nonNegative("recency", i, tx[i]);
    Checks.nonNegative("age", i, t[i]);
    if (tx[i] > t[i]) {
      throw new IllegalArgumentException("recency[" + i + "] must be <= age " + t[i] + ": " + tx[i]);
    }
    if (x[i] == 0 && tx[i] != 0) {
      throw new IllegalArgumentException("recency[" + i + "] must be 0 when frequency is 0: " + tx[i]);
    }
    if (x[i] > 0 && tx[i] == 0) {
      throw new IllegalArgumentException(Checks.at("recency", i) + " must be > 0 when frequency is " + x[i] + ": 0.0");
    }
    Checks.positive("weight", i, w[i]);
    if (m != null) {
      if (x[i] == 0 && m[i] != 0) {
        throw new IllegalArgumentException(
            "meanSpend[" + i + "] must be 0 for a customer without repeat purchases: " + m[i]);
      }
      Checks.nonNegative("meanSpend", i, m[i]);
    }
  }

  private static void checkLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(
          name + " length must equal frequency length " + expected + ": " + length);
    }
  }

  /**
   * Merges rows with identical frequency, recency, age (and mean spend, if present), adding their weights.
   * Likelihoods and fits are unchanged; evaluation gets faster when many customers share a pattern. The
   * fitter does this itself.
   *
   * @return compressed data, rows in order of first appearance (this object if no two rows are identical)
   */
  public PurchaseData compress() {
    int n = size();
    int capacity = Integer.highestOneBit(Math.max(4, 2 * n - 1)) << 1;
    int[] table = new int[capacity];
    Arrays.fill(table, -1);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] w = new double[n];
    double[] m = new double[n];
    int rows = 0;
    for (int i = 0; i < n; i++) {
      double spend = meanSpend == null ? 0 : meanSpend[i];
      int slot = hash(frequency[i], recency[i], age[i], spend) & (capacity - 1);
      while (table[slot] >= 0) {
        int row = table[slot];
        if (x[row] == frequency[i] && tx[row] == recency[i] && t[row] == age[i] && m[row] == spend) {
          break;
        }
        slot = (slot + 1) & (capacity - 1);
      }
      if (table[slot] >= 0) {
        w[table[slot]] += weight[i];
      } else {
        table[slot] = rows;
        x[rows] = frequency[i];
        tx[rows] = recency[i];
        t[rows] = age[i];
        m[rows] = spend;
        w[rows] = weight[i];
        rows++;
      }
    }
    if (rows == n) {
      return this;
    }
    return new PurchaseData(Arrays.copyOf(x, rows), Arrays.copyOf(tx, rows), Arrays.copyOf(t, rows),
        Arrays.copyOf(w, rows), meanSpend == null ? null : Arrays.copyOf(m, rows), null);
  }

  private static int hash(int x, double tx, double t, double m) {
    long h = x * 0x9E3779B97F4A7C15L;
    h = (h ^ Double.doubleToLongBits(tx + 0.0)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ Double.doubleToLongBits(t + 0.0)) * 0x94D049BB133111EBL;
    h = (h ^ Double.doubleToLongBits(m + 0.0)) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /**
   * Returns the number of rows.
   *
   * @return the rows, {@code > 0}
   */
  public int size() {
    return frequency.length;
  }

  /**
   * Returns the number of customers: the sum of the weights.
   *
   * @return the total weight, {@code > 0}
   */
  public double customers() {
    return totalWeight;
  }

  /**
   * Tells whether the data carry mean repeat spend.
   *
   * @return true if made with {@link #withMeanSpend(double[])} or {@link #from(List)}
   */
  public boolean hasMeanSpend() {
    return meanSpend != null;
  }

  /**
   * Returns a row's frequency.
   *
   * @param row the row index, {@code 0 <= row < size()}
   * @return repeat purchases
   * @throws IllegalArgumentException if the row is out of range
   */
  public int frequency(int row) {
    return frequency[checkRow(row)];
  }

  /**
   * Returns a row's recency.
   *
   * @param row the row index, {@code 0 <= row < size()}
   * @return the recency
   * @throws IllegalArgumentException if the row is out of range
   */
  public double recency(int row) {
    return recency[checkRow(row)];
  }

  /**
   * Returns a row's age.
   *
   * @param row the row index, {@code 0 <= row < size()}
   * @return the age
   * @throws IllegalArgumentException if the row is out of range
   */
  public double age(int row) {
    return age[checkRow(row)];
  }

  /**
   * Returns a row's weight.
   *
   * @param row the row index, {@code 0 <= row < size()}
   * @return customers the row stands for
   * @throws IllegalArgumentException if the row is out of range
   */
  public double weight(int row) {
    return weight[checkRow(row)];
  }

  /**
   * Returns a row's mean repeat spend.
   *
   * @param row the row index, {@code 0 <= row < size()}
   * @return the mean spend (0 without repeat purchases)
   * @throws IllegalStateException if the data carry no spend
   * @throws IllegalArgumentException if the row is out of range
   */
  public double meanSpend(int row) {
    if (meanSpend == null) {
      throw new IllegalStateException("these purchase data carry no mean spend; use withMeanSpend(..)");
    }
    return meanSpend[checkRow(row)];
  }

  private int checkRow(int row) {
    if (row < 0 || row >= frequency.length) {
      throw new IllegalArgumentException("row must be in [0, size " + frequency.length + "): " + row);
    }
    return row;
  }

  int maxFrequency() {
    int max = 0;
    for (int v : frequency) {
      max = Math.max(max, v);
    }
    return max;
  }

  /** Which frequencies occur: {@code result[x]} is true if some row has frequency x; length maxFrequency + 1. */
  boolean[] frequenciesPresent() {
    boolean[] present = new boolean[maxFrequency() + 1];
    for (int v : frequency) {
      present[v] = true;
    }
    return present;
  }
}
