package io.github.logicrm.core.clv;

/**
 * When within its period a period's cash flow is received, which decides how far it is discounted.
 *
 * <p>Period {@code k} (counting from 0, the period the valuation falls in) is discounted by
 * {@code (1 + d)^-(k + offset())}. With {@link #START_OF_PERIOD} the first margin is received at once and is not
 * discounted, the convention of the textbook formula {@code m (1 + d) / (1 + d - r)}; with
 * {@link #END_OF_PERIOD} every margin is discounted one period more, giving {@code m / (1 + d - r)}.
 */
public enum TimingConvention {
  /** Cash arrives at the start of each period: the first period's cash is not discounted. */
  START_OF_PERIOD(0),
  /** Cash arrives at the end of each period: the first period's cash is discounted one full period. */
  END_OF_PERIOD(1);

  private final int offset;

  TimingConvention(int offset) {
    this.offset = offset;
  }

  /**
   * Returns the time, in periods, from the start of a period to its cash flow.
   *
   * @return 0 for {@link #START_OF_PERIOD}, 1 for {@link #END_OF_PERIOD}
   */
  public int offset() {
    return offset;
  }
}
