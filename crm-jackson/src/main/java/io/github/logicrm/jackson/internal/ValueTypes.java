package io.github.logicrm.jackson.internal;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.List;

/**
 * Registers the serializers and deserializers of LogiCRM value types. Each domain area lists its types in a
 * class of its own ({@link CustomerTypes}, ...); {@link #all()} gathers them.
 */
public final class ValueTypes {

  private final List<Class<?>> builtTypes;
  private final List<StringValueCodec<?>> stringTypes;

  ValueTypes(List<Class<?>> builtTypes, List<StringValueCodec<?>> stringTypes) {
    this.builtTypes = builtTypes;
    this.stringTypes = stringTypes;
  }

  /**
   * Returns the value types of every domain area.
   *
   * @return the registrations, in area order
   */
  public static List<ValueTypes> all() {
    return List.of(
        CustomerTypes.TYPES,
        SatisfactionTypes.TYPES,
        ClvTypes.TYPES,
        BtydTypes.TYPES,
        LifecycleTypes.TYPES,
        SegmentationTypes.TYPES,
        LoyaltyTypes.TYPES,
        SwitchingTypes.TYPES,
        ServiceTypes.TYPES,
        RetentionTypes.TYPES,
        BookTypes.TYPES,
        Customer360Types.TYPES,
        CovariateTypes.TYPES, ValidationTypes.TYPES, UncertaintyTypes.TYPES, RenewalHorizonTypes.TYPES);
  }

  /**
   * Adds this area's serializers and deserializers.
   *
   * @param serializers where serializers go
   * @param deserializers where deserializers go
   */
  public void addTo(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    TypeFactory typeFactory = TypeFactory.defaultInstance();
    for (Class<?> type : builtTypes) {
      addBuilt(type, typeFactory, serializers, deserializers);
    }
    for (StringValueCodec<?> codec : stringTypes) {
      addString(codec, serializers, deserializers);
    }
  }

  /**
   * Returns every type this area registers.
   *
   * @return built value types, then string-valued types
   */
  public List<Class<?>> types() {
    List<Class<?>> types = new java.util.ArrayList<>(builtTypes);
    stringTypes.forEach(c -> types.add(c.type));
    return types;
  }

  private static <T> void addBuilt(
      Class<T> type, TypeFactory typeFactory, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    ValueTypeModel<T> model = ValueTypeModel.of(type, typeFactory);
    serializers.addSerializer(type, new ValueTypeSerializer<>(model));
    deserializers.addDeserializer(type, new ValueTypeDeserializer<>(model));
  }

  private static <T> void addString(
      StringValueCodec<T> codec, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(codec.type, codec.serializer());
    deserializers.addDeserializer(codec.type, codec.deserializer());
  }
}
