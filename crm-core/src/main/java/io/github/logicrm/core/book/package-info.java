/**
 * The records a logistics company already holds (shipped orders, invoices, survey answers, the customer master),
 * as the Customer 360 pipeline reads them, and the load report that accounts for every row read.
 *
 * <p>Passing a null argument to any method of this package causes a {@link java.lang.NullPointerException} that
 * names the argument; invalid values fail at {@code build()} with an {@link java.lang.IllegalArgumentException}
 * naming the field and the value.
 */
package io.github.logicrm.core.book;
