package io.github.logicrm.jackson;

import static io.github.logicrm.jackson.internal.GoldenJson.MAPPER;
import static io.github.logicrm.jackson.internal.GoldenJson.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.logicrm.core.customer.ChannelKind;
import io.github.logicrm.core.customer.Contact;
import io.github.logicrm.core.customer.ContactChannel;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerBook;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerLink;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.customer.LinkKind;
import io.github.logicrm.core.customer.LogisticsService;
import io.github.logicrm.core.customer.Rating;
import io.github.logicrm.core.customer.RelationshipLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerJsonTest {

  private static final String VALID = "{\"id\":\"C-9\",\"name\":\"Acme\",\"status\":\"LOYAL\","
      + "\"relationshipLevel\":\"BASIC\"";

  static Customer customer() {
    return Customer.builder()
        .id(CustomerId.of("C-001"))
        .name("Huanan Electronics")
        .status(CustomerStatus.REPEAT)
        .relationshipLevel(RelationshipLevel.ACCOUNTABLE)
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
  void customerMatchesGolden() {
    assertMatchesGolden(customer(), Customer.class);
  }

  @Test
  void contactMatchesGolden() {
    Contact contact = Contact.builder()
        .name("Zhang Min")
        .role("accounts payable")
        .addChannels(ContactChannel.of(ChannelKind.PHONE, "+86 20 5555 0101"))
        .addChannels(ContactChannel.of(ChannelKind.MESSAGING, "zhangmin_ap"))
        .build();
    assertMatchesGolden(contact, Contact.class);
    assertMatchesGolden(ContactChannel.of(ChannelKind.EMAIL, "ops@example.com"), ContactChannel.class);
  }

  @Test
  void linkAndIdMatchGolden() {
    CustomerLink link = CustomerLink.builder()
        .dependent(CustomerId.of("C-002"))
        .counterpart(CustomerId.of("C-001"))
        .kind(LinkKind.SHIPPER)
        .volumeShare(0.6)
        .build();
    assertMatchesGolden(link, CustomerLink.class);
    assertMatchesGolden(CustomerId.of("C-001"), CustomerId.class);
  }

  @Test
  void bookMatchesGolden() {
    CustomerBook book = CustomerBook.builder()
        .addCustomers(Customer.builder()
            .id(CustomerId.of("C-001"))
            .name("Huanan Electronics")
            .status(CustomerStatus.LOYAL)
            .relationshipLevel(RelationshipLevel.PARTNERSHIP)
            .addServices(LogisticsService.TRANSPORT)
            .build())
        .addCustomers(Customer.builder()
            .id(CustomerId.of("C-002"))
            .name("Pearl River Retail")
            .status(CustomerStatus.FIRST_TIME)
            .relationshipLevel(RelationshipLevel.REACTIVE)
            .build())
        .addLinks(CustomerLink.of(CustomerId.of("C-002"), CustomerId.of("C-001"), LinkKind.SHIPPER))
        .build();
    assertMatchesGolden(book, CustomerBook.class);
  }

  @Test
  void explicitRegistrationWorksWithoutServiceLoader() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new LogiCrmModule());
    assertThat(plain.readValue(plain.writeValueAsString(customer()), Customer.class)).isEqualTo(customer());
  }

  @Test
  void nullOptionalMeansAbsent() throws Exception {
    Customer c = MAPPER.readValue(VALID + ",\"marketShare\":null,\"role\":null}".replace(",\"role\":null", ""),
        Customer.class);
    assertThat(c.marketShare()).isEmpty();
  }

  @Test
  void wrongJsonTypeNamesTheField() {
    assertThatThrownBy(() -> MAPPER.readValue(VALID + ",\"annualRevenue\":\"lots\"}", Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("\"lots\"")
        .hasMessageContaining("Customer[\"annualRevenue\"]");
    assertThatThrownBy(() -> MAPPER.readValue("[1,2]", Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Customer");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"Acme\"}", Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing required field(s) of Customer: [id, status, relationshipLevel]");
  }

  @Test
  void nullRequiredFieldIsNamed() {
    assertThatThrownBy(() -> MAPPER.readValue(VALID.replace("\"Acme\"", "null") + "}", Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Field 'name' of Customer must not be null");
  }

  @Test
  void invalidValueNamesFieldAndKeepsDomainCause() {
    assertThatThrownBy(() -> MAPPER.readValue(VALID + ",\"marketShare\":1.5}", Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Invalid field 'marketShare' of Customer: marketShare must be in [0.0, 1.0]: 1.5")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidNestedValueCarriesThePath() {
    String json = VALID + ",\"contacts\":[{\"name\":\"  \"}]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("contact.name must not be blank")
        .hasMessageContaining("Customer[\"contacts\"]->java.util.ArrayList[0]");
  }

  @Test
  void invalidIdIsRejected() {
    assertThatThrownBy(() -> MAPPER.readValue(VALID.replace("\"C-9\"", "\" \"") + "}", Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("customerId must not be blank")
        .hasMessageContaining("Customer[\"id\"]");
  }

  @Test
  void unknownEnumConstantNamesFieldAndValue() {
    assertThatThrownBy(() -> MAPPER.readValue(VALID.replace("LOYAL", "DEVOTED") + "}", Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("DEVOTED")
        .hasMessageContaining("Customer[\"status\"]");
  }

  @Test
  void unknownFieldIsRejectedUnlessTheMapperAllowsIt() throws Exception {
    assertThatThrownBy(() -> MAPPER.readValue(VALID + ",\"colour\":\"red\"}", Customer.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"colour\"");
    ObjectMapper lenient = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(VALID + ",\"colour\":\"red\"}", Customer.class).name()).isEqualTo("Acme");
  }
}
