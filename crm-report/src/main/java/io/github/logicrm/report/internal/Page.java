package io.github.logicrm.report.internal;

import java.util.List;
import java.util.Map;

/**
 * Everything the report template shows, formatted: the template computes nothing.
 *
 * @param title the page title
 * @param asOf the as-of date
 * @param glance the book at a glance
 * @param statuses customers by status
 * @param tiers the ABC tier table
 * @param purchaseFit the fitted purchase model's figures
 * @param service the book-wide service figures; empty for a purchase-only log
 * @param charts chart name to true for every chart the report draws
 * @param chartSpecs the chart specifications as one JSON object, escaped for a script element
 * @param atRisk the at-risk table
 * @param atRiskNote how many are at risk and how many are listed
 * @param winBack the win-back table
 * @param winBackNote how many are lost and how many are listed
 * @param customers a page per listed customer
 * @param notShown sections the data does not support yet, with the reason
 * @param satisfaction the fitted satisfaction model's figures; empty when the book has none
 */
public record Page(String title, String asOf, List<Figure> glance, List<Figure> statuses, List<TierRow> tiers,
    List<Figure> purchaseFit, List<Figure> service, Map<String, Boolean> charts, String chartSpecs,
    List<Listed> atRisk, String atRiskNote, List<Listed> winBack, String winBackNote, List<CustomerPage> customers,
    List<Figure> notShown, List<Figure> satisfaction) {

  /**
   * Tells whether the book has a fitted satisfaction model.
   *
   * @return true when the satisfaction section is shown
   */
  public boolean hasSatisfaction() {
    return !satisfaction.isEmpty();
  }

  /**
   * Tells whether the book has a service record.
   *
   * @return true when the service section is shown
   */
  public boolean hasService() {
    return !service.isEmpty();
  }

  /**
   * A labelled figure.
   *
   * @param label what it is, with its unit
   * @param value the formatted value
   */
  public record Figure(String label, String value) {}

  /**
   * A row of the ABC tier table.
   *
   * @param tier the tier
   * @param customers customers in it
   * @param customerShare their share of the book
   * @param value the tier value, book currency
   * @param valueShare its share of the book's value
   */
  public record TierRow(String tier, String customers, String customerShare, String value, String valueShare) {}

  /**
   * A row of the at-risk or win-back table; each sortable column has its raw value beside the formatted one.
   *
   * @param anchor the id of the customer's page in the file
   * @param id the customer id
   * @param name the name, or "-"
   * @param tier the ABC tier
   * @param tierRank the tier's rank, KEY 0
   * @param churnScore the churn score on 0-100
   * @param churnScoreValue the score, raw
   * @param pAlive P(alive) as a percentage
   * @param pAliveValue P(alive), raw
   * @param revenue12m trailing twelve-month revenue
   * @param revenue12mValue the same, raw
   * @param clv the CLV
   * @param clvValue the CLV, raw
   * @param lastOrder the last order day
   * @param decision the win-back decision, or "-"
   * @param expectedGain the win-back expected gain, or "-"
   * @param expectedGainValue the expected gain, raw (0 without advice)
   * @param reasons the fired churn signals (at-risk table) or the win-back reasons (win-back table)
   */
  public record Listed(String anchor, String id, String name, String tier, int tierRank, String churnScore,
      double churnScoreValue, String pAlive, double pAliveValue, String revenue12m, double revenue12mValue, String clv,
      double clvValue, String lastOrder, String decision, String expectedGain, double expectedGainValue,
      String reasons) {}

  /**
   * One customer's page.
   *
   * @param anchor its id in the file
   * @param id the customer id
   * @param title the heading
   * @param figures orders, revenue, purchase-model figures
   * @param lifecycle the lifecycle stage's evidence
   * @param signals the churn signals
   * @param service the 7R record, perfect orders, OTIF, complaints, receivables
   * @param winBack the win-back advice figures
   * @param reasons the win-back reasons
   * @param dependencies at-risk customers this one depends on
   * @param orderSeries its orders per month; null when the result carries no series
   */
  public record CustomerPage(String anchor, String id, String title, List<Figure> figures, List<Figure> lifecycle,
      List<Signal> signals, List<Figure> service, List<Figure> winBack, List<String> reasons,
      List<String> dependencies, OrderBars orderSeries) {

    /**
     * Tells whether the customer has a service record.
     *
     * @return true when shown
     */
    public boolean hasService() {
      return !service.isEmpty();
    }

    /**
     * Tells whether the customer has win-back advice.
     *
     * @return true when shown
     */
    public boolean hasWinBack() {
      return !winBack.isEmpty();
    }

    /**
     * Tells whether the customer depends on customers at risk.
     *
     * @return true when shown
     */
    public boolean hasDependencies() {
      return !dependencies.isEmpty();
    }
  }

  /**
   * A churn signal on a customer's page.
   *
   * @param kind the signal
   * @param measured the measured figure
   * @param fullAt where the signal is at full strength
   * @param points the points it adds to the score
   * @param fired yes or no
   */
  public record Signal(String kind, String measured, String fullAt, String points, String fired) {}

  /**
   * A customer's orders per month as inline SVG bars, laid out by {@link OrderSeriesSvg}.
   *
   * @param label what the chart shows, with every month's count (its title and accessible name)
   * @param width the drawing's width in pixels
   * @param height its height in pixels
   * @param bars the SVG path of all bars
   * @param left the x of the axis
   * @param base the y of the zero line
   * @param top the y of the tallest bar
   * @param right the x where the zero line ends
   * @param firstMonth the first month, {@code yyyy-MM}
   * @param lastMonth the last month
   * @param most the tallest bar's count, formatted
   * @param labelY the y of the month labels
   */
  public record OrderBars(String label, int width, int height, String bars, int left, int base, int top, int right,
      String firstMonth, String lastMonth, String most, int labelY) {}
}
