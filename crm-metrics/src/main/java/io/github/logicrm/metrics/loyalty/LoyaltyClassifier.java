package io.github.logicrm.metrics.loyalty;

import io.github.logicrm.core.internal.Checks;
import io.github.logicrm.core.loyalty.DickBasuCell;
import io.github.logicrm.core.loyalty.JonesSasserQuadrant;
import io.github.logicrm.core.loyalty.LoyaltyClassification;
import io.github.logicrm.core.loyalty.LoyaltyProfile;
import io.github.logicrm.core.loyalty.LoyaltyThresholds;
import io.github.logicrm.core.loyalty.LoyaltyType;
import io.github.logicrm.core.loyalty.McKinseySegment;
import java.util.Objects;

/**
 * Classifies a customer's loyalty from its {@link LoyaltyProfile}, with documented, configurable
 * {@link LoyaltyThresholds}.
 *
 * <h2>The five types</h2>
 * "High repeat" means {@code repeatPurchaseRate >= highRepeatRate}, "high attachment"
 * {@code attachment >= highAttachment}. The first rule that holds decides:
 * <ol>
 *   <li>high repeat and high attachment: {@link LoyaltyType#PREMIUM};</li>
 *   <li>high repeat and {@code viableAlternatives <= monopolyAlternatives}: {@link LoyaltyType#MONOPOLY};</li>
 *   <li>high repeat and {@code promotionShare >= promotionDriven}: {@link LoyaltyType#INCENTIVE};</li>
 *   <li>low attachment and {@code priceSensitivity >= priceSensitive}, whatever the repeat:
 *       {@link LoyaltyType#PRICE};</li>
 *   <li>high repeat otherwise: {@link LoyaltyType#INERTIA};</li>
 *   <li>otherwise none of the five (low repeat and either attached, which Dick and Basu call latent loyalty, or
 *       not price sensitive).</li>
 * </ol>
 * The order follows seed 002's definitions: price loyalty is loyalty to whoever offers the lowest price, inertia
 * is not looking for another supplier at all. A shipper that keeps buying while it compares prices among several
 * alternatives is price loyal (it stays while the price is lowest), not inert; it is read as PRICE once monopoly
 * (no alternative for price to act on) and incentives (the more specific driver) are ruled out.
 *
 * <h2>McKinsey segments</h2>
 * Down-sliding when {@code shareOfWalletChange <= -downslideDrop}: {@link McKinseySegment#LIFESTYLE_CHANGE} if
 * the customer's needs changed, else {@link McKinseySegment#DISSATISFIED} if
 * {@code satisfaction < dissatisfiedBelow}, else {@link McKinseySegment#DELIBERATIVE_DOWNSLIDING}. Otherwise
 * loyal: {@link McKinseySegment#EMOTIONAL} if attachment is high, else
 * {@link McKinseySegment#DELIBERATIVE_LOYAL} if price sensitive, else {@link McKinseySegment#INERTIAL}.
 *
 * <h2>Jones and Sasser, Dick and Basu</h2>
 * Jones and Sasser cross satisfaction ({@code >= satisfied}) with loyalty (high repeat); Dick and Basu cross
 * relative attitude (high attachment) with repeat patronage (high repeat).
 *
 * <p>{@link #typeCodes} classifies a whole book from columns without allocating per customer. Instances are
 * immutable and thread-safe.
 */
public final class LoyaltyClassifier {

  /** The code {@link #typeCodes} writes for a customer who fits none of the five types. */
  public static final int NO_TYPE = -1;

  private static final LoyaltyType[] TYPES = LoyaltyType.values();

  /**
   * The five-type rules as a table: the code for each combination of the five tests, indexed by
   * {@code highRepeat << 4 | attached << 3 | noAlternative << 2 | promotionDriven << 1 | priceSensitive}.
   */
  private static final int[] RULES = rules();

  private final LoyaltyThresholds thresholds;
  private final double highAttachment;
  private final double highRepeatRate;
  private final double promotionDriven;
  private final double priceSensitive;
  private final int monopolyAlternatives;

