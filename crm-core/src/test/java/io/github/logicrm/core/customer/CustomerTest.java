package io.github.logicrm.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CustomerTest {

  static Customer.Builder minimal() {
    return Customer.builder()
        .id(CustomerId.of("C-001"))
        .name("Huanan Electronics")
        .status(CustomerStatus.REPEAT)
        .relationshipLevel(RelationshipLevel.ACCOUNTABLE);
  }

  static Customer full() {
    return minimal()
        .relationshipStart(LocalDate.of(2019, 3, 1))
        .addServices(LogisticsService.WAREHOUSING, LogisticsService.TRANSPORT)
        .addContacts(Contact.builder()
            .name("Li Wei")
            .role("logistics manager")
            .background("12 years with the company; decides on carriers")
            .addChannels(ContactChannel.of(ChannelKind.EMAIL, "li.wei@example.com"))
            .build())
        .businessScope("consumer electronics, South China")
        .annualRevenue(4.2e8)
        .growthPotential(0.12)
        .marketShare(0.035)
        .salesCapability(Rating.HIGH)
        .competitiveness(Rating.MEDIUM)
        .build();
  }

  @Test
  void buildsWithEveryField() {
    Customer c = full();
    assertThat(c.id().value()).isEqualTo("C-001");
    assertThat(c.services()).containsExactly(LogisticsService.TRANSPORT, LogisticsService.WAREHOUSING);
    assertThat(c.contacts()).singleElement().satisfies(k -> assertThat(k.role()).hasValue("logistics manager"));
    assertThat(c.annualRevenue()).hasValue(4.2e8);
    assertThat(c.marketShare()).hasValue(0.035);
  }

  @Test
  void optionalFiguresDefaultToEmpty() {
    Customer c = minimal().build();
    assertThat(c.relationshipStart()).isEmpty();
    assertThat(c.annualRevenue()).isEmpty();
    assertThat(c.growthPotential()).isEmpty();
    assertThat(c.marketShare()).isEmpty();
    assertThat(c.services()).isEmpty();
    assertThat(c.contacts()).isEmpty();
  }

  @Test
  void equalityIsByValue() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(full()).isNotEqualTo(Customer.builder().from(full()).name("Other").build());
  }

  @Test
  void rejectsMissingRequiredFields() {
    assertThatThrownBy(() -> Customer.builder().name("X").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("status")
        .hasMessageContaining("relationshipLevel");
  }

  @Test
  void rejectsNullFieldWithItsName() {
    assertThatThrownBy(() -> minimal().name(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void rejectsBlankName() {
    assertRejected(b -> b.name("  "), "name must not be blank: '  '");
  }

  @Test
  void rejectsBlankBusinessScope() {
    assertRejected(b -> b.businessScope(""), "businessScope must not be blank: ''");
  }

  @Test
  void rejectsNegativeOrNonFiniteRevenue() {
    assertRejected(b -> b.annualRevenue(-1), "annualRevenue must be finite and >= 0: -1.0");
    assertRejected(b -> b.annualRevenue(Double.NaN), "annualRevenue must be finite and >= 0: NaN");
    assertRejected(
        b -> b.annualRevenue(Double.POSITIVE_INFINITY), "annualRevenue must be finite and >= 0: Infinity");
  }

  @Test
  void rejectsGrowthAtOrBelowMinusOne() {
    assertRejected(b -> b.growthPotential(-1), "growthPotential must be finite and > -1: -1.0");
    assertThat(minimal().growthPotential(-0.5).build().growthPotential()).hasValue(-0.5);
  }

  @Test
  void rejectsMarketShareOutsideUnitInterval() {
    assertRejected(b -> b.marketShare(1.5), "marketShare must be in [0.0, 1.0]: 1.5");
    assertRejected(b -> b.marketShare(-0.01), "marketShare must be in [0.0, 1.0]: -0.01");
    assertThat(minimal().marketShare(1).build().marketShare()).hasValue(1);
  }

  @Test
  void rejectsInvalidContact() {
    assertThatThrownBy(() -> Contact.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact.name must not be blank: ' '");
    assertThatThrownBy(() -> Contact.builder().name("A").role("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact.role must not be blank: ''");
    assertThatThrownBy(() -> Contact.builder().name("A").background(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact.background must not be blank: ' '");
    assertThatThrownBy(() -> ContactChannel.of(ChannelKind.PHONE, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel.value must not be blank: ''");
  }

  private static void assertRejected(UnaryOperator<Customer.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(minimal()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
