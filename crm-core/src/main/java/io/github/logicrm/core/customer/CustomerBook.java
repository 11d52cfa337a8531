package io.github.logicrm.core.customer;

import io.github.logicrm.core.internal.ValueStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A provider's customer book: its customers and the links between them.
 *
 * <p>Customer ids are unique within a book and every link refers to customers in the book, so questions such
 * as "who is at risk if we lose this shipper?" can be answered from the book alone.
 */
@Value.Immutable
@ValueStyle
public abstract class CustomerBook {

  CustomerBook() {}

  /**
   * Returns the customers, in the order given.
   *
   * @return the customers, with unique ids
   */
  public abstract List<Customer> customers();

  /**
   * Returns the links between customers of the book.
   *
   * @return the links, each between two customers of the book
   */
  public abstract List<CustomerLink> links();

  /**
   * Finds a customer by id.
   *
   * @param id the id to look up, not null
   * @return the customer, or empty if the book has no customer with that id
   */
  public Optional<Customer> find(CustomerId id) {
    return Optional.ofNullable(byId().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the links whose business is at risk if the given customer is lost: those in which it is the
   * counterpart.
   *
   * @param id the customer that might be lost, not null
   * @return the links in which {@code id} is the counterpart, in book order; empty if none
   */
  public List<CustomerLink> dependentsOf(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return links().stream().filter(l -> l.counterpart().equals(id)).collect(Collectors.toUnmodifiableList());
  }

  @Value.Lazy
  Map<CustomerId, Customer> byId() {
    return customers().stream().collect(Collectors.toUnmodifiableMap(Customer::id, Function.identity()));
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
    Set<CustomerId> ids = new HashSet<>();
    for (Customer c : customers()) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("customers must have unique ids, duplicate: " + c.id());
      }
    }
    for (CustomerLink link : links()) {
      if (!ids.contains(link.dependent())) {
        throw new IllegalArgumentException("link dependent is not a customer of the book: " + link.dependent());
      }
      if (!ids.contains(link.counterpart())) {
        throw new IllegalArgumentException(
            "link counterpart is not a customer of the book: " + link.counterpart());
      }
    }
  }

  /** Builds a {@link CustomerBook}; both lists may be empty. */
  public static final class Builder extends ImmutableCustomerBook.Builder {
    Builder() {}
  }
}
