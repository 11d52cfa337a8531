/** LogiCRM test support: a real PostgreSQL server for the JDBC tests of crm-io and crm-cli. Not published. */
module io.github.logicrm.testing {
  requires transitive org.junit.jupiter.api;
  requires java.sql;

  exports io.github.logicrm.testing;
}
