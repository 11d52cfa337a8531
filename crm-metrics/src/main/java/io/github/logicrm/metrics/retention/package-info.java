/** Retention calculators: churn early warning from explainable signals, and the win-back advisor. */
package io.github.logicrm.metrics.retention;
