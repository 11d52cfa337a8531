package io.github.logicrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.logicrm.core.clv.CovariateModelFit;
import io.github.logicrm.core.clv.PurchaseFitStatus;
import io.github.logicrm.metrics.clv.CovariateModel;
import io.github.logicrm.metrics.clv.PurchaseData;
import io.github.logicrm.metrics.clv.PurchaseModel;
import io.github.logicrm.metrics.clv.PurchaseModelFitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers {@code docs/clv.md} quotes in "Covariates", and the effects the made-up book was drawn with. */
class CovariateGuideTest {

  private static final CovariateGuide.Book BOOK = CovariateGuide.book();
  private static final CovariateModelFit FIT = CovariateGuide.fit(BOOK);

  @Test
  void fitRecoversTheEffectsTheBookWasDrawnWithWithinThreeStandardErrors() {
    assertThat(FIT.status()).isEqualTo(PurchaseFitStatus.CONVERGED);
    List<String> purchase = List.of("contract", "retail", "south", "edi");
    for (int j = 0; j < purchase.size(); j++) {
      String name = purchase.get(j);
      assertThat(FIT.purchaseCoefficients().get(name)).as(name).isCloseTo(CovariateGuide.PURCHASE_EFFECTS[j],
          within(3 * FIT.purchaseStandardErrors().get(name)));
    }
    List<String> dropout = List.of("contract", "edi");
    for (int j = 0; j < dropout.size(); j++) {
      String name = dropout.get(j);
      assertThat(FIT.dropoutCoefficients().get(name)).as(name).isCloseTo(CovariateGuide.DROPOUT_EFFECTS[j],
          within(3 * FIT.dropoutStandardErrors().get(name)));
    }
    double[] base = FIT.parameterArray();
    for (int i = 0; i < 4; i++) {
      String name = FIT.model().parameterNames().get(i);
      assertThat(base[i]).as(name).isCloseTo(CovariateGuide.BASE[i], within(3 * FIT.standardErrors().get(name)));
    }
  }

  @Test
  void numbersTheGuideQuotes() {
    assertThat(FIT.purchaseCoefficients().get("contract")).isCloseTo(0.578, within(5e-4));
    assertThat(FIT.purchaseStandardErrors().get("contract")).isCloseTo(0.057, within(5e-4));
    assertThat(FIT.purchaseCoefficients().get("retail")).isCloseTo(0.285, within(5e-4));
    assertThat(FIT.purchaseCoefficients().get("south")).isCloseTo(-0.274, within(5e-4));
    assertThat(FIT.purchaseCoefficients().get("edi")).isCloseTo(0.333, within(5e-4));
    assertThat(FIT.dropoutCoefficients().get("contract")).isCloseTo(-1.022, within(5e-4));
    assertThat(FIT.dropoutStandardErrors().get("contract")).isCloseTo(0.122, within(5e-4));
    assertThat(FIT.dropoutCoefficients().get("edi")).isCloseTo(-0.571, within(5e-4));
    assertThat(FIT.purchaseStandardErrors().get("retail")).isCloseTo(0.059, within(5e-4));
    assertThat(FIT.purchaseStandardErrors().get("south")).isCloseTo(0.055, within(5e-4));
    assertThat(FIT.purchaseStandardErrors().get("edi")).isCloseTo(0.059, within(5e-4));
    assertThat(FIT.dropoutStandardErrors().get("edi")).isCloseTo(0.118, within(5e-4));
    assertThat(FIT.logLikelihood()).isCloseTo(-40192.77, within(5e-3));
    double plain = PurchaseModelFitter.withDefaults().fitParetoNbd(BOOK.history()).logLikelihood();
    assertThat(2 * (FIT.logLikelihood() - plain)).isCloseTo(324.03, within(0.005));
    double[] two = CovariateGuide.twoShippers(FIT);
    assertThat(two[0]).isCloseTo(0.576, within(5e-4));
    assertThat(two[1]).isCloseTo(2.19, within(5e-3));
    assertThat(two[2]).isCloseTo(0.463, within(5e-4));
    assertThat(two[3]).isCloseTo(1.54, within(5e-3));
  }

  @Test
  void bookScoresAreEachShippersOwnModel() {
    double[][] scores = CovariateGuide.scoreBook(FIT, BOOK);
    CovariateModel model = CovariateModel.from(FIT);
    PurchaseData history = BOOK.history();
    for (int i = 0; i < 50; i++) {
      PurchaseModel own = model.forCustomer(BOOK.purchaseRows()[i], BOOK.dropoutRows()[i]);
      assertThat(scores[0][i]).isEqualTo(own.probabilityAlive(history.frequency(i), history.recency(i),
          history.age(i)));
      assertThat(scores[1][i]).isEqualTo(own.conditionalExpectedPurchases(52, history.frequency(i),
          history.recency(i), history.age(i)));
    }
  }
}
