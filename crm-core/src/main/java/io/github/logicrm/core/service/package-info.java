/** Shipment records as a TMS or WMS holds them, and the service-quality results computed from them (7R, perfect order, OTIF, delivered value). */
package io.github.logicrm.core.service;
