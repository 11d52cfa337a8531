/** Value tiers, value levels and the data value segmentation returns. */
package io.github.logicrm.core.segmentation;
