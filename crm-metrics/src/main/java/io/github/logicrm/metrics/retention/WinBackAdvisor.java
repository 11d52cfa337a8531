package io.github.logicrm.metrics.retention;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.retention.WinBackAdvice;
import io.github.logicrm.core.retention.WinBackCase;
import io.github.logicrm.core.retention.WinBackDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Decides whether a lost customer is worth winning back, and how much may be spent on it.
 *
 * <p>A failed attempt still leaves the customer's lost-state value, so the expected gain of an attempt is
 * {@code successProbability x (clvIfRecovered - clvIfLost)}: spending more than that destroys value. The spend cap
 * of an attempt is that gain; a customer let go gets a spend cap of 0, with the reason. The rules, in order:
 * <ol>
 *   <li>any let-go reason (unprofitable, non-paying, abusive, disreputable): let go, whatever the tier;</li>
 *   <li>no positive expected gain: let go;</li>
 *   <li>an estimated recovery cost above the cap: let go;</li>
 *   <li>by tier: KEY, save at high effort; MAJOR, save; ORDINARY, save only when the estimated cost is below the
 *   gain (no estimate, let go); SMALL, mostly let go: a low-effort attempt only when its estimated cost is at most
 *   {@link #smallTierCostShare()} of the gain (default 0.1).</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class WinBackAdvisor {

  /** The unit of the money in the reasons, said once per sentence. */
  private static final String CURRENCY = " (book currency)";

  private final double smallTierCostShare;

  private WinBackAdvisor(double smallTierCostShare) {
    this.smallTierCostShare = smallTierCostShare;
  }

  /**
   * Returns the advisor with the default rules.
   *
   * @return the default advisor
   */
  public static WinBackAdvisor withDefaults() {
    return new WinBackAdvisor(0.1);
  }

  /**
   * Returns a copy with another cost share under which a small customer still gets a low-effort attempt.
   *
   * @param share largest {@code recoveryCost / expectedGain} for a small customer, in [0, 1]; 0 lets every small
   *     customer go
   * @return the new advisor
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public WinBackAdvisor withSmallTierCostShare(double share) {
    return new WinBackAdvisor(Checks.probability("smallTierCostShare", share));
  }

  /**
   * Returns the cost share under which a small customer still gets a low-effort attempt.
   *
   * @return the share, in [0, 1]
   */
  public double smallTierCostShare() {
    return smallTierCostShare;
  }

  /**
   * Returns the expected gain in lifetime value of winning a customer back.
   *
   * @param clvIfRecovered CLV if won back, finite
   * @param successProbability chance the attempt succeeds, in [0, 1]
   * @param clvIfLost CLV if lost, finite
   * @return {@code successProbability x (clvIfRecovered - clvIfLost)}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double expectedGain(double clvIfRecovered, double successProbability, double clvIfLost) {
    Checks.finite("clvIfRecovered", clvIfRecovered);
    Checks.probability("successProbability", successProbability);
    Checks.finite("clvIfLost", clvIfLost);
    return successProbability * (clvIfRecovered - clvIfLost);
  }

  /**
   * Advises on one case.
   *
   * @param c the case, not null
   * @return the decision, spend cap (0 when the decision is to let go) and reasons
   */
  public WinBackAdvice advise(WinBackCase c) {
    double gain = expectedGain(c.clvIfRecovered(), c.successProbability(), c.clvIfLost());
    List<String> reasons = new ArrayList<>();
    reasons.add("expected gain " + percent(c.successProbability()) + " x (" + money(c.clvIfRecovered()) + " - "
        + money(c.clvIfLost()) + ") = " + money(gain) + CURRENCY);
    WinBackDecision decision = decide(c, gain, reasons);
    return WinBackAdvice.builder()
        .customerId(c.customerId())
        .tier(c.tier())
        .decision(decision)
        .expectedGain(gain)
        .spendCap(decision == WinBackDecision.LET_GO ? 0 : gain)
        .letGoReasons(c.letGoReasons())
        .reasons(reasons)
        .build();
  }

  private WinBackDecision decide(WinBackCase c, double gain, List<String> reasons) {
    if (!c.letGoReasons().isEmpty()) {
      reasons.add("let go whatever the tier: " + c.letGoReasons().stream()
          .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
      return WinBackDecision.LET_GO;
    }
    if (!(gain > 0)) {
      reasons.add("let go: winning back gains nothing");
      return WinBackDecision.LET_GO;
    }
    OptionalDouble cost = c.recoveryCost();
    if (cost.isPresent() && cost.getAsDouble() > gain) {
      reasons.add("let go: estimated recovery cost " + money(cost.getAsDouble()) + " above the most trying is worth, "
          + money(gain) + CURRENCY);
      return WinBackDecision.LET_GO;
    }
    return switch (c.tier()) {
      case KEY -> {
        reasons.add("key customer: save at high effort, spending up to the cap " + money(gain) + CURRENCY);
        yield WinBackDecision.SAVE_HIGH_EFFORT;
      }
      case MAJOR -> {
        reasons.add("major customer: save, spending up to the cap " + money(gain) + CURRENCY);
        yield WinBackDecision.SAVE;
      }
      case ORDINARY -> ordinary(cost, gain, reasons);
      case SMALL -> small(cost, gain, reasons);
    };
  }

  private static WinBackDecision ordinary(OptionalDouble cost, double gain, List<String> reasons) {
    if (cost.isEmpty()) {
      reasons.add("let go: ordinary customers are saved only when the cost is known to be below the gain,"
          + " and there is no cost estimate");
      return WinBackDecision.LET_GO;
    }
    if (cost.getAsDouble() < gain) {
      reasons.add("ordinary customer: save, the estimated cost " + money(cost.getAsDouble())
          + " is below the gain" + CURRENCY);
      return WinBackDecision.SAVE;
    }
    reasons.add("let go: ordinary customer whose estimated cost is not below the gain");
    return WinBackDecision.LET_GO;
  }

  private WinBackDecision small(OptionalDouble cost, double gain, List<String> reasons) {
    if (cost.isPresent() && cost.getAsDouble() <= smallTierCostShare * gain) {
      reasons.add("small customer: a low-effort attempt only, the estimated cost " + money(cost.getAsDouble())
          + " is at most " + percent(smallTierCostShare) + " of the gain" + CURRENCY);
      return WinBackDecision.SAVE_LOW_EFFORT;
    }
    reasons.add("let go: small customers are mostly let go (a low-effort attempt only when it costs at most "
        + percent(smallTierCostShare) + " of the gain)");
    return WinBackDecision.LET_GO;
  }

  /** Money for people: thousands separators and cents, e.g. {@code 47,500.00}; the unit follows the sentence. */
  private static String money(double amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }

  /** A share as a percentage with at most one decimal, e.g. {@code 30%} or {@code 12.5%}. */
  private static String percent(double share) {
    String text = String.format(Locale.ROOT, "%.1f", 100 * share);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
  }
}
