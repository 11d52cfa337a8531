package io.github.logicrm.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.logicrm.core.clv.PurchaseModelFit;
import io.github.logicrm.jackson.LogiCrmJson;
import io.github.logicrm.pipeline.BookFit;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The book's fit as it is broadcast: the purchase and spend fits as crm-jackson JSON. Doubles travel in their
 * shortest exact form, so the executors score with bit-for-bit the driver's parameters.
 */
final class FitJson implements Serializable {

  private static final long serialVersionUID = 1L;
  static final JsonMapper JSON = LogiCrmJson.strictMapper();

  private final String purchaseFit;
  private final String spendFit;

  private FitJson(String purchaseFit, String spendFit) {
    this.purchaseFit = purchaseFit;
    this.spendFit = spendFit;
  }

  static FitJson of(BookFit fit) {
    return new FitJson(json(fit.purchaseFit()), fit.spendFit().map(FitJson::json).orElse(null));
  }

  /** The fit for scoring; the list of customers left out of the spend fit stays on the driver. */
  BookFit fit() {
    return BookFit.of(read(purchaseFit), Optional.ofNullable(spendFit).map(FitJson::read), List.of());
  }

  String purchaseFit() {
    return purchaseFit;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PurchaseModelFit read(String json) {
    try {
      return JSON.readValue(json, PurchaseModelFit.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
