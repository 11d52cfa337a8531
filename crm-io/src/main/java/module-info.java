/**
 * LogiCRM readers: a logistics company's shipments, invoices, survey responses and customer master, from CSV,
 * JSON Lines or a JDBC query. See {@link io.github.logicrm.io.ShipmentReader}.
 */
module io.github.logicrm.io {
  requires transitive io.github.logicrm.core;
  requires transitive java.sql;
  requires io.github.logicrm.jackson;
  requires de.siegmar.fastcsv;

  exports io.github.logicrm.io;
}
