package io.github.logicrm.core.switching;

/**
 * The eight costs a customer bears when it switches provider, each belonging to one
 * {@link SwitchingCostType type}. For a shipper leaving a 3PL or carrier the examples are logistics ones.
 */
public enum SwitchingCostFacet {
  /** Economic risk ("crisis") cost: the uncertainty that a new provider performs worse (missed deliveries). */
  ECONOMIC_RISK(SwitchingCostType.PROCEDURAL),
  /** Evaluation cost: the time and effort of finding, comparing and auditing new providers (tenders, audits). */
  EVALUATION(SwitchingCostType.PROCEDURAL),
  /** Learning cost: learning a new provider's systems, booking portals and procedures. */
  LEARNING(SwitchingCostType.PROCEDURAL),
  /** Setup (organizational adjustment) cost: integration, EDI links, onboarding and process changes. */
  SETUP(SwitchingCostType.PROCEDURAL),
  /** Benefit loss cost: rebates, loyalty credits and preferential terms earned with the current provider. */
  BENEFIT_LOSS(SwitchingCostType.FINANCIAL),
  /** Monetary loss cost: one-time outlays such as exit penalties, deposits and inventory transfer. */
  MONETARY_LOSS(SwitchingCostType.FINANCIAL),
  /** Personal relationship loss cost: losing the people the customer knows and trusts at the provider. */
  PERSONAL_RELATIONSHIP_LOSS(SwitchingCostType.RELATIONAL),
  /** Brand relationship loss cost: losing the identification with a provider's brand and reputation. */
  BRAND_RELATIONSHIP_LOSS(SwitchingCostType.RELATIONAL);

  private final SwitchingCostType type;

  SwitchingCostFacet(SwitchingCostType type) {
    this.type = type;
  }

  /**
   * Returns the type this facet belongs to.
   *
   * @return the type, not null
   */
  public SwitchingCostType type() {
    return type;
  }
}
