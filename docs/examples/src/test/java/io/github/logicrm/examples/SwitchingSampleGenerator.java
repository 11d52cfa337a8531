package io.github.logicrm.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.logicrm.core.customer.Customer;
import io.github.logicrm.core.customer.CustomerStatus;
import io.github.logicrm.core.customer.LogisticsService;
import io.github.logicrm.core.loyalty.LoyaltyProfile;
import io.github.logicrm.core.switching.SwitchingCostAnswers;
import io.github.logicrm.core.switching.SwitchingCostFacet;
import io.github.logicrm.core.switching.SwitchingCostItem;
import io.github.logicrm.core.switching.SwitchingCostQuestionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the made-up switching-cost survey and loyalty profiles of the sample book from a fixed seed. Run
 * {@link #main} from {@code docs/examples} to rewrite the files under {@code src/main/resources/sample};
 * {@code SwitchingSampleDataTest} checks that the committed files are exactly what this class makes.
 *
 * <p>Only customers that have bought from the provider (first-time, repeat, loyal and lost) answered the survey
 * and have a loyalty profile. Answers follow a latent switching cost that grows with the relationship level,
 * the number of services bought and the status; lost customers' profiles describe their last year.
 */
final class SwitchingSampleGenerator {

  static final long SEED = 20_031_006L;
  static final String QUESTIONNAIRE = "switching-cost-questionnaire.json";
  static final String ANSWERS = "switching-cost-answers.json";
  static final String PROFILES = "loyalty-profiles.json";

  private SwitchingSampleGenerator() {}

  static SwitchingCostQuestionnaire questionnaire() {
    List<SwitchingCostItem> items = new ArrayList<>();
    item(items, "ER1", SwitchingCostFacet.ECONOMIC_RISK, 5, false,
        "A new provider could disrupt our deliveries to our own customers");
    item(items, "ER2", SwitchingCostFacet.ECONOMIC_RISK, 5, false,
        "We are unsure another provider would handle our goods as carefully");
    item(items, "ER3", SwitchingCostFacet.ECONOMIC_RISK, 5, true,
        "Another provider would perform at least as reliably as our current one");
    item(items, "EV1", SwitchingCostFacet.EVALUATION, 5, false,
        "Comparing logistics providers would take our team a lot of time");
    item(items, "EV2", SwitchingCostFacet.EVALUATION, 5, false,
        "We would need site audits and trial shipments before choosing a new provider");
    item(items, "LE1", SwitchingCostFacet.LEARNING, 5, false,
        "Learning a new provider's booking portal and procedures would take real effort");
    item(items, "LE2", SwitchingCostFacet.LEARNING, 5, true,
        "Our staff could work with a new provider's systems from day one");
    item(items, "SU1", SwitchingCostFacet.SETUP, 7, false,
        "Rebuilding the EDI and API links to a new provider would take months");
    item(items, "SU2", SwitchingCostFacet.SETUP, 7, false,
        "Moving our inventory and warehouse processes to a new provider would be costly");
    item(items, "SU3", SwitchingCostFacet.SETUP, 7, true,
        "We could move our freight to another provider within a week");
    item(items, "BL1", SwitchingCostFacet.BENEFIT_LOSS, 5, false,
        "We would lose volume rebates we have earned with our current provider");
    item(items, "BL2", SwitchingCostFacet.BENEFIT_LOSS, 5, false,
        "We would lose favourable credit terms by switching");
    item(items, "ML1", SwitchingCostFacet.MONETARY_LOSS, 5, false,
        "Leaving our current contract early would cost us penalties");
    item(items, "ML2", SwitchingCostFacet.MONETARY_LOSS, 5, false,
        "Switching would mean paying for two providers for a while");
    item(items, "PR1", SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS, 5, false,
        "We would miss working with our account team");
    item(items, "PR2", SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS, 5, false,
        "Our people and the provider's people know each other well");
    item(items, "PR3", SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS, 5, true,
        "We have no personal ties to anyone at our provider");
    item(items, "BR1", SwitchingCostFacet.BRAND_RELATIONSHIP_LOSS, 5, false,
        "We like being associated with our provider's name");
    item(items, "BR2", SwitchingCostFacet.BRAND_RELATIONSHIP_LOSS, 5, false,
        "Our provider's brand says something good about our supply chain");
    return SwitchingCostQuestionnaire.of(items);
  }

  private static void item(List<SwitchingCostItem> items, String id, SwitchingCostFacet facet, int points,
      boolean reversed, String text) {
    items.add(SwitchingCostItem.builder().id(id).facet(facet).text(text).scaleMin(1).scaleMax(points)
        .reverseCoded(reversed).build());
  }

  static boolean hasBought(Customer c) {
    return c.status() != CustomerStatus.POTENTIAL && c.status() != CustomerStatus.PROSPECT;
  }

  private static double statusShift(CustomerStatus status) {
    return switch (status) {
      case LOYAL -> 12;
      case FIRST_TIME -> -10;
      case LOST -> -18;
      case REPEAT, POTENTIAL, PROSPECT -> 0;
    };
  }

  static List<SwitchingCostAnswers> answers(List<Customer> customers, SwitchingCostQuestionnaire q) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<SwitchingCostAnswers> all = new ArrayList<>();
    for (Customer c : customers) {
      if (!hasBought(c)) {
        continue;
      }
      double theta = 22 + 8 * c.relationshipLevel().ordinal() + 3 * c.services().size()
          + statusShift(c.status()) + 8 * gaussian(random);
      boolean warehousing = c.services().contains(LogisticsService.WAREHOUSING);
      Map<SwitchingCostFacet, Double> facetTheta = new LinkedHashMap<>();
      for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
        double shift = warehousing && (f == SwitchingCostFacet.SETUP || f == SwitchingCostFacet.MONETARY_LOSS)
            ? 12 : 0;
        facetTheta.put(f, theta + shift + 10 * gaussian(random));
      }
      Map<String, Double> answers = new LinkedHashMap<>();
      Map<SwitchingCostFacet, Boolean> skippedOne = new LinkedHashMap<>();
      for (SwitchingCostItem item : q.items()) {
        boolean firstOfFacet = !skippedOne.containsKey(item.facet());
        boolean skip = !firstOfFacet && !skippedOne.get(item.facet()) && random.nextInt(25) == 0;
        double p = Math.max(0, Math.min(1, facetTheta.get(item.facet()) / 100 + 0.12 * gaussian(random)));
        double x = item.scaleMin() + Math.round(p * (item.scaleMax() - item.scaleMin()));
        if (item.reverseCoded()) {
          x = item.scaleMax() + item.scaleMin() - x;
        }
        skippedOne.put(item.facet(), firstOfFacet ? Boolean.FALSE : skippedOne.get(item.facet()) || skip);
        if (!skip) {
          answers.put(item.id(), x);
        }
      }
      all.add(SwitchingCostAnswers.builder().customerId(c.id()).answers(answers).build());
    }
    return all;
  }

  static List<LoyaltyProfile> profiles(List<Customer> customers) {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<LoyaltyProfile> all = new ArrayList<>();
    for (Customer c : customers) {
      if (!hasBought(c)) {
        continue;
      }
      // ranges of attachment, repeat, satisfaction, share and change, drawn in that order
      double[] r = switch (c.status()) {
        case LOYAL -> new double[] {35, 92, 0.7, 0.98, 62, 96, 0.45, 0.9, -0.04, 0.06};
        case REPEAT -> new double[] {15, 75, 0.45, 0.92, 45, 88, 0.25, 0.7, -0.12, 0.08};
        case FIRST_TIME -> new double[] {10, 65, 0.0, 0.6, 40, 90, 0.05, 0.35, 0.0, 0.05};
        // LOST: the last year before leaving, the change drawn as a loss
        case LOST -> new double[] {3, 40, 0.05, 0.45, 15, 70, 0.0, 0.2, 0.1, 0.4};
        case POTENTIAL, PROSPECT -> throw new IllegalStateException("no purchases: " + c.status());
      };
      double attachment = uniform(random, r[0], r[1]);
      double repeat = uniform(random, r[2], r[3]);
      double satisfaction = uniform(random, r[4], r[5]);
      double share = uniform(random, r[6], r[7]);
      double change = uniform(random, r[8], r[9]);
      if (c.status() == CustomerStatus.LOST) {
        change = -change;
      }
      share = round(share, 2);
      change = round(change, 2);
      if (share - change > 1) {
        change = round(share - 1, 2);
      }
      int alternatives = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(5);
      double promotion = random.nextInt(5) == 0 ? uniform(random, 0.5, 0.85) : uniform(random, 0.0, 0.45);
      all.add(LoyaltyProfile.builder()
          .customerId(c.id())
          .attachment(Math.round(attachment))
          .repeatPurchaseRate(round(repeat, 2))
          .shareOfWallet(share)
          .shareOfWalletChange(change)
          .promotionShare(round(promotion, 2))
          .priceSensitivity(Math.round(uniform(random, 10, 95)))
          .satisfaction(Math.round(satisfaction))
          .viableAlternatives(alternatives)
          .referrals(c.status() == CustomerStatus.LOYAL ? random.nextInt(4) : random.nextInt(5) == 0 ? 1 : 0)
          .needsChanged(random.nextInt(c.status() == CustomerStatus.LOST ? 3 : 10) == 0)
          .build());
    }
    return all;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller from two uniforms in (0, 1]: SplittableRandom has no nextGaussian on JDK 17
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static double uniform(SplittableRandom random, double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  private static double round(double x, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(x * scale) / scale;
  }

  static ObjectMapper mapper() {
    return new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * Rewrites the sample files.
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    List<Customer> customers = SampleData.load().book().customers();
    SwitchingCostQuestionnaire q = questionnaire();
    Path dir = Path.of("src/main/resources/sample");
    ObjectMapper mapper = mapper();
    Files.writeString(dir.resolve(QUESTIONNAIRE), mapper.writeValueAsString(q) + "\n");
    Files.writeString(dir.resolve(ANSWERS), mapper.writeValueAsString(answers(customers, q)) + "\n");
    Files.writeString(dir.resolve(PROFILES), mapper.writeValueAsString(profiles(customers)) + "\n");
  }
}
