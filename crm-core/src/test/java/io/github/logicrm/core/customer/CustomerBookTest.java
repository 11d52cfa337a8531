package io.github.logicrm.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomerBookTest {

  private static Customer customer(String id) {
    return CustomerTest.minimal().id(CustomerId.of(id)).name("Company " + id).build();
  }

  @Test
  void findsCustomersAndDependents() {
    CustomerLink consigneeOfShipper =
        CustomerLink.of(CustomerId.of("B"), CustomerId.of("A"), LinkKind.SHIPPER);
    CustomerBook book = CustomerBook.builder()
        .addCustomers(customer("A"), customer("B"), customer("C"))
        .addLinks(consigneeOfShipper)
        .build();
    assertThat(book.find(CustomerId.of("B"))).map(Customer::name).hasValue("Company B");
    assertThat(book.find(CustomerId.of("Z"))).isEmpty();
    assertThat(book.dependentsOf(CustomerId.of("A"))).containsExactly(consigneeOfShipper);
    assertThat(book.dependentsOf(CustomerId.of("B"))).isEmpty();
  }

  @Test
  void rejectsDuplicateIds() {
    assertThatThrownBy(() -> CustomerBook.builder().addCustomers(customer("A"), customer("A")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must have unique ids, duplicate: A");
  }

  @Test
  void rejectsLinksOutsideTheBook() {
    assertThatThrownBy(() -> CustomerBook.builder()
            .addCustomers(customer("A"))
            .addLinks(CustomerLink.of(CustomerId.of("X"), CustomerId.of("A"), LinkKind.CONSIGNEE))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("link dependent is not a customer of the book: X");
    assertThatThrownBy(() -> CustomerBook.builder()
            .addCustomers(customer("A"))
            .addLinks(CustomerLink.of(CustomerId.of("A"), CustomerId.of("Y"), LinkKind.CONSIGNEE))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("link counterpart is not a customer of the book: Y");
  }

  @Test
  void rejectsSelfLinkAndBadShare() {
    assertThatThrownBy(() -> CustomerLink.of(CustomerId.of("A"), CustomerId.of("A"), LinkKind.SHIPPER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counterpart must differ from dependent: A");
    assertThatThrownBy(() -> CustomerLink.builder()
            .dependent(CustomerId.of("A"))
            .counterpart(CustomerId.of("B"))
            .kind(LinkKind.SHIPPER)
            .volumeShare(1.2)
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volumeShare must be in [0.0, 1.0]: 1.2");
  }
}
