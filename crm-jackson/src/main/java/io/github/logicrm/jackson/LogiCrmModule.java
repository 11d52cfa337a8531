package io.github.logicrm.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.logicrm.jackson.internal.ValueTypes;
import java.util.List;

/**
 * The Jackson module for every LogiCRM value type.
 *
 * <p>Register it explicitly with {@code mapper.registerModule(new LogiCrmModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@link java.util.ServiceLoader}. It brings
 * {@link JavaTimeModule} with it for the dates inside value types.
 *
 * <p>Value types are written as JSON objects with one field per attribute (empty optionals left out, dates as
 * ISO-8601 strings) and identifiers as plain strings. Reading goes through each type's builder, so JSON is
 * validated exactly like Java input: a wrong JSON type, an unknown field, a missing required field, an unknown
 * enum constant or a value the type rejects fails with a {@link com.fasterxml.jackson.databind.JsonMappingException}
 * whose message names the field and, for rejected values, whose cause is the domain's
 * {@link IllegalArgumentException}.
 */
public final class LogiCrmModule extends Module {

  /** Creates the module. */
  public LogiCrmModule() {}

  @Override
  public String getModuleName() {
    return "LogiCrmModule";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "io.github.logicrm", "crm-jackson");
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule());
  }

  @Override
  public Object getTypeId() {
    return LogiCrmModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (ValueTypes area : ValueTypes.all()) {
      area.addTo(serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }
}
