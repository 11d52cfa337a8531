package io.github.logicrm.core.service;

import java.util.Objects;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Service quality over a set of shipments (one customer's, or a whole book's, over a period): how often each of
 * the 7R was right, the perfect-order rate computed two ways, OTIF, and the complaints.
 *
 * <p>The perfect-order rate is reported both as the share of orders on which every component right passed
 * ({@link #perfectOrderRate()}) and as the product of the component rates, the SCOR roll-up
 * ({@link #perfectOrderRateFromComponents()}). The two agree only when the component failures are independent;
 * failures that cluster on the same bad orders make the product the lower of the two. The counts are the
 * evidence: every rate is a count divided by {@link #shipments()}.
 */
@Value.Immutable
@ValueStyle
public abstract class ServiceSummary {

  ServiceSummary() {}

  /**
   * Returns the customer summarized.
   *
   * @return the customer; empty for a summary across customers
   */
  public abstract Optional<CustomerId> customerId();

  /**
   * Returns the number of shipments summarized.
   *
   * @return the count, {@code > 0}
   */
  public abstract int shipments();

  /**
   * Returns, for each right, on how many shipments it passed.
   *
   * @return the pass counts, one entry per {@link ServiceRight}, each in {@code [0, shipments]}
   */
  public abstract Map<ServiceRight, Integer> passed();

  /**
   * Returns on how many shipments all seven rights passed.
   *
   * @return the count, in {@code [0, shipments]}
   */
  public abstract int allRight();

  /**
   * Returns the rights that make an order perfect (SCOR: in full, on time, documentation, condition).
   *
   * @return the components, not empty
   */
  public abstract Set<ServiceRight> perfectOrderComponents();

  /**
   * Returns on how many shipments every perfect-order component passed.
   *
   * @return the count, in {@code [0, shipments]}
   */
  public abstract int perfectOrders();

  /**
   * Returns the OTIF figure, with its definition.
   *
   * @return the OTIF result, not null
   */
  public abstract OtifResult otif();

  /**
   * Returns the number of complaints raised about these shipments.
   *
   * @return the count, {@code >= 0}
   */
  public abstract int complaints();

  /**
   * Returns how many of the complaints were resolved.
   *
   * @return the count, in {@code [0, complaints]}
   */
  public abstract int resolvedComplaints();

  /**
   * Returns the summed resolution time of the resolved complaints.
   *
   * @return the total, not negative; zero when none was resolved
   */
  public abstract Duration totalResolutionTime();

  /**
   * Returns the share of shipments on which a right passed.
   *
   * @param right the right, not null
   * @return the pass rate, in [0, 1]
   */
  public double rate(ServiceRight right) {
    return passed().get(Objects.requireNonNull(right, "right")) / (double) shipments();
  }

  /**
   * Returns the share of shipments on which all seven rights passed.
   *
   * @return the rate, in [0, 1]
   */
  public double allRightRate() {
    return allRight() / (double) shipments();
  }

  /**
   * Returns the perfect-order rate as the share of orders on which every component passed.
   *
   * @return the per-order rate, in [0, 1]
   */
  public double perfectOrderRate() {
    return perfectOrders() / (double) shipments();
  }

  /**
   * Returns the perfect-order rate as the product of the component pass rates (the SCOR roll-up).
   *
   * @return the product of the component rates, in [0, 1]
   */
  public double perfectOrderRateFromComponents() {
    double product = 1;
    for (ServiceRight right : perfectOrderComponents()) {
      product *= rate(right);
    }
    return product;
  }

  /**
   * Returns the mean time to resolve a complaint.
   *
   * @return the mean over resolved complaints; empty when none was resolved
   */
  public Optional<Duration> meanResolutionTime() {
    return resolvedComplaints() == 0
        ? Optional.empty()
        : Optional.of(totalResolutionTime().dividedBy(resolvedComplaints()));
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
    if (shipments() <= 0) {
      throw new IllegalArgumentException("shipments must be > 0: " + shipments());
    }
    for (ServiceRight right : ServiceRight.values()) {
      Integer count = passed().get(right);
      if (count == null) {
        throw new IllegalArgumentException("passed must have a count for every right, missing: " + right);
      }
      inShipments("passed[" + right + "]", count);
    }
    inShipments("allRight", allRight());
    inShipments("perfectOrders", perfectOrders());
    Checks.notEmpty("perfectOrderComponents", perfectOrderComponents());
    if (complaints() < 0) {
      throw new IllegalArgumentException("complaints must be >= 0: " + complaints());
    }
    if (resolvedComplaints() < 0 || resolvedComplaints() > complaints()) {
      throw new IllegalArgumentException(
          "resolvedComplaints must be in [0, complaints " + complaints() + "]: " + resolvedComplaints());
    }
    if (totalResolutionTime().isNegative()) {
      throw new IllegalArgumentException("totalResolutionTime must not be negative: " + totalResolutionTime());
    }
  }

  private void inShipments(String name, int count) {
    if (count < 0 || count > shipments()) {
      throw new IllegalArgumentException(name + " must be in [0, shipments " + shipments() + "]: " + count);
    }
  }

  /** Builds a {@link ServiceSummary}; every attribute except {@code customerId} is required. */
  public static final class Builder extends ImmutableServiceSummary.Builder {
    Builder() {}
  }
}
