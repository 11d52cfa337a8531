package io.github.logicrm.hostile;

import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Valid baseline arguments and hostile replacements, per parameter type. A call changes one argument of a
 * baseline call to each hostile value of its type in turn.
 */
final class Values {

  /** Length of every baseline array, so that arrays of one call agree with each other. */
  static final int LENGTH = 3;

  private final Function<Class<?>, Object> samples;

  /**
   * @param samples a valid instance of a library type, or null when the suite has none
   */
  Values(Function<Class<?>, Object> samples) {
    this.samples = samples;
  }

  /** A hostile value with a label for the report. */
  record Hostile(String label, Object value) {}

  /** A valid-looking value of a type: small, positive, arrays of {@link #LENGTH}; null when unknown. */
  Object baseline(Type type) {
    Class<?> raw = raw(type);
    if (raw == double.class || raw == Double.class) {
      return 1.0;
    }
    if (raw == int.class || raw == Integer.class) {
      return 1;
    }
    if (raw == long.class || raw == Long.class) {
      return 1L;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return true;
    }
    if (raw == double[].class) {
      return new double[] {1, 2, 3};
    }
    if (raw == int[].class) {
      return new int[] {1, 2, 3};
    }
    if (raw == long[].class) {
      return new long[] {1, 2, 3};
    }
    if (raw == boolean[].class) {
      return new boolean[] {true, false, true};
    }
    if (raw == byte[].class) {
      return new byte[] {1, 2, 3};
    }
    if (raw == double[][].class) {
      return new double[][] {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}};
    }
    if (raw == int[][].class) {
      return new int[][] {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}};
    }
    if (raw == String.class || raw == CharSequence.class) {
      return "a";
    }
    if (raw == LocalDate.class) {
      return LocalDate.of(2026, 1, 1);
    }
    if (raw == Instant.class) {
      return Instant.parse("2026-01-01T00:00:00Z");
    }
    if (raw == Duration.class) {
      return Duration.ofDays(1);
    }
    if (raw == YearMonth.class) {
      return YearMonth.of(2026, 1);
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    if (raw == Optional.class) {
      Object inner = baseline(argument(type, 0));
      return inner == null ? Optional.empty() : Optional.of(inner);
    }
    if (raw == OptionalDouble.class) {
      return OptionalDouble.of(1);
    }
    if (raw == OptionalInt.class) {
      return OptionalInt.of(1);
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      Object inner = baseline(argument(type, 0));
      return inner == null ? List.of() : List.of(inner);
    }
    if (raw == Set.class) {
      Object inner = baseline(argument(type, 0));
      return inner == null ? Set.of() : Set.of(inner);
    }
    if (raw == Map.class || raw == SortedMap.class) {
      Object key = baseline(argument(type, 0));
      Object value = baseline(argument(type, 1));
      SortedMap<Object, Object> map = new TreeMap<>();
      if (key != null && value != null && key instanceof Comparable) {
        map.put(key, value);
      }
      return raw == Map.class ? Map.copyOf(map) : map;
    }
    if (raw.isArray()) {
      Object element = baseline(raw.getComponentType());
      Object array = Array.newInstance(raw.getComponentType(), LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        Array.set(array, i, element);
      }
      return array;
    }
    return raw == Object.class ? null : samples.apply(raw);
  }

  /** The hostile values of a type; empty for types with no hostile value (booleans). */
  List<Hostile> hostile(Type type) {
    Class<?> raw = raw(type);
    List<Hostile> out = new ArrayList<>();
    if (raw == double.class || raw == Double.class) {
      for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
          Double.MAX_VALUE, -Double.MAX_VALUE, 0, -1, Double.MIN_VALUE, 1e300}) {
        out.add(new Hostile(Double.toString(v), v));
      }
    } else if (raw == int.class || raw == Integer.class) {
      for (int v : new int[] {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
        out.add(new Hostile(Integer.toString(v), v));
      }
    } else if (raw == long.class || raw == Long.class) {
      for (long v : new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE}) {
        out.add(new Hostile(Long.toString(v), v));
      }
    } else if (raw == double[].class) {
      out.add(new Hostile("empty", new double[0]));
      out.add(new Hostile("{NaN,2,3}", new double[] {Double.NaN, 2, 3}));
      out.add(new Hostile("{Inf,2,3}", new double[] {Double.POSITIVE_INFINITY, 2, 3}));
      out.add(new Hostile("{-1,2,3}", new double[] {-1, 2, 3}));
      out.add(new Hostile("{MAX,MAX,MAX}", new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE}));
      out.add(new Hostile("{0,0,0}", new double[] {0, 0, 0}));
      out.add(new Hostile("mismatched {1,2}", new double[] {1, 2}));
      out.add(new Hostile("mismatched {1,2,3,4}", new double[] {1, 2, 3, 4}));
    } else if (raw == int[].class) {
      out.add(new Hostile("empty", new int[0]));
      out.add(new Hostile("{-1,2,3}", new int[] {-1, 2, 3}));
      out.add(new Hostile("{MAX,MAX,MAX}", new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}));
      out.add(new Hostile("{0,0,0}", new int[] {0, 0, 0}));
      out.add(new Hostile("mismatched {1,2}", new int[] {1, 2}));
    } else if (raw == long[].class) {
      out.add(new Hostile("empty", new long[0]));
      out.add(new Hostile("{-1,2,3}", new long[] {-1, 2, 3}));
      out.add(new Hostile("{MIN,MAX,0}", new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0}));
      out.add(new Hostile("mismatched {1,2}", new long[] {1, 2}));
    } else if (raw == byte[].class) {
      out.add(new Hostile("empty", new byte[0]));
      out.add(new Hostile("{-1,127,-128}", new byte[] {-1, 127, -128}));
      out.add(new Hostile("mismatched {1,2}", new byte[] {1, 2}));
    } else if (raw == double[][].class) {
      out.add(new Hostile("empty", new double[0][]));
      out.add(new Hostile("ragged", new double[][] {{1, 2, 3}, {1}, {3, 1, 2}}));
      out.add(new Hostile("null row", new double[][] {{1, 2, 3}, null, {3, 1, 2}}));
      out.add(new Hostile("NaN cell", new double[][] {{Double.NaN, 2, 3}, {2, 3, 1}, {3, 1, 2}}));
      out.add(new Hostile("MAX cells", new double[][] {{Double.MAX_VALUE, 2, 3}, {2, Double.MAX_VALUE, 1},
          {3, 1, -Double.MAX_VALUE}}));
      out.add(new Hostile("empty rows", new double[][] {{}, {}, {}}));
    } else if (raw == int[][].class) {
      out.add(new Hostile("empty", new int[0][]));
      out.add(new Hostile("ragged", new int[][] {{1, 2, 3}, {1}, {3, 1, 2}}));
      out.add(new Hostile("negative cell", new int[][] {{-1, 2, 3}, {2, 3, 1}, {3, 1, 2}}));
    } else if (raw == String.class || raw == CharSequence.class) {
      out.add(new Hostile("\"\"", ""));
      out.add(new Hostile("\"  \"", "   "));
    } else if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      out.add(new Hostile("empty", List.of()));
      out.add(new Hostile("[null]", Collections.singletonList(null)));
      Object inner = baseline(argument(type, 0));
      if (inner != null) {
        out.add(new Hostile("[x, x]", Arrays.asList(inner, inner)));
      }
    } else if (raw == Set.class) {
      out.add(new Hostile("empty", Set.of()));
      out.add(new Hostile("[null]", Collections.singleton(null)));
    } else if (raw == Map.class || raw == SortedMap.class) {
      out.add(new Hostile("empty", raw == Map.class ? Map.of() : new TreeMap<>()));
    } else if (raw == Optional.class) {
      out.add(new Hostile("empty", Optional.empty()));
    } else if (raw.isArray() && !raw.getComponentType().isPrimitive()) {
      out.add(new Hostile("empty", Array.newInstance(raw.getComponentType(), 0)));
      out.add(new Hostile("{null}", Array.newInstance(raw.getComponentType(), 1)));
    }
    if (!raw.isPrimitive()) {
      out.add(new Hostile("null", null));
    }
    return out;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof java.lang.reflect.GenericArrayType g) {
      return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      Type a = p.getActualTypeArguments()[index];
      if (a instanceof java.lang.reflect.WildcardType w) {
        return w.getUpperBounds()[0];
      }
      return a;
    }
    return Object.class;
  }
}
