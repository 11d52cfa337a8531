package io.github.logicrm.core.customer;

/** The role a counterpart plays for a dependent customer in a {@link CustomerLink}. */
public enum LinkKind {
  /** The counterpart ships goods to the dependent; the dependent is the consignee. */
  SHIPPER,
  /** The counterpart receives the dependent's goods; the dependent is the shipper. */
  CONSIGNEE,
  /** The counterpart is the dependent's parent company or group, which decides on logistics suppliers. */
  PARENT_COMPANY,
  /** The counterpart recommended or brought the dependent to the provider. */
  REFERRER
}
