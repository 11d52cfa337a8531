package io.github.logicrm.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode on two cores, no UI, few shuffle partitions. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession session() {
    return SparkSession.builder().master("local[2]").appName("logicrm-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .getOrCreate();
  }
}
