package io.github.logicrm.spark;

import io.github.logicrm.pipeline.Customer360;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an executor needs to rebuild a run's {@link Customer360}: the configuration's source and the as-of date, under
 * an id that is the same on every machine. Each JVM builds the pipeline once per run, so that every summary decoded
 * or created there belongs to the same pipeline (a summary merges only with summaries of its own pipeline).
 */
final class PipelineRef implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, Customer360> PIPELINES = new ConcurrentHashMap<>();

  private final String id;
  private final SparkCustomer360.ConfigSource config;
  private final LocalDate asOf;

  PipelineRef(SparkCustomer360.ConfigSource config, LocalDate asOf) {
    this.id = UUID.randomUUID().toString();
    this.config = config;
    this.asOf = asOf;
  }

  Customer360 get() {
    return PIPELINES.computeIfAbsent(id, k -> Customer360.of(config.get(), asOf));
  }

  /** Forgets this run's pipeline in this JVM (the driver calls it when the run is over). */
  void release() {
    PIPELINES.remove(id);
  }

  @Override
  public String toString() {
    return "run " + id + " as of " + asOf;
  }
}
