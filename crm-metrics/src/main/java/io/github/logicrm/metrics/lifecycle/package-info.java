/** Lifecycle staging: a customer's relationship stage and its changes, from the periodic volume series. */
package io.github.logicrm.metrics.lifecycle;
