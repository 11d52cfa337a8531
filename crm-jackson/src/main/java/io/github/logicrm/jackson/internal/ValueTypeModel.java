package io.github.logicrm.jackson.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the JSON codec knows of one LogiCRM value type: its attributes (accessor, builder setter, JSON type)
 * and how to start a builder.
 *
 * <p>A value type follows the project's Immutables style: a public static {@code builder()} whose builder has
 * one setter per attribute, named like the accessor, and a {@code build()} that validates. The attributes are
 * the accessors that have such a setter, in the generated class's field order; derived and lazy values have no
 * setter and are not written.
 */
final class ValueTypeModel<T> {

  /** How an attribute is held in the value type, which decides how it is written and read. */
  enum Shape {
    PLAIN,
    OPTIONAL,
    OPTIONAL_DOUBLE,
    OPTIONAL_INT,
    OPTIONAL_LONG,
    COLLECTION,
    MAP
  }

  /** One attribute of a value type. */
  static final class Attribute {
    final String name;
    final Method accessor;
    final Method setter;
    final Shape shape;
    final JavaType jsonType;

    Attribute(String name, Method accessor, Method setter, Shape shape, JavaType jsonType) {
      this.name = name;
      this.accessor = accessor;
      this.setter = setter;
      this.shape = shape;
      this.jsonType = jsonType;
    }

    boolean isOptional() {
      return shape != Shape.PLAIN && shape != Shape.COLLECTION && shape != Shape.MAP;
    }
  }

  final Class<T> type;
  final Method builderFactory;
  final Method build;
  final Map<String, Attribute> attributes;

  private ValueTypeModel(Class<T> type, Method builderFactory, Method build, Map<String, Attribute> attributes) {
    this.type = type;
    this.builderFactory = builderFactory;
    this.build = build;
    this.attributes = attributes;
  }

  static <T> ValueTypeModel<T> of(Class<T> type, TypeFactory typeFactory) {
    try {
      Method builderFactory = type.getMethod("builder");
      Class<?> builderType = builderFactory.getReturnType();
      Method build = builderType.getMethod("build");
      List<Attribute> found = new ArrayList<>();
      for (Method accessor : type.getMethods()) {
        if (isAccessor(accessor)) {
          Attribute attribute = attribute(accessor, builderType, typeFactory);
          if (attribute != null) {
            found.add(attribute);
          }
        }
      }
      List<String> order = fieldOrder(builderType);
      found.sort(Comparator.comparingInt((Attribute a) -> rank(order, a.name)).thenComparing(a -> a.name));
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      found.forEach(a -> attributes.put(a.name, a));
      return new ValueTypeModel<>(type, builderFactory, build, attributes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " is not a LogiCRM value type with a builder", e);
    }
  }

  private static boolean isAccessor(Method m) {
    return m.getParameterCount() == 0
        && !Modifier.isStatic(m.getModifiers())
        && m.getReturnType() != void.class
        && m.getDeclaringClass() != Object.class;
  }

  private static Attribute attribute(Method accessor, Class<?> builderType, TypeFactory typeFactory) {
    String name = accessor.getName();
    Class<?> raw = accessor.getReturnType();
    Type generic = accessor.getGenericReturnType();
    if (raw == Optional.class) {
      Type element = typeArgument(generic, 0);
      return withSetter(name, accessor, builderType, typeFactory.constructType(element).getRawClass(),
          Shape.OPTIONAL, typeFactory.constructType(element));
    }
    if (raw == OptionalDouble.class) {
      return withSetter(name, accessor, builderType, double.class, Shape.OPTIONAL_DOUBLE,
          typeFactory.constructType(double.class));
    }
    if (raw == OptionalInt.class) {
      return withSetter(name, accessor, builderType, int.class, Shape.OPTIONAL_INT,
          typeFactory.constructType(int.class));
    }
    if (raw == OptionalLong.class) {
      return withSetter(name, accessor, builderType, long.class, Shape.OPTIONAL_LONG,
          typeFactory.constructType(long.class));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      JavaType element = typeFactory.constructType(typeArgument(generic, 0));
      return withSetter(name, accessor, builderType, Iterable.class, Shape.COLLECTION,
          typeFactory.constructCollectionType(List.class, element));
    }
    if (Map.class.isAssignableFrom(raw)) {
      JavaType key = typeFactory.constructType(typeArgument(generic, 0));
      JavaType value = typeFactory.constructType(typeArgument(generic, 1));
      return withSetter(name, accessor, builderType, Map.class, Shape.MAP,
          typeFactory.constructMapType(LinkedHashMap.class, key, value));
    }
    return withSetter(name, accessor, builderType, raw, Shape.PLAIN, typeFactory.constructType(generic));
  }

  private static Attribute withSetter(
      String name, Method accessor, Class<?> builderType, Class<?> parameter, Shape shape, JavaType jsonType) {
    try {
      Method setter = builderType.getMethod(name, parameter);
      return new Attribute(name, accessor, setter, shape, jsonType);
    } catch (NoSuchMethodException e) {
      Class<?> primitive = shape == Shape.OPTIONAL ? MethodType.methodType(parameter).unwrap().returnType() : parameter;
      if (primitive != parameter) {
        // Immutables takes an Optional<Integer> attribute as int in its builder
        return withSetter(name, accessor, builderType, primitive, shape, jsonType);
      }
      return null; // derived or lazy value: not an input attribute
    }
  }

  private static Type typeArgument(Type generic, int index) {
    if (generic instanceof ParameterizedType) {
      Type argument = ((ParameterizedType) generic).getActualTypeArguments()[index];
      return argument;
    }
    throw new IllegalArgumentException("attribute type is not parameterized: " + generic);
  }

  private static List<String> fieldOrder(Class<?> builderType) {
    List<String> names = new ArrayList<>();
    Class<?> generated = builderType.getSuperclass().getEnclosingClass();
    if (generated != null) {
      for (Field f : generated.getDeclaredFields()) {
        names.add(f.getName());
      }
    }
    return names;
  }

  private static int rank(List<String> order, String name) {
    int i = order.indexOf(name);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
