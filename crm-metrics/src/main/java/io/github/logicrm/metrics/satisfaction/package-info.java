/**
 * Satisfaction calculators: the Kotler ratio, weighted and AHP-weighted CSI, NPS, and ACSI / ECSI indices
 * estimated by PLS path modeling, with bootstrap standard errors.
 */
package io.github.logicrm.metrics.satisfaction;
