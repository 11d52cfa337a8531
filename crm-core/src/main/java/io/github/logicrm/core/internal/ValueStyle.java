package io.github.logicrm.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every LogiCRM value type.
 *
 * <p>Generated {@code Immutable*} classes are package-private and never appear in a public signature: each
 * value type declares {@code public static final class Builder extends ImmutableX.Builder {}} and a
 * {@code public static Builder builder()} factory, and {@code build()} returns the abstract type. Only JDK
 * collections are used, so nothing of Immutables is needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
