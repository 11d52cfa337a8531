/**
 * LogiCRM metrics: pure-function calculators over the LogiCRM model.
 *
 * <p>Calculators are stateless and thread-safe, do no I/O and keep no global state. Invalid input raises an
 * {@link IllegalArgumentException} whose message names the argument, the rule and the bad value.
 */
module io.github.logicrm.metrics {
  requires transitive io.github.logicrm.core;
  requires org.apache.commons.numbers.gamma;

  exports io.github.logicrm.metrics.satisfaction;
}
