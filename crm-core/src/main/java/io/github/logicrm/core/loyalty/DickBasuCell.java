package io.github.logicrm.core.loyalty;

/**
 * Dick and Basu's (1994) cells of relative attitude by repeat patronage.
 */
public enum DickBasuCell {
  /** High relative attitude, high repeat patronage: true loyalty. */
  LOYALTY,
  /** High relative attitude, low repeat patronage: latent loyalty, held back by price, access or capacity. */
  LATENT_LOYALTY,
  /** Low relative attitude, high repeat patronage: spurious loyalty (habit, no alternative, incentives). */
  SPURIOUS_LOYALTY,
  /** Low relative attitude, low repeat patronage. */
  NO_LOYALTY
}
