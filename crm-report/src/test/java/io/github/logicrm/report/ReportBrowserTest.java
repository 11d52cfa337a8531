package io.github.logicrm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the report of a sample book in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}
 * packages) through Selenium: every chart drawn, no console error or warning, no network request, the tables sort,
 * a customer page opens from the at-risk table. Screenshots of each section go to {@code target/report-screenshots}. Skips,
 * saying why, when Chromium or its driver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
  static final List<String> SECTIONS =
      List.of("glance", "abc", "lifecycle", "purchase", "clv", "satisfaction", "service", "at-risk", "win-back",
          "not-shown");

  private static ChromeDriver driver;
  private static Path page;
  private static Report report;
  private static final List<LogEntry> CONSOLE = new ArrayList<>();
  private static final List<String> REQUESTS = new ArrayList<>();

  @BeforeAll
  static void openTheReport() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        CHROMIUM + " is not installed (Debian package chromium): the browser test is skipped");
    Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
        CHROMEDRIVER + " is not installed (Debian package chromium-driver): the browser test is skipped");
    report = Report.of(SampleResults.smallWithHoldout());
    Files.createDirectories(SCREENSHOTS);
    page = SCREENSHOTS.resolveSibling("report-browser.html").toAbsolutePath();
    try (OutputStream out = Files.newOutputStream(page)) {
      ReportWriter.html().write(report, out);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
        "--disable-extensions", "--disable-sync", "--no-first-run", "--no-default-browser-check",
        "--window-size=1400,1800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .build();
    driver = new ChromeDriver(service, options);
    driver.get(page.toUri().toString());
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!"true".equals(script("return document.body.dataset.chartsRendered || ''"))) {
      if (System.nanoTime() > deadline) {
        collectLogs();
        fail("the charts were not drawn within 60 s; console: " + CONSOLE);
      }
      sleep(100);
    }
    collectLogs();
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  @Order(1)
  void everyChartIsDrawnAsAnSvgOfNonZeroSizeWithMarks() {
    List<WebElement> charts = driver.findElements(By.cssSelector("[data-chart]"));
    assertThat(charts).extracting(c -> c.getAttribute("data-chart"))
        .containsExactlyInAnyOrderElementsOf(report.charts().keySet());
    assertThat(report.charts()).containsKeys("calibrationHoldout", "tracking", "trackingCumulative");
    for (WebElement chart : charts) {
      String name = chart.getAttribute("data-chart");
      assertThat(chart.getAttribute("data-rendered")).as(name).isEqualTo("true");
      WebElement svg = chart.findElement(By.tagName("svg"));
      Dimension size = svg.getSize();
      assertThat(size.getWidth()).as(name + " width").isGreaterThan(100);
      assertThat(size.getHeight()).as(name + " height").isGreaterThan(100);
      assertThat(svg.findElements(By.cssSelector("g.mark-rect path, g.mark-line path, g.mark-rule line, "
          + "g.mark-tick path, g.mark-symbol path, g.mark-text text"))).as(name + " marks").isNotEmpty();
    }
  }

  @Test
  @Order(2)
  void everySectionIsShownAndPhotographed() throws IOException {
    for (String section : SECTIONS) {
      WebElement element = driver.findElement(By.id(section));
      assertThat(element.isDisplayed()).as(section).isTrue();
      screenshot(element, section);
    }
  }

  @Test
  @Order(3)
  void theAtRiskTableSortsByAColumnBothWays() {
    WebElement table = driver.findElement(By.id("at-risk-table"));
    assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(report.atRisk().size()).hasSizeGreaterThan(2);
    WebElement pAlive = table.findElement(By.xpath(".//th[normalize-space()='P(alive)']"));
    click(pAlive);
    List<Double> ascending = column(table, 4);
    assertThat(ascending).isSorted();
    click(pAlive);
    List<Double> descending = column(table, 4);
    assertThat(descending).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(descending).containsExactlyInAnyOrderElementsOf(ascending);
    assertThat(pAlive.getAttribute("aria-sort")).isEqualTo("descending");
  }

  @Test
  @Order(4)
  void theWinBackTableSortsByNameAndByExpectedGain() {
    WebElement table = driver.findElement(By.id("win-back-table"));
    click(table.findElement(By.xpath(".//th[normalize-space()='Customer']")));
    List<String> ids = table.findElements(By.cssSelector("tbody tr td:first-child")).stream().map(WebElement::getText)
        .toList();
    assertThat(ids).hasSize(report.winBack().size()).isSortedAccordingTo(String::compareTo);
    click(table.findElement(By.xpath(".//th[normalize-space()='Expected gain']")));
    assertThat(column(table, 4)).isSorted();
  }

  @Test
  @Order(5)
  void aCustomerPageOpensFromTheAtRiskTable() throws IOException {
    WebElement link = driver.findElement(By.cssSelector("#at-risk-table tbody tr td a"));
    String id = link.getText();
    String anchor = link.getAttribute("href").replaceFirst(".*#", "");
    click(link);
    WebElement customer = driver.findElement(By.id(anchor));
    assertThat(customer.isDisplayed()).isTrue();
    assertThat(customer.findElement(By.tagName("h2")).getText()).startsWith(id);
    assertThat(customer.getText()).contains("Churn signals").contains("Lifecycle stage and its evidence")
        .contains("P(alive)");
    assertThat(driver.findElement(By.id("glance")).isDisplayed()).as("the book sections are hidden").isFalse();
    WebElement series = customer.findElement(By.cssSelector("svg.order-series"));
    assertThat(series.getSize().getWidth()).as("order series width").isGreaterThan(100);
    assertThat(series.getSize().getHeight()).as("order series height").isGreaterThan(100);
    WebElement bars = series.findElements(By.tagName("path")).get(1);
    assertThat(bars.getAttribute("d")).as("order series bars").startsWith("M");
    assertThat(bars.getSize().getWidth()).as("order series bars width").isGreaterThan(0);
    screenshot(customer, "customer");
    click(customer.findElement(By.linkText("Back to the at-risk list")));
    assertThat(driver.findElement(By.id("at-risk")).isDisplayed()).isTrue();
    assertThat(customer.isDisplayed()).isFalse();
  }

  @Test
  @Order(6)
  void noConsoleErrorOrWarningAndNoNetworkRequest() {
    collectLogs();
    assertThat(CONSOLE).as("console errors and warnings")
        .filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).isEmpty();
    assertThat(REQUESTS).as("requests other than the report file").allMatch(url -> url.equals(page.toUri().toString())
        || url.startsWith("data:"));
    assertThat(REQUESTS).contains(page.toUri().toString());
    Object resources = script("return performance.getEntriesByType('resource').length");
    assertThat(((Number) resources).intValue()).isZero();
  }

  /** Clicks an element as a reader would: scrolled to the middle of the window, clear of the sticky navigation. */
  private static void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private static List<Double> column(WebElement table, int index) {
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .map(row -> Double.parseDouble(row.findElements(By.tagName("td")).get(index).getAttribute("data-value")))
        .toList();
  }

  private static void screenshot(WebElement element, String name) throws IOException {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", element);
    Path shot = element.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  private static void collectLogs() {
    CONSOLE.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    ObjectMapper mapper = new ObjectMapper();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = mapper.readTree(entry.getMessage()).path("message");
        if (message.path("method").asText().equals("Network.requestWillBeSent")) {
          REQUESTS.add(message.path("params").path("request").path("url").asText());
        }
      } catch (IOException e) {
        throw new AssertionError("unreadable performance log entry: " + entry.getMessage(), e);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

}
