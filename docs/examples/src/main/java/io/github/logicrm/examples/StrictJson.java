package io.github.logicrm.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.jackson.LogiCrmJson;

/** The guide's strict reading of documents from outside: the strict mapper also refuses trailing content. */
public final class StrictJson {

  private StrictJson() {}

  /**
   * Reads a customer with the strict mapper.
   *
   * @param json one JSON document holding a customer, and nothing after it
   * @return the customer
   * @throws JsonProcessingException if the document is not exactly one valid customer
   */
  public static Customer read(String json) throws JsonProcessingException {
    ObjectMapper mapper = LogiCrmJson.strictMapper();
    Customer c = mapper.readValue(json, Customer.class);    // "{...} {}" fails: trailing token
    return c;
  }
}
