package io.github.logicrm.core.customer;

/** The lines of logistics business a customer can buy from a provider. */
public enum LogisticsService {
  /** Line haul and trunk transport: road, rail, sea or air freight. */
  TRANSPORT,
  /** Storage and inventory management in the provider's warehouses. */
  WAREHOUSING,
  /** Distribution and last-mile delivery to the customer's consignees. */
  DISTRIBUTION,
  /** Packaging and light processing: labelling, kitting, repacking. */
  PACKAGING_PROCESSING,
  /** Value-added services: customs brokerage, supply-chain finance, consulting, returns handling. */
  VALUE_ADDED
}
