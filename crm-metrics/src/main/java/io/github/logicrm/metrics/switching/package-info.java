/** Switching-cost calculators: the survey-based switching-cost index and the money verdict on a switch. */
package io.github.logicrm.metrics.switching;
