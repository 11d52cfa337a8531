package io.github.logicrm.metrics.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.logicrm.core.customer.CustomerId;
import io.github.logicrm.core.loyalty.DickBasuCell;
import io.github.logicrm.core.loyalty.JonesSasserQuadrant;
import io.github.logicrm.core.loyalty.LoyaltyClassification;
import io.github.logicrm.core.loyalty.LoyaltyProfile;
import io.github.logicrm.core.loyalty.LoyaltyThresholds;
import io.github.logicrm.core.loyalty.LoyaltyType;
import io.github.logicrm.core.loyalty.McKinseySegment;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LoyaltyClassifierTest {

  private static final LoyaltyClassifier DEFAULTS = LoyaltyClassifier.withDefaults();

  /** An inertia-loyal shipper: buys again (0.8) without attachment (30), has alternatives, few promotions. */
  static LoyaltyProfile.Builder base() {
    return LoyaltyProfile.builder()
        .customerId(CustomerId.of("C-1"))
        .attachment(30)
        .repeatPurchaseRate(0.8)
        .shareOfWallet(0.5)
        .shareOfWalletChange(0)
        .promotionShare(0.1)
        .priceSensitivity(40)
        .satisfaction(70)
        .viableAlternatives(3);
  }

  private static LoyaltyType type(LoyaltyProfile.Builder profile) {
    return DEFAULTS.classify(profile.build()).type().orElse(null);
  }

  @Test
  void fiveTypesAndNone() {
    assertThat(type(base())).isEqualTo(LoyaltyType.INERTIA);
    assertThat(type(base().attachment(80))).isEqualTo(LoyaltyType.PREMIUM);
    assertThat(type(base().viableAlternatives(0))).isEqualTo(LoyaltyType.MONOPOLY);
    assertThat(type(base().promotionShare(0.7))).isEqualTo(LoyaltyType.INCENTIVE);
    assertThat(type(base().repeatPurchaseRate(0.2).priceSensitivity(85))).isEqualTo(LoyaltyType.PRICE);
    assertThat(type(base().repeatPurchaseRate(0.2))).isNull();
    assertThat(type(base().repeatPurchaseRate(0.2).priceSensitivity(85).attachment(80))).isNull();
  }

  /**
   * Seed 002: price loyalty is loyalty to whoever offers the lowest price, inertia is not looking for another
   * supplier at all. A shipper that repeats while it hunts price among six alternatives is not inert.
   */
  @Test
  void aRepeatingPriceHunterIsPriceLoyalNotInert() {
    LoyaltyClassification c = DEFAULTS.classify(base().priceSensitivity(98).viableAlternatives(6).build());
    assertThat(c.type()).hasValue(LoyaltyType.PRICE);
    assertThat(c.reason()).isEqualTo("repeatPurchaseRate 0.8 >= 0.6, attachment 30.0 < 60.0, "
        + "viableAlternatives 6 > 0, promotionShare 0.1 < 0.5, priceSensitivity 98.0 >= 60.0");
    // without alternatives price cannot move the customer: still monopoly; promotions decide before price
    assertThat(type(base().priceSensitivity(98).viableAlternatives(0))).isEqualTo(LoyaltyType.MONOPOLY);
    assertThat(type(base().priceSensitivity(98).promotionShare(0.7))).isEqualTo(LoyaltyType.INCENTIVE);
    assertThat(type(base().priceSensitivity(98).attachment(80))).isEqualTo(LoyaltyType.PREMIUM);
  }

  @Test
  void resultCarriesTheFiguresThatDecided() {
    LoyaltyClassification c = DEFAULTS.classify(base().viableAlternatives(0).build());
    assertThat(c.type()).hasValue(LoyaltyType.MONOPOLY);
    assertThat(c.reason()).isEqualTo("repeatPurchaseRate 0.8 >= 0.6, attachment 30.0 < 60.0, viableAlternatives 0 <= 0");
    assertThat(c.profile()).isEqualTo(base().viableAlternatives(0).build());
    assertThat(c.thresholds()).isEqualTo(LoyaltyThresholds.defaults());
    LoyaltyClassification none = DEFAULTS.classify(base().repeatPurchaseRate(0.2).build());
    assertThat(none.type()).isEmpty();
    assertThat(none.reason()).isEqualTo(
        "repeatPurchaseRate 0.2 < 0.6, attachment 30.0 < 60.0, priceSensitivity 40.0 < 60.0: none of the five types");
    assertThat(DEFAULTS.classify(base().build()).reason()).isEqualTo("repeatPurchaseRate 0.8 >= 0.6, "
        + "attachment 30.0 < 60.0, viableAlternatives 3 > 0, promotionShare 0.1 < 0.5, priceSensitivity 40.0 < 60.0");
  }

  @Test
  void boundariesOfTheFiveTypes() {
    // highRepeatRate 0.6: at the threshold is high
    assertThat(type(base().repeatPurchaseRate(0.6))).isEqualTo(LoyaltyType.INERTIA);
    assertThat(type(base().repeatPurchaseRate(Math.nextDown(0.6)).priceSensitivity(60))).isEqualTo(LoyaltyType.PRICE);
    // highAttachment 60
    assertThat(type(base().attachment(60))).isEqualTo(LoyaltyType.PREMIUM);
    assertThat(type(base().attachment(Math.nextDown(60.0)))).isEqualTo(LoyaltyType.INERTIA);
    // monopolyAlternatives 0
    assertThat(type(base().viableAlternatives(0))).isEqualTo(LoyaltyType.MONOPOLY);
    assertThat(type(base().viableAlternatives(1))).isEqualTo(LoyaltyType.INERTIA);
    // promotionDriven 0.5
    assertThat(type(base().promotionShare(0.5))).isEqualTo(LoyaltyType.INCENTIVE);
    assertThat(type(base().promotionShare(Math.nextDown(0.5)))).isEqualTo(LoyaltyType.INERTIA);
    // priceSensitive 60, with low and with high repeat
    assertThat(type(base().priceSensitivity(60))).isEqualTo(LoyaltyType.PRICE);
    assertThat(type(base().priceSensitivity(Math.nextDown(60.0)))).isEqualTo(LoyaltyType.INERTIA);
    assertThat(type(base().repeatPurchaseRate(0.1).priceSensitivity(60))).isEqualTo(LoyaltyType.PRICE);
    assertThat(type(base().repeatPurchaseRate(0.1).priceSensitivity(Math.nextDown(60.0)))).isNull();
  }

  @Test
  void thresholdsAreConfigurable() {
    LoyaltyClassifier strict = LoyaltyClassifier.with(LoyaltyThresholds.builder()
        .highRepeatRate(0.9).highAttachment(25).monopolyAlternatives(1).build());
    assertThat(strict.classify(base().build()).type()).isEmpty();
    assertThat(strict.classify(base().repeatPurchaseRate(0.95).build()).type()).hasValue(LoyaltyType.PREMIUM);
    assertThat(strict.classify(base().repeatPurchaseRate(0.95).attachment(10).viableAlternatives(1).build())
        .type()).hasValue(LoyaltyType.MONOPOLY);
  }

  @Test
  void mcKinseySegmentsAndBoundaries() {
    assertThat(segment(base())).isEqualTo(McKinseySegment.INERTIAL);
    assertThat(segment(base().attachment(60))).isEqualTo(McKinseySegment.EMOTIONAL);
    assertThat(segment(base().priceSensitivity(60))).isEqualTo(McKinseySegment.DELIBERATIVE_LOYAL);
    assertThat(segment(base().priceSensitivity(Math.nextDown(60.0)))).isEqualTo(McKinseySegment.INERTIAL);
    // downslideDrop 0.05: a fall of exactly 0.05 is down-sliding
    assertThat(segment(base().shareOfWalletChange(-0.05))).isEqualTo(McKinseySegment.DELIBERATIVE_DOWNSLIDING);
    assertThat(segment(base().shareOfWalletChange(Math.nextUp(-0.05)))).isEqualTo(McKinseySegment.INERTIAL);
    assertThat(segment(base().shareOfWalletChange(-0.2).needsChanged(true)))
        .isEqualTo(McKinseySegment.LIFESTYLE_CHANGE);
    // dissatisfiedBelow 50: 50 is not dissatisfied
    assertThat(segment(base().shareOfWalletChange(-0.2).satisfaction(Math.nextDown(50.0))))
        .isEqualTo(McKinseySegment.DISSATISFIED);
    assertThat(segment(base().shareOfWalletChange(-0.2).satisfaction(50)))
        .isEqualTo(McKinseySegment.DELIBERATIVE_DOWNSLIDING);
    assertThat(McKinseySegment.EMOTIONAL.isLoyal()).isTrue();
    assertThat(McKinseySegment.DELIBERATIVE_DOWNSLIDING.isLoyal()).isFalse();
  }

  private static McKinseySegment segment(LoyaltyProfile.Builder profile) {
    return DEFAULTS.classify(profile.build()).mcKinseySegment();
  }

  @Test
  void jonesSasserQuadrantsAndBoundaries() {
    assertThat(DEFAULTS.jonesSasser(75, 0.6)).isEqualTo(JonesSasserQuadrant.APOSTLE);
    assertThat(DEFAULTS.jonesSasser(75, Math.nextDown(0.6))).isEqualTo(JonesSasserQuadrant.MERCENARY);
    assertThat(DEFAULTS.jonesSasser(Math.nextDown(75.0), 0.6)).isEqualTo(JonesSasserQuadrant.HOSTAGE);
    assertThat(DEFAULTS.jonesSasser(10, 0.1)).isEqualTo(JonesSasserQuadrant.DEFECTOR);
    assertThat(DEFAULTS.classify(base().build()).jonesSasserQuadrant()).isEqualTo(JonesSasserQuadrant.HOSTAGE);
    assertThatThrownBy(() -> DEFAULTS.jonesSasser(101, 0.5)).hasMessage("satisfaction must be in [0.0, 100.0]: 101.0");
    assertThatThrownBy(() -> DEFAULTS.jonesSasser(50, Double.NaN))
        .hasMessage("repeatPurchaseRate must be in [0.0, 1.0]: NaN");
  }

  @Test
  void dickBasuCellsAndBoundaries() {
    assertThat(DEFAULTS.dickBasu(60, 0.6)).isEqualTo(DickBasuCell.LOYALTY);
    assertThat(DEFAULTS.dickBasu(60, Math.nextDown(0.6))).isEqualTo(DickBasuCell.LATENT_LOYALTY);
    assertThat(DEFAULTS.dickBasu(Math.nextDown(60.0), 0.6)).isEqualTo(DickBasuCell.SPURIOUS_LOYALTY);
    assertThat(DEFAULTS.dickBasu(0, 0)).isEqualTo(DickBasuCell.NO_LOYALTY);
    assertThat(DEFAULTS.classify(base().build()).dickBasuCell()).isEqualTo(DickBasuCell.SPURIOUS_LOYALTY);
    assertThatThrownBy(() -> DEFAULTS.dickBasu(-1, 0.5)).hasMessage("attachment must be in [0.0, 100.0]: -1.0");
  }

  @Test
  void batchEqualsOneByOne() {
    int n = 2000;
    SplittableRandom random = new SplittableRandom(66);
    double[] attachment = new double[n];
    double[] repeat = new double[n];
    double[] promotion = new double[n];
    double[] price = new double[n];
    int[] alternatives = new int[n];
    for (int i = 0; i < n; i++) {
      // values on a coarse grid so that many land exactly on a threshold
      attachment[i] = 10 * random.nextInt(11);
      repeat[i] = random.nextInt(11) / 10.0;
      promotion[i] = random.nextInt(11) / 10.0;
      price[i] = 10 * random.nextInt(11);
      alternatives[i] = random.nextInt(3);
    }
    int[] codes = new int[n];
    DEFAULTS.typeCodes(attachment, repeat, promotion, price, alternatives, codes);
    int[] counts = new int[6];
    for (int i = 0; i < n; i++) {
      LoyaltyClassification c = DEFAULTS.classify(base().attachment(attachment[i]).repeatPurchaseRate(repeat[i])
          .promotionShare(promotion[i]).priceSensitivity(price[i]).viableAlternatives(alternatives[i]).build());
      assertThat(codes[i]).isEqualTo(c.type().map(Enum::ordinal).orElse(LoyaltyClassifier.NO_TYPE));
      counts[codes[i] + 1]++;
    }
    assertThat(java.util.Arrays.stream(counts).min().getAsInt()).isPositive(); // every type and "none" occurs
  }

  @Test
  void segmentBatchesEqualOneByOne() {
    int n = 3000;
    SplittableRandom random = new SplittableRandom(67);
    double[] change = new double[n];
    boolean[] needs = new boolean[n];
    double[] satisfaction = new double[n];
    double[] attachment = new double[n];
    double[] price = new double[n];
    double[] repeat = new double[n];
    for (int i = 0; i < n; i++) {
      // a coarse grid, so that many values land exactly on a threshold
      change[i] = (random.nextInt(9) - 4) / 20.0;    // -0.2 .. 0.2; the previous share 0.5 - change stays valid
      needs[i] = random.nextBoolean();
      satisfaction[i] = 10 * random.nextInt(11);
      attachment[i] = 10 * random.nextInt(11);
      price[i] = 10 * random.nextInt(11);
      repeat[i] = random.nextInt(11) / 10.0;
    }
    int[] mcKinsey = new int[n];
    int[] jonesSasser = new int[n];
    int[] dickBasu = new int[n];
    DEFAULTS.mcKinseyCodes(change, needs, satisfaction, attachment, price, mcKinsey);
    DEFAULTS.jonesSasserCodes(satisfaction, repeat, jonesSasser);
    DEFAULTS.dickBasuCodes(attachment, repeat, dickBasu);
    Set<McKinseySegment> seen = EnumSet.noneOf(McKinseySegment.class);
    for (int i = 0; i < n; i++) {
      LoyaltyProfile profile = base().shareOfWalletChange(change[i]).needsChanged(needs[i])
          .satisfaction(satisfaction[i]).attachment(attachment[i]).priceSensitivity(price[i]).build();
      McKinseySegment segment = DEFAULTS.mcKinseySegment(profile);
      seen.add(segment);
      assertThat(mcKinsey[i]).isEqualTo(segment.ordinal());
      assertThat(jonesSasser[i]).isEqualTo(DEFAULTS.jonesSasser(satisfaction[i], repeat[i]).ordinal());
      assertThat(dickBasu[i]).isEqualTo(DEFAULTS.dickBasu(attachment[i], repeat[i]).ordinal());
    }
    assertThat(seen).containsExactlyInAnyOrder(McKinseySegment.values());
  }

  @Test
  void segmentBatchesRejectBadRowsNamingThem() {
    double[] ok = {50, 50};
    double[] rates = {0.5, 0.5};
    assertThatThrownBy(() -> DEFAULTS.jonesSasserCodes(new double[] {50, 101}, rates, new int[2]))
        .hasMessage("satisfaction[1] must be in [0.0, 100.0]: 101.0");
    assertThatThrownBy(() -> DEFAULTS.jonesSasserCodes(ok, new double[] {Double.NaN, 0.5}, new int[2]))
        .hasMessage("repeatPurchaseRate[0] must be in [0.0, 1.0]: NaN");
    assertThatThrownBy(() -> DEFAULTS.dickBasuCodes(new double[] {-1, 50}, rates, new int[2]))
        .hasMessage("attachment[0] must be in [0.0, 100.0]: -1.0");
    assertThatThrownBy(() -> DEFAULTS.dickBasuCodes(ok, rates, new int[3]))
        .hasMessage("attachment length must equal cells length 3: 2");
    assertThatThrownBy(() -> DEFAULTS.mcKinseyCodes(new double[] {0, -1.5}, new boolean[2], ok, ok, ok,
        new int[2])).hasMessage("shareOfWalletChange[1] must be in [-1.0, 1.0]: -1.5");
    assertThatThrownBy(() -> DEFAULTS.mcKinseyCodes(rates, new boolean[1], ok, ok, ok, new int[2]))
        .hasMessage("needsChanged length must equal segments length 2: 1");
    assertThatThrownBy(() -> DEFAULTS.mcKinseyCodes(rates, new boolean[2], ok, ok, new double[] {50, 200},
        new int[2])).hasMessage("priceSensitivity[1] must be in [0.0, 100.0]: 200.0");
  }

  @Test
  void batchRejectsBadRowsNamingThem() {
    double[] ok = {50, 50};
    double[] rates = {0.5, 0.5};
    assertThatThrownBy(() -> DEFAULTS.typeCodes(ok, new double[] {0.5, 1.5}, rates, ok, new int[2], new int[2]))
        .hasMessage("repeatPurchaseRate[1] must be in [0.0, 1.0]: 1.5");
    assertThatThrownBy(() -> DEFAULTS.typeCodes(new double[] {Double.NaN, 1}, rates, rates, ok, new int[2],
        new int[2])).hasMessage("attachment[0] must be in [0.0, 100.0]: NaN");
    assertThatThrownBy(() -> DEFAULTS.typeCodes(ok, rates, rates, ok, new int[] {0, -1}, new int[2]))
        .hasMessage("viableAlternatives[1] must be >= 0: -1");
    assertThatThrownBy(() -> DEFAULTS.typeCodes(ok, rates, rates, new double[1], new int[2], new int[2]))
        .hasMessage("priceSensitivity length must equal types length 2: 1");
  }

  @Test
  void invalidProfilesAndThresholdsAreRejected() {
    assertThatThrownBy(() -> base().attachment(100.5).build())
        .hasMessage("attachment must be in [0.0, 100.0]: 100.5");
    assertThatThrownBy(() -> base().repeatPurchaseRate(-0.1).build())
        .hasMessage("repeatPurchaseRate must be in [0.0, 1.0]: -0.1");
    assertThatThrownBy(() -> base().shareOfWallet(0.1).shareOfWalletChange(0.2).build())
        .hasMessageStartingWith("shareOfWallet - shareOfWalletChange (the previous share) must be in [0.0, 1.0]: -0.1");
    assertThatThrownBy(() -> base().viableAlternatives(-1).build())
        .hasMessage("viableAlternatives must be >= 0: -1");
    assertThatThrownBy(() -> base().referrals(-2).build()).hasMessage("referrals must be >= 0: -2");
    assertThatThrownBy(() -> base().satisfaction(Double.NaN).build())
        .hasMessage("satisfaction must be in [0.0, 100.0]: NaN");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().downslideDrop(0).build())
        .hasMessage("downslideDrop must be in (0, 1]: 0.0");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().highRepeatRate(1.2).build())
        .hasMessage("highRepeatRate must be in [0.0, 1.0]: 1.2");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().monopolyAlternatives(-1).build())
        .hasMessage("monopolyAlternatives must be >= 0: -1");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().highAttachment(101).build())
        .hasMessage("highAttachment must be in [0.0, 100.0]: 101.0");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().promotionDriven(Double.NaN).build())
        .hasMessage("promotionDriven must be in [0.0, 1.0]: NaN");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().priceSensitive(-5).build())
        .hasMessage("priceSensitive must be in [0.0, 100.0]: -5.0");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().satisfied(100.1).build())
        .hasMessage("satisfied must be in [0.0, 100.0]: 100.1");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().dissatisfiedBelow(-0.1).build())
        .hasMessage("dissatisfiedBelow must be in [0.0, 100.0]: -0.1");
    assertThatThrownBy(() -> LoyaltyThresholds.builder().downslideDrop(1.5).build())
        .hasMessage("downslideDrop must be in (0, 1]: 1.5");
    assertThatThrownBy(() -> base().shareOfWallet(1.2).build())
        .hasMessage("shareOfWallet must be in [0.0, 1.0]: 1.2");
    assertThatThrownBy(() -> base().shareOfWalletChange(-1.5).build())
        .hasMessage("shareOfWalletChange must be in [-1.0, 1.0]: -1.5");
    assertThatThrownBy(() -> base().promotionShare(2).build())
        .hasMessage("promotionShare must be in [0.0, 1.0]: 2.0");
    assertThatThrownBy(() -> base().priceSensitivity(Double.POSITIVE_INFINITY).build())
        .hasMessage("priceSensitivity must be in [0.0, 100.0]: Infinity");
    assertThatThrownBy(() -> LoyaltyClassifier.with(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("thresholds");
  }
}
