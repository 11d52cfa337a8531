package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.customer.Contact;
import io.github.logicrm.core.customer.ContactChannel;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerBook;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerLink;
import java.util.List;

/** The customer area's value types. */
final class CustomerTypes {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(Customer.class, Contact.class, ContactChannel.class, CustomerLink.class, CustomerBook.class),
      List.of(new StringValueCodec<>(CustomerId.class, CustomerId::value, CustomerId::of)));

  private CustomerTypes() {}
}
