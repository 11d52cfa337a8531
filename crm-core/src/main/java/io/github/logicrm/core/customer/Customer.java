package io.github.logicrm.core.customer;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A customer of a logistics provider, as the customer database keeps it.
 *
 * <p>Besides identity, status and relationship, the record holds the profile figures a provider uses to judge a
 * shipper's importance: annual revenue, growth potential, market share, sales capability and competitiveness.
 * Each figure is optional because a prospect's are rarely all known.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}: {@code id}, {@code name},
 * {@code status} and {@code relationshipLevel} are required. Invalid values fail at {@code build()} with an
 * {@link IllegalArgumentException} whose message names the field and the value.
 */
@Value.Immutable
@ValueStyle
public abstract class Customer {

  Customer() {}

  /**
   * Returns the customer's identifier.
   *
   * @return the identifier, not null
   */
  public abstract CustomerId id();

  /**
   * Returns the company name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns where the customer stands on the way from potential to loyal, or lost.
   *
   * @return the status, not null
   */
  public abstract CustomerStatus status();

  /**
   * Returns the level of relationship the provider keeps with the customer.
   *
   * @return the level, not null
   */
  public abstract RelationshipLevel relationshipLevel();

  /**
   * Returns the date the business relationship began (first contract or first order).
   *
   * @return the start date, empty for customers not yet won
   */
  public abstract Optional<LocalDate> relationshipStart();

  /**
   * Returns the logistics services the customer buys, in enum order.
   *
   * @return the services, possibly empty
   */
  public abstract Set<LogisticsService> services();

  /**
   * Returns the people the provider deals with at the customer.
   *
   * @return the contacts, possibly empty
   */
  public abstract List<Contact> contacts();

  /**
   * Returns a description of the customer's business scope: industry, products, regions served.
   *
   * @return the business scope, if known; never blank when present
   */
  public abstract Optional<String> businessScope();

  /**
   * Returns the customer's own annual sales revenue, in the caller's currency.
   *
   * @return the revenue, if known; finite and {@code >= 0} when present
   */
  public abstract OptionalDouble annualRevenue();

  /**
   * Returns the customer's expected annual growth rate as a fraction (0.08 for 8% a year).
   *
   * @return the growth rate, if known; finite and {@code > -1} when present
   */
  public abstract OptionalDouble growthPotential();

  /**
   * Returns the customer's share of its own market, as a fraction in [0, 1].
   *
   * @return the market share, if known
   */
  public abstract OptionalDouble marketShare();

  /**
   * Returns the account manager's rating of the customer's sales capability.
   *
   * @return the rating, if judged
   */
  public abstract Optional<Rating> salesCapability();

  /**
   * Returns the account manager's rating of the customer's competitiveness in its market.
   *
   * @return the rating, if judged
   */
  public abstract Optional<Rating> competitiveness();

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
    Checks.notBlank("name", name());
    businessScope().ifPresent(s -> Checks.notBlank("businessScope", s));
    annualRevenue().ifPresent(v -> Checks.nonNegative("annualRevenue", v));
    growthPotential().ifPresent(Customer::checkGrowth);
    marketShare().ifPresent(v -> Checks.probability("marketShare", v));
  }

  private static void checkGrowth(double rate) {
    if (!(rate > -1 && rate < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("growthPotential must be finite and > -1: " + rate);
    }
  }

  /** Builds a {@link Customer}; {@code id}, {@code name}, {@code status} and {@code relationshipLevel} are required. */
  public static final class Builder extends ImmutableCustomer.Builder {
    Builder() {}
  }
}
