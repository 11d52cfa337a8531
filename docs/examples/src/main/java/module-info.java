/** LogiCRM examples: the code the user guide shows, scoring a sample customer book. */
module io.github.logicrm.examples {
  requires io.github.logicrm.core;
  requires io.github.logicrm.metrics;
  requires io.github.logicrm.jackson;
  requires io.github.logicrm.io;
  requires io.github.logicrm.pipeline;
  requires io.github.logicrm.report;

  opens sample;
}
