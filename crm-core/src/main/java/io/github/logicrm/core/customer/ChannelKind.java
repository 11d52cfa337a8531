package io.github.logicrm.core.customer;

/** How a contact can be reached. */
public enum ChannelKind {
  /** An e-mail address. */
  EMAIL,
  /** A landline telephone number. */
  PHONE,
  /** A mobile telephone number. */
  MOBILE,
  /** An instant-messaging handle. */
  MESSAGING,
  /** A postal address. */
  POSTAL,
  /** Any other channel, described by its value. */
  OTHER
}