  private LoyaltyClassifier(LoyaltyThresholds thresholds) {
    this.thresholds = thresholds;
    this.highAttachment = thresholds.highAttachment();
    this.highRepeatRate = thresholds.highRepeatRate();
    this.promotionDriven = thresholds.promotionDriven();
    this.priceSensitive = thresholds.priceSensitive();
    this.monopolyAlternatives = thresholds.monopolyAlternatives();
  }

  private static int[] rules() {
    int[] rules = new int[32];
    for (int key = 0; key < 32; key++) {
      boolean highRepeat = (key & 16) != 0;
      boolean attached = (key & 8) != 0;
      boolean noAlternative = (key & 4) != 0;
      boolean promotion = (key & 2) != 0;
      boolean price = (key & 1) != 0;
      LoyaltyType type;
      if (highRepeat) {
        type = attached ? LoyaltyType.PREMIUM
            : noAlternative ? LoyaltyType.MONOPOLY
            : promotion ? LoyaltyType.INCENTIVE
            : price ? LoyaltyType.PRICE
            : LoyaltyType.INERTIA;
      } else {
        type = !attached && price ? LoyaltyType.PRICE : null;
      }
      rules[key] = type == null ? NO_TYPE : type.ordinal();
    }
    return rules;
  }

  /**
   * Obtains a classifier with the default thresholds.
   *
   * @return the classifier
   */
  public static LoyaltyClassifier withDefaults() {
    return new LoyaltyClassifier(LoyaltyThresholds.defaults());
  }

  /**
   * Obtains a classifier with the given thresholds.
   *
   * @param thresholds the thresholds, not null
   * @return the classifier
   */
  public static LoyaltyClassifier with(LoyaltyThresholds thresholds) {
    return new LoyaltyClassifier(Objects.requireNonNull(thresholds, "thresholds"));
  }

  /**
   * Returns the thresholds applied.
   *
   * @return the thresholds, not null
   */
  public LoyaltyThresholds thresholds() {
    return thresholds;
  }

  /**
   * Classifies one customer in all four frameworks.
   *
   * @param profile the customer's profile, not null
   * @return the classification with the profile, thresholds and the rule that decided the type
   */
  public LoyaltyClassification classify(LoyaltyProfile profile) {
    LoyaltyThresholds t = thresholds;
    int code = typeCode(profile.attachment(), profile.repeatPurchaseRate(), profile.promotionShare(),
        profile.priceSensitivity(), profile.viableAlternatives());
    LoyaltyClassification.Builder result = LoyaltyClassification.builder()
        .profile(profile)
        .thresholds(t)
        .reason(reason(profile, code))
        .mcKinseySegment(mcKinseySegment(profile))
        .jonesSasserQuadrant(jonesSasser(profile.satisfaction(), profile.repeatPurchaseRate()))
        .dickBasuCell(dickBasu(profile.attachment(), profile.repeatPurchaseRate()));
    if (code != NO_TYPE) {
      result.type(TYPES[code]);
    }
    return result.build();
  }

  /**
   * Returns the five-type code of one customer from its figures, by looking up the outcome of the five tests in
   * {@link #RULES} (no branch on the data). Allocates nothing.
   *
   * @param attachment attachment in [0, 100]
   * @param repeatPurchaseRate repeat purchase rate in [0, 1]
   * @param promotionShare share of purchases under promotion in [0, 1]
   * @param priceSensitivity price sensitivity in [0, 100]
   * @param viableAlternatives number of viable alternatives, {@code >= 0}
   * @return the {@link LoyaltyType#ordinal() ordinal} of the type, or {@link #NO_TYPE}
   */
  private int typeCode(double attachment, double repeatPurchaseRate, double promotionShare,
      double priceSensitivity, int viableAlternatives) {
    int key = (repeatPurchaseRate >= highRepeatRate ? 16 : 0)
        | (attachment >= highAttachment ? 8 : 0)
        | (viableAlternatives <= monopolyAlternatives ? 4 : 0)
        | (promotionShare >= promotionDriven ? 2 : 0)
        | (priceSensitivity >= priceSensitive ? 1 : 0);
    return RULES[key];
  }

