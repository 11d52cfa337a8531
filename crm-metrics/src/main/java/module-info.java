/**
 * LogiCRM metrics: pure-function calculators over the LogiCRM model.
 *
 * <p>Calculators are stateless and thread-safe, do no I/O and keep no global state. Invalid input raises an
 * {@link IllegalArgumentException} whose message names the argument, the rule and the bad value.
 */
module io.github.logicrm.metrics {
  requires transitive io.github.logicrm.core;
  requires org.apache.commons.numbers.gamma;

  exports io.github.logicrm.metrics.clv;
  exports io.github.logicrm.metrics.lifecycle;
  exports io.github.logicrm.metrics.loyalty;
  exports io.github.logicrm.metrics.retention;
  exports io.github.logicrm.metrics.satisfaction;
  exports io.github.logicrm.metrics.segmentation;
  exports io.github.logicrm.metrics.service;
  exports io.github.logicrm.metrics.switching;
}
