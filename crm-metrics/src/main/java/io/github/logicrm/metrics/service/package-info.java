/** Service-quality calculators: 7R scoring of shipments, perfect order, OTIF, streaming per-customer statistics. */
package io.github.logicrm.metrics.service;
