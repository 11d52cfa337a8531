package io.github.logicrm.core.switching;

/**
 * The three types of switching cost (Burnham, Frels and Mahajan 2003), each a group of
 * {@link SwitchingCostFacet facets}.
 */
public enum SwitchingCostType {
  /** Procedural costs: the time and effort of switching (economic risk, evaluation, learning, setup). */
  PROCEDURAL,
  /** Financial costs: quantifiable money lost by switching (benefit loss, monetary loss). */
  FINANCIAL,
  /** Relational costs: the emotional cost of breaking bonds (personal and brand relationship loss). */
  RELATIONAL
}
