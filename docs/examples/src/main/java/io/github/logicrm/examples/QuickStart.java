package io.github.logicrm.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.customer.LogisticsService;
import io.github.logicrm.core.customer.RelationshipLevel;

/** The README's quick start: build a customer, write it as JSON, read it back. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the quick start and returns the customer read back from JSON.
   *
   * @return the customer after a JSON round trip
   * @throws JsonProcessingException never for this input
   */
  public static Customer run() throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // finds LogiCrmModule
    Customer shipper = Customer.builder()
        .id(CustomerId.of("C-001"))
        .name("Huanan Electronics Co., Ltd.")
        .status(CustomerStatus.REPEAT)
        .relationshipLevel(RelationshipLevel.ACCOUNTABLE)
        .addServices(LogisticsService.TRANSPORT, LogisticsService.WAREHOUSING)
        .annualRevenue(4.2e8)
        .build();                                                         // validated here
    String json = mapper.writeValueAsString(shipper);
    Customer back = mapper.readValue(json, Customer.class);              // validated the same way
    return back;
  }

  /**
   * Prints the customer after the round trip.
   *
   * @param args ignored
   * @throws JsonProcessingException never for this input
   */
  public static void main(String[] args) throws JsonProcessingException {
    System.out.println(run());
  }
}
