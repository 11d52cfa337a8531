package io.github.logicrm.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.satisfaction.InnerScheme;
import io.github.logicrm.hostile.KnownFailures.Known;
import io.github.logicrm.hostile.Values.Hostile;
import io.github.logicrm.jackson.LogiCrmModule;
import io.github.logicrm.metrics.satisfaction.PlsPathModeling;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Calls every public entry point of crm-core and crm-metrics, found by reflection, with hostile values per
 * parameter type, one parameter at a time over a baseline call (see {@link Values}). Every call must, within
 * {@link #LIMIT_MILLIS}, either return a result whose invariants hold (no NaN or infinite double, probabilities
 * in [0, 1], no NaN written to an output array; value types check themselves when built) or throw an
 * {@link IllegalArgumentException} or {@link NullPointerException} whose message names a public parameter or
 * attribute involved. A builder setter is followed by {@code build()}, so every attribute of every value type
 * meets every hostile value of its type.
 *
 * <p>Instances to call methods on come from the JSON module's golden files (one valid instance of every value
 * type) and from the results of calls the suite makes with baseline arguments.
 */
class HostileInputTest {

  static final long LIMIT_MILLIS = 2_000;

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Map<Class<?>, Object> pool = new LinkedHashMap<>();
  private final Values values = new Values(this::sample);
  private ExecutorService executor = newExecutor();
  private final Map<String, List<String>> problems = new TreeMap<>();
  private final Map<Known, List<String>> knownHits = new LinkedHashMap<>();
  private final Set<Known> knownSkipped = new LinkedHashSet<>();
  private int entryPoints;
  private int calls;

  @Test
  void everyPublicEntryPointAnswersHostileInputWithAResultOrANamedError() throws Exception {
    assertThat(PlsPathModeling.class.getMethod("withScheme", InnerScheme.class).getParameters()[0].getName())
        .as("parameter names in the class files: the build compiles with -parameters").isEqualTo("scheme");
    List<Class<?>> classes = new ArrayList<>(EntryPoints.exportedClasses(Customer.class));
    classes.addAll(EntryPoints.exportedClasses(PlsPathModeling.class));
    loadGoldenSamples(classes);
    for (int round = 0; round < 3; round++) {
      growPool(classes);
    }
    for (Class<?> type : classes) {
      for (Executable e : EntryPoints.staticEntryPoints(type)) {
        exercise(e, null);
      }
      if (!type.isEnum()) {
        Object receiver = receiver(type);
        if (receiver != null) {
          for (Method m : EntryPoints.instanceEntryPoints(type)) {
            exercise(m, type);
          }
        }
      }
    }
    executor.shutdownNow();
    report(classes.size());
    assertThat(entryPoints).as("entry points found").isGreaterThan(300);
    assertThat(problems).as("entry points that failed on hostile input (%d calls)", calls).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------------------
  // instances

  private void loadGoldenSamples(List<Class<?>> classes) throws IOException {
    Path golden = Path.of(System.getProperty("logicrm.golden.dir", "../crm-jackson/src/test/resources/golden"));
    assertThat(golden).as("golden files of crm-jackson").isDirectory();
    ObjectMapper mapper = new ObjectMapper().registerModule(new LogiCrmModule());
    Map<String, Class<?>> bySimpleName = new LinkedHashMap<>();
    classes.forEach(c -> bySimpleName.put(c.getSimpleName(), c));
    try (var files = Files.list(golden)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString().replace(".json", "");
        Class<?> type = bySimpleName.get(name);
        if (type != null) {
          pool.put(type, mapper.readValue(file.toFile(), type));
        }
      }
    }
    for (Object sample : new ArrayList<>(pool.values())) {
      harvest(sample, 0);
    }
  }

