/**
 * Readers of a logistics company's own records: shipments (one row per order line, assembled into orders),
 * invoices, survey responses and the customer master, from CSV files, JSON Lines files or a JDBC query.
 *
 * <p>Every row read ends in an accepted record or in a {@link io.github.logicrm.core.book.Rejection} that names
 * the source, the line, the column and the value; the {@link io.github.logicrm.core.book.LoadReport} of a
 * {@link io.github.logicrm.io.RecordStream} counts them. The caller picks the policy with {@link
 * io.github.logicrm.io.BadRows}: fail at the first rejected row, or count every rejected row and go on.
 *
 * <p>Exceptions follow FastCSV's split: opening a file throws {@link java.io.IOException}; reading it throws
 * {@link java.io.UncheckedIOException}. Passing a null argument to any method of this package causes a
 * {@link java.lang.NullPointerException} that names the argument.
 */
package io.github.logicrm.io;
