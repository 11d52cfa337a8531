package io.github.logicrm.jackson.internal;

import io.github.logicrm.core.book.BookSummary;
import io.github.logicrm.core.book.CustomerProfile;
import io.github.logicrm.core.book.StageFlow;
import io.github.logicrm.core.book.SurveyModelFit;
import java.util.List;

/** The Customer 360 results: one profile per customer, the book summary and its stage transitions. */
final class Customer360Types {

  static final ValueTypes TYPES = new ValueTypes(
      List.of(CustomerProfile.class, BookSummary.class, StageFlow.class, SurveyModelFit.class),
      List.of());

  private Customer360Types() {}
}
