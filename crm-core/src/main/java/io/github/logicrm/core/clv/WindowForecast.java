package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A customer's expected purchases and value in one window of future calendar periods, from a purchase model.
 */
@Value.Immutable
@ValueStyle
public abstract class WindowForecast {

  WindowForecast() {}

  /**
   * Returns the window.
   *
   * @return the window, not null
   */
  public abstract CalendarWindow window();

  /**
   * Returns the expected number of purchases in the window, undiscounted.
   *
   * @return the expected purchases, finite and {@code >= 0}
   */
  public abstract double expectedPurchases();

  /**
   * Returns the expected purchases in the window with each period's discounted to today at the end of the
   * period.
   *
   * @return the discounted expected purchases, finite and {@code >= 0}
   */
  public abstract double discountedPurchases();

  /**
   * Returns the present value of the window: margin times expected spend per purchase times the discounted
   * expected purchases.
   *
   * @return the value in money, finite and {@code >= 0}
   */
  public abstract double value();

  /**
   * Returns the probability that the customer is still active at the end of the window.
   *
   * @return the probability, in [0, 1]
   */
  public abstract double probabilityAliveAtEnd();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonNegative("expectedPurchases", expectedPurchases());
    Checks.nonNegative("discountedPurchases", discountedPurchases());
    Checks.nonNegative("value", value());
    Checks.probability("probabilityAliveAtEnd", probabilityAliveAtEnd());
  }

  /** Builds a {@link WindowForecast}; every attribute is required. */
  public static final class Builder extends ImmutableWindowForecast.Builder {
    Builder() {}
  }
}
