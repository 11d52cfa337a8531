/** Customers, their contacts, status and relationship level, and the links between customers of one book. */
package io.github.logicrm.core.customer;
