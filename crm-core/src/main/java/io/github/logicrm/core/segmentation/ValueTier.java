package io.github.logicrm.core.segmentation;

/**
 * A customer's tier in the provider's value structure (ABC / Pareto analysis), from most to least valuable.
 *
 * <p>The usual 80/20 structure: key customers are about 5% of the book and bring about 80% of the value;
 * major customers the next 15% with about 15%; small customers the rest with about 5%. A four-tier book puts
 * {@link #ORDINARY} between major and small. The tier drives how much service a customer gets and whether it
 * is worth winning back when lost.
 */
public enum ValueTier {
  /** Key (A) customers: the few that bring most of the value; served individually, saved at high effort. */
  KEY,
  /** Major (B) customers: the next band of value; served closely and saved when lost. */
  MAJOR,
  /** Ordinary customers: mid-value; won back only when saving them costs less than the profit they bring. */
  ORDINARY,
  /** Small (C) customers: many customers, little value; served efficiently, mostly let go when lost. */
  SMALL
}
