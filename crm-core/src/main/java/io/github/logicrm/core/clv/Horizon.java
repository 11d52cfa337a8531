package io.github.logicrm.core.clv;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How many periods of cash flow a lifetime value counts: a finite number, or all of them.
 *
 * <p>A finite horizon of {@code n} periods counts the cash flows of periods {@code 0 .. n-1}, that is
 * {@code n} cash flows (a five-year contract is {@code finite(5)}). The sum written
 * {@code sum_{t=0..n}} in the literature has {@code n + 1} terms and is {@code finite(n + 1)} here.
 */
@Value.Immutable
@ValueStyle
public abstract class Horizon {

  private static final Horizon INFINITE = builder().build();

  Horizon() {}

  /**
   * Returns the number of periods counted.
   *
   * @return the number of periods, {@code >= 1}; empty for an infinite horizon
   */
  public abstract OptionalInt periods();

  /**
   * Obtains a finite horizon.
   *
   * @param periods the number of periods counted, {@code >= 1}
   * @return the horizon
   * @throws IllegalArgumentException if {@code periods < 1}
   */
  public static Horizon finite(int periods) {
    return builder().periods(periods).build();
  }

  /**
   * Returns the infinite horizon.
   *
   * @return the horizon that counts every future period
   */
  public static Horizon infinite() {
    return INFINITE;
  }

  /**
   * Tells whether the horizon counts every future period.
   *
   * @return true if infinite
   */
  public boolean isInfinite() {
    return periods().isEmpty();
  }

  /**
   * Starts a builder; without {@code periods} it builds the infinite horizon.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    periods().ifPresent(n -> Checks.positive("horizon", n));
  }

  @Override
  public String toString() {
    return isInfinite() ? "infinite" : periods().getAsInt() + " periods";
  }

  /** Builds a {@link Horizon}; without {@code periods} it is infinite. */
  public static final class Builder extends ImmutableHorizon.Builder {
    Builder() {}
  }
}
