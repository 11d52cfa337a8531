/** LogiCRM JMH benchmarks; run from the shaded jar, {@code java -jar benchmarks/target/benchmarks.jar}. */
module io.github.logicrm.benchmarks {
  requires io.github.logicrm.core;
  requires io.github.logicrm.metrics;
  requires io.github.logicrm.jackson;
  requires io.github.logicrm.io;
  requires io.github.logicrm.pipeline;
  requires io.github.logicrm.report;
  requires java.management;
  requires jdk.management;
  requires jmh.core;

  opens io.github.logicrm.benchmarks;
}
