/** Value segmentation: ABC / Pareto tiers, the current-by-potential value matrix and RFM scores. */
package io.github.logicrm.metrics.segmentation;
