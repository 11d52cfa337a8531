/**
 * LogiCRM Jackson module: JSON for every LogiCRM value type. See {@link io.github.logicrm.jackson.LogiCrmModule}.
 */
module io.github.logicrm.jackson {
  requires transitive io.github.logicrm.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.github.logicrm.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.logicrm.jackson.LogiCrmModule;
}