  /** Adds the library objects a sample holds (a path estimate inside a PLS estimate) to the pool. */
  private void harvest(Object value, int depth) {
    if (value == null || depth > 3) {
      return;
    }
    if (value instanceof Iterable<?> items) {
      items.forEach(v -> harvest(v, depth + 1));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.keySet().forEach(v -> harvest(v, depth + 1));
      map.values().forEach(v -> harvest(v, depth + 1));
      return;
    }
    if (value instanceof java.util.Optional<?> o) {
      o.ifPresent(v -> harvest(v, depth + 1));
      return;
    }
    Class<?> type = value.getClass();
    if (!type.getName().startsWith("io.github.logicrm.") || type.isEnum()) {
      return;
    }
    pool.putIfAbsent(type, value);
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
          && m.getReturnType() != void.class && !m.getName().equals("hashCode") && !m.getName().equals("toString")) {
        try {
          m.setAccessible(true);
          harvest(m.invoke(value), depth + 1);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // an accessor that needs more than the sample offers: nothing to harvest
        }
      }
    }
  }

  /** Calls every entry point once with baseline arguments and keeps the library objects it returns. */
  private void growPool(List<Class<?>> classes) {
    for (Class<?> type : classes) {
      List<Executable> executables = new ArrayList<>(EntryPoints.staticEntryPoints(type));
      if (receiver(type) != null && !isBuilder(type)) {
        executables.addAll(EntryPoints.instanceEntryPoints(type));
      }
      for (Executable e : executables) {
        if (known(e, "baseline").filter(Known::hangs).isPresent()) {
          continue;
        }
        Object[] args = baselineArgs(e);
        Object receiver = Modifier.isStatic(e.getModifiers()) || e instanceof Constructor ? null : receiver(type);
        Outcome o = call(e, receiver, args);
        if (o.thrown instanceof IllegalArgumentException && Arrays.stream(args).anyMatch(Double.class::isInstance)) {
          // a factory that refuses 1.0 (GammaGamma needs q > 1) may accept 2.0
          o = call(e, receiver, Arrays.stream(args).map(v -> v instanceof Double ? (Object) 2.0 : v).toArray());
        }
        if (o.value != null && o.value.getClass().getName().startsWith("io.github.logicrm.")
            && !isBuilder(o.value.getClass()) && sample(o.value.getClass()) == null) {
          pool.put(o.value.getClass(), o.value);
        }
      }
    }
  }

  /** A pooled instance of the type or of a subtype; null when there is none. */
  private Object sample(Class<?> type) {
    Object exact = pool.get(type);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<Class<?>, Object> e : pool.entrySet()) {
      if (type.isAssignableFrom(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null;
  }

  /** A receiver for instance methods: a fresh builder filled from a sample, or a pooled instance. */
  private Object receiver(Class<?> type) {
    if (!isBuilder(type)) {
      return sample(type);
    }
    Class<?> valueType = type.getEnclosingClass();
    try {
      Object builder = valueType.getMethod("builder").invoke(null);
      Object sample = sample(valueType);
      if (sample != null) {
        Method from = findFrom(builder.getClass(), valueType);
        if (from != null) {
          from.setAccessible(true);
          from.invoke(builder, sample);
        }
      }
      return builder;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static Method findFrom(Class<?> builderType, Class<?> valueType) {
    for (Method m : builderType.getMethods()) {
      if (m.getName().equals("from") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == valueType) {
        return m;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------
  // calls

  private Object[] baselineArgs(Executable e) {
    Type[] types = e.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = values.baseline(types[i]);
    }
    return args;
  }

  private void exercise(Executable e, Class<?> receiverType) {
    entryPoints++;
    if (e.getParameterCount() == 0 && receiverType == null) {
      check(e, null, new Object[0], "()");
      return;
    }
    check(e, receiverType, baselineArgs(e), "baseline");
    Type[] types = e.getGenericParameterTypes();
    for (int i = 0; i < types.length; i++) {
      for (Hostile h : values.hostile(types[i])) {
        Object[] args = baselineArgs(e);
        args[i] = h.value();
        check(e, receiverType, args, e.getParameters()[i].getName() + " = " + h.label());
      }
    }
  }

  private void check(Executable e, Class<?> receiverType, Object[] args, String what) {
    Known hang = known(e, what).filter(Known::hangs).orElse(null);
    if (hang != null) {
      knownSkipped.add(hang);
      return;
    }
    calls++;
    Object receiver = receiverType == null ? null : receiver(receiverType);
    Outcome o = call(e, receiver, args);
    Set<String> names = names(e, receiverType);
    boolean builderCall = receiver != null && isBuilder(receiverType);
    String problem = problem(e, args, o, names, builderCall);
    if (problem == null && builderCall && o.value == receiver) {
      Outcome built = build(receiver);
      problem = built.thrown == null && !built.timedOut ? null : problem(e, new Object[0], built, names, true);
      if (problem != null) {
        problem = "then build(): " + problem;
      }
    }
    if (problem != null) {
      String key = EntryPoints.signature(e);
      String line = what + " -> " + problem;
      Known known = known(e, what).orElse(null);
      if (known != null) {
        knownHits.computeIfAbsent(known, k -> new ArrayList<>()).add(key + " " + line);
      } else {
        problems.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
      }
    }
  }

  private Outcome build(Object builder) {
    try {
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      return call(build, builder, new Object[0]);
    } catch (NoSuchMethodException ex) {
      return new Outcome(null, ex, false);
    }
  }

  private static java.util.Optional<Known> known(Executable e, String call) {
    String method = e instanceof Constructor ? "<init>" : e.getName();
    return KnownFailures.find(e.getDeclaringClass().getSimpleName(), method, call);
  }

  record Outcome(Object value, Throwable thrown, boolean timedOut) {}

  private Outcome call(Executable e, Object receiver, Object[] args) {
    if (!(e instanceof Constructor) && !Modifier.isStatic(e.getModifiers()) && receiver == null) {
      return new Outcome(null, null, false);
    }
    e.setAccessible(true);
    Future<Object> future = executor.submit(() -> e instanceof Constructor<?> c
        ? c.newInstance(args) : ((Method) e).invoke(receiver, args));
    try {
      return new Outcome(future.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS), null, false);
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof InvocationTargetException ite) {
        cause = ite.getCause();
      }
      return new Outcome(null, cause, false);
    } catch (TimeoutException ex) {
      future.cancel(true);
      executor.shutdownNow();
      executor = newExecutor();
      return new Outcome(null, null, true);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "hostile-call");
      t.setDaemon(true);
      return t;
    });
  }

  // ---------------------------------------------------------------------------------------------------------
  // verdicts

  /** What is wrong with an outcome, or null if nothing is. */
  private static String problem(Executable e, Object[] args, Outcome o, Set<String> names, boolean builderCall) {
    if (o.timedOut) {
      return "no answer within " + LIMIT_MILLIS + " ms";
    }
    if (o.thrown != null) {
      Throwable t = o.thrown;
      String message = t.getMessage();
      if (t instanceof IllegalStateException && builderCall && message != null && !message.isBlank()) {
        return null; // a builder used out of order (a row not started, a required attribute not set) says so
      }
      if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
        if (message == null || message.isBlank()) {
          return t.getClass().getSimpleName() + " without a message";
        }
        if (!namesOneOf(message, names)) {
          return t.getClass().getSimpleName() + " naming none of " + names + ": " + message;
        }
        return null;
      }
      return "threw " + t.getClass().getName() + ": " + message;
    }
    Object v = o.value;
    String name = e.getName().toLowerCase(Locale.ROOT);
    if (v instanceof Double d) {
      if (!Double.isFinite(d)) {
        return "returned " + d;
      }
      if (name.contains("probabilit") && !(d >= 0 && d <= 1)) {
        return "returned a probability outside [0, 1]: " + d;
      }
    }
    if (v instanceof OptionalDouble od && od.isPresent() && !Double.isFinite(od.getAsDouble())) {
      return "returned " + od;
    }
    if (v instanceof double[] a) {
      for (double x : a) {
        if (Double.isNaN(x)) {
          return "returned an array holding NaN";
        }
      }
    }
    Parameter[] params = e.getParameters();
    for (int i = 0; i < args.length && i < params.length; i++) {
      if (args[i] instanceof double[] out && params[i].getName().startsWith("out")) {
        for (double x : out) {
          if (Double.isNaN(x)) {
            return "wrote NaN to " + params[i].getName();
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether the message names one of the names: a word equal to it (singular or plural), or joined to it in
   * camel case ({@code orderedQuantity} for {@code ordered}, {@code cutoffs} for {@code cumulativeCutoffs}).
   */
  static boolean namesOneOf(String message, Set<String> names) {
    var m = WORD.matcher(message);
    while (m.find()) {
      for (String n : names) {
        if (sameName(m.group(), n)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean sameName(String word, String name) {
    if (name.isEmpty()) {
      return false;
    }
    if (singular(word).equalsIgnoreCase(singular(name))) {
      return true;
    }
    return camelPart(word, name) || camelPart(name, word) || camelPart(word, singular(name))
        || camelPart(name, singular(word));
  }

  /** Whether {@code part}, of 3 characters or more, starts or ends {@code whole} at a camel-case boundary. */
  private static boolean camelPart(String whole, String part) {
    if (part.length() < 3 || whole.length() <= part.length()) {
      return false;
    }
    boolean prefix = whole.startsWith(part) && Character.isUpperCase(whole.charAt(part.length()));
    String capitalized = Character.toUpperCase(part.charAt(0)) + part.substring(1);
    return prefix || whole.endsWith(capitalized);
  }

  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * The names a message may use: the parameters of the call; the setting a {@code withX} method sets; for a
   * factory or constructor, its class's name and the camel-case words in it; the attribute a builder setter
   * sets; and the public accessors of the receiver's type, of the parameters' types and of the result's type (a
   * data set's {@code recency}, a model's {@code states}).
   */
  private static Set<String> names(Executable e, Class<?> receiverType) {
    Set<String> names = new LinkedHashSet<>();
    for (Parameter p : e.getParameters()) {
      names.add(p.getName());
      accessors(p.getType(), names);
    }
    if (e instanceof Method m) {
      accessors(m.getReturnType(), names);
      if (m.getName().startsWith("with") && m.getName().length() > 4) {
        names.add(decapitalize(m.getName().substring(4)));
      }
    }
    if (receiverType == null) {
      String type = e.getDeclaringClass().getSimpleName();
      names.add(decapitalize(type));
      for (String part : type.split("(?=[A-Z])")) {
        if (part.length() >= 4) {
          names.add(decapitalize(part));
        }
      }
      accessors(e.getDeclaringClass(), names);
    } else {
      accessors(receiverType, names);
      if (isBuilder(receiverType)) {
        names.add(attribute(e.getName()));
        names.add(decapitalize(receiverType.getEnclosingClass().getSimpleName()));
        accessors(receiverType.getEnclosingClass(), names);
      }
    }
    return names;
  }

  private static String decapitalize(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String attribute(String setter) {
    for (String prefix : new String[] {"addAll", "putAll", "add", "put"}) {
      if (setter.startsWith(prefix) && setter.length() > prefix.length()) {
        return decapitalize(setter.substring(prefix.length()));
      }
    }
    return setter;
  }

  /** Public no-argument and row ({@code int}) accessors of a library type. */
  private static void accessors(Class<?> type, Set<String> names) {
    Class<?> t = type.isArray() ? type.getComponentType() : type;
    if (!t.getName().startsWith("io.github.logicrm.") || t.isEnum()) {
      return;
    }
    for (Method m : t.getMethods()) {
      boolean accessor = m.getParameterCount() == 0
          || m.getParameterCount() == 1 && m.getParameterTypes()[0] == int.class;
      if (accessor && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class && !m.getName().equals("toString")
          && !m.getName().equals("hashCode")) {
        names.add(m.getName());
      }
    }
  }

  private void report(int classes) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("Hostile-input suite: ").append(classes).append(" public classes, ").append(entryPoints)
        .append(" entry points, ").append(calls).append(" calls, ").append(pool.size())
        .append(" sample instances\n");
    out.append("Known failures (").append(KnownFailures.LIST.size()).append(" listed):\n");
    for (Known k : KnownFailures.LIST) {
      List<String> hits = knownHits.get(k);
      String state = knownSkipped.contains(k) ? "not called (hangs)"
          : hits == null ? "NO LONGER FAILS: remove it from KnownFailures" : hits.size() + " failing calls";
      out.append("  ").append(k).append(" -> ").append(state).append('\n');
      if (hits != null) {
        Map<String, String> first = new LinkedHashMap<>();
        hits.forEach(h -> first.putIfAbsent(h.substring(0, h.indexOf(')') + 1), h.substring(h.indexOf(')') + 2)));
        first.forEach((signature, example) -> out.append("      ").append(signature).append(": ").append(example)
            .append('\n'));
      }
    }
    problems.forEach((entry, lines) -> {
      out.append("FAILED ").append(entry).append('\n');
      lines.stream().limit(4).forEach(l -> out.append("    ").append(l).append('\n'));
      if (lines.size() > 4) {
        out.append("    ... ").append(lines.size() - 4).append(" more\n");
      }
    });
    System.out.print(out);
    {
      Files.writeString(Path.of("target", "hostile-input-report.txt"), out);
    }
  }
}
