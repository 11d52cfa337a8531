package io.github.logicrm.core.satisfaction;

/**
 * What a heterotrait-monotrait ratio says about two constructs (Henseler, Ringle and Sarstedt 2015): below 0.85
 * they are distinct by the strict threshold, below 0.90 by the liberal one (for conceptually close constructs such
 * as satisfaction and loyalty), otherwise not distinct.
 */
public enum HtmtVerdict {
  /** HTMT below 0.85: distinct by the strict threshold. */
  DISTINCT,
  /** HTMT in [0.85, 0.90): distinct only by the liberal threshold for conceptually similar constructs. */
  DISTINCT_AT_090,
  /** HTMT of 0.90 or more (or NaN): discriminant validity not established. */
  NOT_DISTINCT;

  /** The strict threshold, 0.85. */
  public static final double STRICT = 0.85;
  /** The liberal threshold, 0.90. */
  public static final double LIBERAL = 0.90;

  /**
   * Returns the verdict on one ratio.
   *
   * @param htmt the ratio
   * @return {@link #DISTINCT} below 0.85, {@link #DISTINCT_AT_090} below 0.90, else {@link #NOT_DISTINCT}
   */
  public static HtmtVerdict of(double htmt) {
    return htmt < STRICT ? DISTINCT : htmt < LIBERAL ? DISTINCT_AT_090 : NOT_DISTINCT;
  }
}