  /**
   * Classifies many customers into the five types from columns. Allocates nothing.
   *
   * @param attachment attachment of each customer, in [0, 100]
   * @param repeatPurchaseRate repeat purchase rate of each customer, in [0, 1]
   * @param promotionShare share of purchases under promotion of each customer, in [0, 1]
   * @param priceSensitivity price sensitivity of each customer, in [0, 100]
   * @param viableAlternatives number of viable alternatives of each customer, {@code >= 0}
   * @param types receives each customer's {@link LoyaltyType#ordinal() type ordinal}, or {@link #NO_TYPE}
   * @throws IllegalArgumentException if the lengths differ or a value is out of range; the message names the
   *     array and row
   */
  public void typeCodes(double[] attachment, double[] repeatPurchaseRate, double[] promotionShare,
      double[] priceSensitivity, int[] viableAlternatives, int[] types) {
    int n = types.length;
    Checks.sameLength("attachment", attachment.length, "types", n);
    Checks.sameLength("repeatPurchaseRate", repeatPurchaseRate.length, "types", n);
    Checks.sameLength("promotionShare", promotionShare.length, "types", n);
    Checks.sameLength("priceSensitivity", priceSensitivity.length, "types", n);
    Checks.sameLength("viableAlternatives", viableAlternatives.length, "types", n);
    for (int i = 0; i < n; i++) {
      double a = attachment[i];
      double r = repeatPurchaseRate[i];
      double p = promotionShare[i];
      double s = priceSensitivity[i];
      int k = viableAlternatives[i];
      if (!(a >= 0 && a <= 100 && r >= 0 && r <= 1 && p >= 0 && p <= 1 && s >= 0 && s <= 100 && k >= 0)) {
        throw badRow(i, a, r, p, s, k);
      }
      types[i] = typeCode(a, r, p, s, k);
    }
  }

  private static IllegalArgumentException badRow(int i, double a, double r, double p, double s, int k) {
    try {
      Checks.inClosedRange("attachment", i, a, 0, 100);
      Checks.probability("repeatPurchaseRate", i, r);
      Checks.probability("promotionShare", i, p);
      Checks.inClosedRange("priceSensitivity", i, s, 0, 100);
      Checks.nonNegative("viableAlternatives", i, k);
    } catch (IllegalArgumentException e) {
      return e;
    }
    throw new AssertionError("row " + i + " was rejected but every value is in range");
  }

  /**
   * Returns the McKinsey segment of a profile.
   *
   * @param profile the profile, not null
   * @return the segment
   */
  public McKinseySegment mcKinseySegment(LoyaltyProfile profile) {
    return mcKinsey(profile.shareOfWalletChange(), profile.needsChanged(), profile.satisfaction(),
        profile.attachment(), profile.priceSensitivity());
  }

  private McKinseySegment mcKinsey(
      double shareOfWalletChange, boolean needsChanged, double satisfaction, double attachment, double price) {
    LoyaltyThresholds t = thresholds;
    if (shareOfWalletChange <= -t.downslideDrop()) {
      if (needsChanged) {
        return McKinseySegment.LIFESTYLE_CHANGE;
      }
      return satisfaction < t.dissatisfiedBelow()
          ? McKinseySegment.DISSATISFIED
          : McKinseySegment.DELIBERATIVE_DOWNSLIDING;
    }
    if (attachment >= t.highAttachment()) {
      return McKinseySegment.EMOTIONAL;
    }
    return price >= t.priceSensitive()
        ? McKinseySegment.DELIBERATIVE_LOYAL
        : McKinseySegment.INERTIAL;
  }

