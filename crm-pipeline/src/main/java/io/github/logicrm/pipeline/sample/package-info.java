/** A seeded generator of a realistic logistics customer book, for examples, tests and benchmarks. */
package io.github.logicrm.pipeline.sample;
