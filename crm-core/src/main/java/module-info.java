/**
 * LogiCRM core model: immutable value types and enums for customer relationship analytics in logistics.
 *
 * <p>No runtime dependencies. Every value type is immutable, validated at construction and built with a
 * {@code builder()} or an {@code of(..)} factory.
 */
module io.github.logicrm.core {
  requires static org.immutables.value.annotations;

  exports io.github.logicrm.core.book;
  exports io.github.logicrm.core.customer;
  exports io.github.logicrm.core.clv;
  exports io.github.logicrm.core.lifecycle;
  exports io.github.logicrm.core.loyalty;
  exports io.github.logicrm.core.retention;
  exports io.github.logicrm.core.satisfaction;
  exports io.github.logicrm.core.segmentation;
  exports io.github.logicrm.core.service;
  exports io.github.logicrm.core.switching;
  exports io.github.logicrm.core.internal to
      io.github.logicrm.metrics,
      io.github.logicrm.io;
}
