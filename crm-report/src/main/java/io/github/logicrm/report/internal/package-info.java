/** The report's page model and chart builders; not API. */
package io.github.logicrm.report.internal;
