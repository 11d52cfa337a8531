/**
 * The {@code logicrm} command line: {@code analyze} turns a book's exported records (CSV or JSON Lines files, or a
 * JDBC query) into the Customer 360 table, the book summary and the load report; {@code generate} writes a sample
 * book. Binds SLF4J to slf4j-simple, logging to standard error.
 */
module io.github.logicrm.cli {
  requires io.github.logicrm.pipeline;
  requires io.github.logicrm.report;
  requires io.github.logicrm.io;
  requires io.github.logicrm.jackson;
  requires com.fasterxml.jackson.databind;
  requires de.siegmar.fastcsv;
  requires info.picocli;
  requires java.sql;
  requires org.slf4j;

  opens io.github.logicrm.cli to info.picocli;
}