  /**
   * Places many customers in McKinsey segments from columns, as {@link #mcKinseySegment(LoyaltyProfile)} does
   * one profile. Allocates nothing.
   *
   * @param shareOfWalletChange change of each customer's share of wallet over the last period, in [-1, 1]
   * @param needsChanged whether each customer's own needs changed in the last period
   * @param satisfaction satisfaction of each customer, in [0, 100]
   * @param attachment attachment of each customer, in [0, 100]
   * @param priceSensitivity price sensitivity of each customer, in [0, 100]
   * @param segments receives each customer's {@link McKinseySegment#ordinal() segment ordinal}
   * @throws IllegalArgumentException if the lengths differ or a value is out of range; the message names the
   *     array and row
   */
  public void mcKinseyCodes(double[] shareOfWalletChange, boolean[] needsChanged, double[] satisfaction,
      double[] attachment, double[] priceSensitivity, int[] segments) {
    int n = segments.length;
    Checks.sameLength("shareOfWalletChange", shareOfWalletChange.length, "segments", n);
    Checks.sameLength("needsChanged", needsChanged.length, "segments", n);
    Checks.sameLength("satisfaction", satisfaction.length, "segments", n);
    Checks.sameLength("attachment", attachment.length, "segments", n);
    Checks.sameLength("priceSensitivity", priceSensitivity.length, "segments", n);
    for (int i = 0; i < n; i++) {
      requireInRange("shareOfWalletChange", shareOfWalletChange, i, -1, 1);
      requireInRange("satisfaction", satisfaction, i, 0, 100);
      requireInRange("attachment", attachment, i, 0, 100);
      requireInRange("priceSensitivity", priceSensitivity, i, 0, 100);
      segments[i] = mcKinsey(shareOfWalletChange[i], needsChanged[i], satisfaction[i], attachment[i],
          priceSensitivity[i]).ordinal();
    }
  }

  /**
   * Returns the Jones and Sasser quadrant of a satisfaction and a loyalty figure.
   *
   * @param satisfaction satisfaction in [0, 100]; satisfied at or above {@link LoyaltyThresholds#satisfied()}
   * @param repeatPurchaseRate loyalty as repeat purchase rate in [0, 1]; loyal at or above
   *     {@link LoyaltyThresholds#highRepeatRate()}
   * @return the quadrant
   * @throws IllegalArgumentException if a figure is out of range or NaN
   */
  public JonesSasserQuadrant jonesSasser(double satisfaction, double repeatPurchaseRate) {
    Checks.inClosedRange("satisfaction", satisfaction, 0, 100);
    Checks.probability("repeatPurchaseRate", repeatPurchaseRate);
    return quadrant(satisfaction, repeatPurchaseRate);
  }

  private JonesSasserQuadrant quadrant(double satisfaction, double repeatPurchaseRate) {
    boolean satisfied = satisfaction >= thresholds.satisfied();
    boolean loyal = repeatPurchaseRate >= thresholds.highRepeatRate();
    if (satisfied) {
      return loyal ? JonesSasserQuadrant.APOSTLE : JonesSasserQuadrant.MERCENARY;
    }
    return loyal ? JonesSasserQuadrant.HOSTAGE : JonesSasserQuadrant.DEFECTOR;
  }

  /**
   * Places many customers in Jones and Sasser quadrants from columns. Allocates nothing per customer.
   *
   * @param satisfaction satisfaction of each customer, in [0, 100]
   * @param repeatPurchaseRate repeat purchase rate of each customer, in [0, 1]
   * @param quadrants receives each customer's {@link JonesSasserQuadrant#ordinal() quadrant ordinal}
   * @throws IllegalArgumentException if the lengths differ or a value is out of range; the message names the
   *     array and row
   */
  public void jonesSasserCodes(double[] satisfaction, double[] repeatPurchaseRate, int[] quadrants) {
    againstRepeatRate("satisfaction", satisfaction, repeatPurchaseRate, "quadrants", quadrants, this::quadrant);
  }

  /**
   * Returns the Dick and Basu cell of a relative attitude and a repeat patronage figure.
   *
   * @param attachment relative attitude in [0, 100]; high at or above {@link LoyaltyThresholds#highAttachment()}
   * @param repeatPurchaseRate repeat patronage in [0, 1]; high at or above
   *     {@link LoyaltyThresholds#highRepeatRate()}
   * @return the cell
   * @throws IllegalArgumentException if a figure is out of range or NaN
   */
  public DickBasuCell dickBasu(double attachment, double repeatPurchaseRate) {
    Checks.inClosedRange("attachment", attachment, 0, 100);
    Checks.probability("repeatPurchaseRate", repeatPurchaseRate);
    return cell(attachment, repeatPurchaseRate);
  }

