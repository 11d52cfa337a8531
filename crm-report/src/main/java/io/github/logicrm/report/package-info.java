/** The HTML report of a Customer 360 result and its charts as Vega-Lite specifications. */
package io.github.logicrm.report;
