package io.github.logicrm.core.customer;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A dependency between two customers of the same provider: the triangular shipper/consignee relationship.
 *
 * <p>A logistics provider often serves both ends of a flow: the shipper that buys the transport and the
 * consignee that receives the goods. Losing one side puts the other at risk. A link says that the business
 * the provider does with {@link #dependent()} depends on {@link #counterpart()}, and optionally how much of
 * the dependent's volume flows through that counterpart.
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerLink {

  CustomerLink() {}

  /**
   * Returns the customer whose business with the provider is at risk if the counterpart is lost.
   *
   * @return the dependent customer, not null
   */
  public abstract CustomerId dependent();

  /**
   * Returns the customer the dependent relies on.
   *
   * @return the counterpart, not null and never equal to {@link #dependent()}
   */
  public abstract CustomerId counterpart();

  /**
   * Returns the role the counterpart plays for the dependent.
   *
   * @return the kind of link, not null
   */
  public abstract LinkKind kind();

  /**
   * Returns the share of the dependent's volume with the provider that flows through this link.
   *
   * @return the share in [0, 1], if known
   */
  public abstract OptionalDouble volumeShare();

  /**
   * Obtains a link without a volume share.
   *
   * @param dependent the customer at risk, not null
   * @param counterpart the customer it relies on, not null and not the dependent
   * @param kind the counterpart's role, not null
   * @return the link
   * @throws IllegalArgumentException if dependent and counterpart are the same customer
   */
  public static CustomerLink of(CustomerId dependent, CustomerId counterpart, LinkKind kind) {
    return builder().dependent(dependent).counterpart(counterpart).kind(kind).build();
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
    if (dependent().equals(counterpart())) {
      throw new IllegalArgumentException(
          "counterpart must differ from dependent: " + counterpart());
    }
    volumeShare().ifPresent(v -> Checks.probability("volumeShare", v));
  }

  /** Builds a {@link CustomerLink}; {@code dependent}, {@code counterpart} and {@code kind} are required. */
  public static final class Builder extends ImmutableCustomerLink.Builder {
    Builder() {}
  }
}