  private DickBasuCell cell(double attachment, double repeatPurchaseRate) {
    boolean attitude = attachment >= thresholds.highAttachment();
    boolean patronage = repeatPurchaseRate >= thresholds.highRepeatRate();
    if (attitude) {
      return patronage ? DickBasuCell.LOYALTY : DickBasuCell.LATENT_LOYALTY;
    }
    return patronage ? DickBasuCell.SPURIOUS_LOYALTY : DickBasuCell.NO_LOYALTY;
  }

  /**
   * Places many customers in Dick and Basu cells from columns. Allocates nothing per customer.
   *
   * @param attachment relative attitude of each customer, in [0, 100]
   * @param repeatPurchaseRate repeat patronage of each customer, in [0, 1]
   * @param cells receives each customer's {@link DickBasuCell#ordinal() cell ordinal}
   * @throws IllegalArgumentException if the lengths differ or a value is out of range; the message names the
   *     array and row
   */
  public void dickBasuCodes(double[] attachment, double[] repeatPurchaseRate, int[] cells) {
    againstRepeatRate("attachment", attachment, repeatPurchaseRate, "cells", cells, this::cell);
  }

  /** A two-by-two framework: a 0-100 figure against the repeat purchase rate. */
  private interface TwoByTwo {
    Enum<?> place(double figure, double repeatPurchaseRate);
  }

  /** The column form of a two-by-two framework: checks lengths and rows, writes the ordinals. */
  private static void againstRepeatRate(String figureName, double[] figure, double[] repeatPurchaseRate,
      String outName, int[] out, TwoByTwo framework) {
    int n = Objects.requireNonNull(out, outName).length;
    Checks.sameLength(figureName, Objects.requireNonNull(figure, figureName).length, outName, n);
    Checks.sameLength("repeatPurchaseRate", Objects.requireNonNull(repeatPurchaseRate, "repeatPurchaseRate").length,
        outName, n);
    for (int i = 0; i < n; i++) {
      requireInRange(figureName, figure, i, 0, 100);
      requireInRange("repeatPurchaseRate", repeatPurchaseRate, i, 0, 1);
      out[i] = framework.place(figure[i], repeatPurchaseRate[i]).ordinal();
    }
  }

  /** Checks one row of a column; builds the message (and allocates) only when the value is out of range. */
  private static void requireInRange(String column, double[] values, int row, double min, double max) {
    Checks.inClosedRange(column, row, values[row], min, max);
  }

  private String reason(LoyaltyProfile p, int code) {
    LoyaltyThresholds t = thresholds;
    String repeat = "repeatPurchaseRate " + p.repeatPurchaseRate()
        + (p.repeatPurchaseRate() >= t.highRepeatRate() ? " >= " : " < ") + t.highRepeatRate();
    String attachment = "attachment " + p.attachment()
        + (p.attachment() >= t.highAttachment() ? " >= " : " < ") + t.highAttachment();
    String alternatives = "viableAlternatives " + p.viableAlternatives()
        + (p.viableAlternatives() <= t.monopolyAlternatives() ? " <= " : " > ") + t.monopolyAlternatives();
    String promotion = "promotionShare " + p.promotionShare()
        + (p.promotionShare() >= t.promotionDriven() ? " >= " : " < ") + t.promotionDriven();
    String price = "priceSensitivity " + p.priceSensitivity()
        + (p.priceSensitivity() >= t.priceSensitive() ? " >= " : " < ") + t.priceSensitive();
    if (code == NO_TYPE) {
      return repeat + ", " + (p.attachment() >= t.highAttachment() ? attachment : attachment + ", " + price)
          + ": none of the five types";
    }
    return switch (TYPES[code]) {
      case PREMIUM -> repeat + ", " + attachment;
      case MONOPOLY -> repeat + ", " + attachment + ", " + alternatives;
      case INCENTIVE -> repeat + ", " + attachment + ", " + alternatives + ", " + promotion;
      case INERTIA -> repeat + ", " + attachment + ", " + alternatives + ", " + promotion + ", " + price;
      case PRICE -> p.repeatPurchaseRate() >= t.highRepeatRate()
          ? repeat + ", " + attachment + ", " + alternatives + ", " + promotion + ", " + price
          : repeat + ", " + attachment + ", " + price;
    };
  }
}
