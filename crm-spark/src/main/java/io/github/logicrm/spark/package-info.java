/** The Customer 360 pipeline on Apache Spark; start at {@link io.github.logicrm.spark.SparkCustomer360}. */
package io.github.logicrm.spark;
