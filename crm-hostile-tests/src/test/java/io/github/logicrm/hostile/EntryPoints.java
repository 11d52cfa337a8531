package io.github.logicrm.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the public API of a module by reflection: the public classes of its unqualified exports (read from its
 * {@code module-info.class}) and their public constructors and methods. A method added tomorrow is found without
 * anyone listing it.
 */
final class EntryPoints {

  private EntryPoints() {}

  /** The public classes of the exported packages of the module that holds {@code anchor}, sorted by name. */
  static List<Class<?>> exportedClasses(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Set<String> names = new TreeSet<>();
    ModuleDescriptor descriptor;
    try {
      if (Files.isDirectory(location)) {
        try (InputStream in = Files.newInputStream(location.resolve("module-info.class"));
            Stream<Path> files = Files.walk(location)) {
          descriptor = ModuleDescriptor.read(in);
          files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(names::add);
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
          }
          jar.stream().map(e -> e.getName()).forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
        continue;
      }
      String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      String pkg = className.substring(0, className.lastIndexOf('.'));
      if (!exported.contains(pkg)) {
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(className, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (isAccessible(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
        classes.add(type);
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    return classes;
  }

  /** Public, and every enclosing class public too. */
  static boolean isAccessible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
      if (c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers()) && !c.isInterface()
          && !c.isEnum() && !c.isRecord()) {
        return false;
      }
    }
    return true;
  }

  /** Public constructors of a concrete class, then its public static methods (enum boilerplate excluded). */
  static List<Executable> staticEntryPoints(Class<?> type) {
    List<Executable> out = new ArrayList<>();
    if (!Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
      for (Constructor<?> c : type.getConstructors()) {
        out.add(c);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
          && !m.isBridge() && !(type.isEnum() && (m.getName().equals("values") || m.getName().equals("valueOf")))) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(EntryPoints::signature));
    return out;
  }

  /**
   * Public instance methods callable on an instance of the type, inherited ones included (a value type's
   * builder inherits its setters from the generated class), except those of {@code Object} and of enums.
   */
  static List<Method> instanceEntryPoints(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      Class<?> owner = m.getDeclaringClass();
      if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge() || owner == Object.class
          || owner == Enum.class || owner == Comparable.class || m.getName().equals("equals")
          || m.getName().equals("hashCode") || m.getName().equals("toString")) {
        continue;
      }
      out.add(m);
    }
    out.sort(Comparator.comparing(EntryPoints::signature));
    return out;
  }

  /** {@code Type.method(ParamType, ...)} with simple names. */
  static String signature(Executable e) {
    String params = Stream.of(e.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "));
    String name = e instanceof Constructor ? "<init>" : e.getName();
    return e.getDeclaringClass().getSimpleName() + "." + name + "(" + params + ")";
  }
}
