package io.github.logicrm.core.satisfaction;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One point of an importance-performance map: a construct, or one item of a construct, with its importance for
 * the map's target and its performance on 0-100.
 *
 * <p>For a construct, {@link #name()} and {@link #construct()} are the same; for an item, {@link #name()} is the
 * item and {@link #construct()} the block it measures.
 */
@Value.Immutable
@ValueStyle
public abstract class IpmaPoint {

  IpmaPoint() {}

  /**
   * Returns the construct's or the item's name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the construct the point belongs to: the construct itself, or the block of an item.
   *
   * @return the block name, not blank
   */
  @Value.Parameter
  public abstract String construct();

  /**
   * Returns the importance: for a construct, its unstandardized total effect on the target (the change of the
   * target's 0-100 score when the construct's 0-100 score rises by one point); for an item, its rescaled outer
   * weight times its construct's importance.
   *
   * @return the importance, finite
   */
  @Value.Parameter
  public abstract double importance();

  /**
   * Returns the performance: the mean 0-100 score of the construct, or the item's mean answer rescaled to 0-100.
   *
   * @return the performance in [0, 100]
   */
  @Value.Parameter
  public abstract double performance();

  /**
   * Obtains a point.
   *
   * @param name the construct's or item's name, not blank
   * @param construct the construct it belongs to, not blank
   * @param importance the importance, finite
   * @param performance the performance in [0, 100]
   * @return the point
   * @throws IllegalArgumentException if a name is blank, the importance is not finite or the performance is
   *     outside [0, 100]
   */
  public static IpmaPoint of(String name, String construct, double importance, double performance) {
    return ImmutableIpmaPoint.of(name, construct, importance, performance);
  }

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
    Checks.notBlank("point.name", name());
    Checks.notBlank("point.construct", construct());
    Checks.finite(name() + ".importance", importance());
    Checks.inClosedRange(name() + ".performance", performance(), 0, 100);
  }

  /** Builds an {@link IpmaPoint}; every attribute is required. */
  public static final class Builder extends ImmutableIpmaPoint.Builder {
    Builder() {}
  }
}
