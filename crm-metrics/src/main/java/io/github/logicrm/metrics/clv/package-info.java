/** Customer lifetime value: deterministic cash-flow models and probabilistic purchase models. */
package io.github.logicrm.metrics.clv;
