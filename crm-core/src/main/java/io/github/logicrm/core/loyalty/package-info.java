/** Loyalty types and the loyalty profile of a customer. */
package io.github.logicrm.core.loyalty;
