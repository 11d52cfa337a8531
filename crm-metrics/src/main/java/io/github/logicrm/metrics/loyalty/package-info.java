/** Loyalty calculators: the five loyalty types, McKinsey, Jones and Sasser, Dick and Basu, loyalty measures. */
package io.github.logicrm.metrics.loyalty;
