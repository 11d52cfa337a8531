package io.github.logicrm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written parsers agree with java.time and Double.parseDouble, and reject what they should. */
class TextValuesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void instantsWithAnOffsetAgreeWithJavaTime() {
    SplittableRandom random = new SplittableRandom(20261128);
    DateTimeFormatter[] layouts = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX"),
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SXXX")};
    for (int i = 0; i < 20_000; i++) {
      long second = random.nextLong(-2_208_988_800L, 4_102_444_800L); // 1900 to 2100
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900);
      OffsetDateTime time = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000)).atOffset(offset);
      String text = time.format(layouts[i % layouts.length]);
      Instant expected = OffsetDateTime.parse(text).toInstant();
      assertThat(TextValues.parseInstant(text, null)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void localDateTimesTakeTheZoneIncludingGapsAndOverlaps() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 5_000; i++) {
      LocalDateTime local = LocalDateTime.ofEpochSecond(random.nextLong(0, 2_000_000_000L), 0, ZoneOffset.UTC);
      String text = local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      assertThat(TextValues.parseInstant(text, BERLIN)).as(text).isEqualTo(local.atZone(BERLIN).toInstant());
    }
    // 2026-03-29 02:30 does not exist in Berlin, 2026-10-25 02:30 happens twice: as ZonedDateTime.of decides
    for (String text : new String[] {"2026-03-29T02:30:00", "2026-10-25T02:30:00"}) {
      assertThat(TextValues.parseInstant(text, BERLIN))
          .isEqualTo(LocalDateTime.parse(text).atZone(BERLIN).toInstant());
    }
    assertThat(TextValues.parseInstant("2026-03-02T08:30:00", ZoneOffset.ofHours(8)))
        .isEqualTo(Instant.parse("2026-03-02T00:30:00Z"));
  }

  @Test
  void otherIsoFormsGoToJavaTime() {
    assertThat(TextValues.parseInstant("2026-03-02T08:30Z", null)).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
    assertThat(TextValues.parseInstant("2026-03-02T08:30:00+01:00[Europe/Berlin]", null))
        .isEqualTo(Instant.parse("2026-03-02T07:30:00Z"));
    assertThat(TextValues.parseInstant("2026-03-02T08:30", BERLIN)).isEqualTo(Instant.parse("2026-03-02T07:30:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-29T00:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T08:60:00Z",
      "2026-13-02T08:00:00Z", "2026-03-02T08:00:00+19:00", "2026-03-02 08:00:00Z", "2026-03-02T08:00:00+0100",
      "2026-03-02T08:00:00,5Z", "2026-03-02", "yesterday", ""})
  void invalidInstantsAreRejected(String text) {
    assertThatThrownBy(() -> TextValues.parseInstant(text, BERLIN)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void localTimeWithoutAZoneIsItsOwnFailure() {
    assertThatThrownBy(() -> TextValues.parseInstant("2026-03-02T08:00:00", null))
        .isInstanceOf(TextValues.LocalTimeWithoutZoneException.class);
    assertThatThrownBy(() -> TextValues.parseInstant("2026-03-02T08:00", null))
        .isInstanceOf(TextValues.LocalTimeWithoutZoneException.class);
    assertThat(TextValues.parseInstant("2024-02-29T00:00:00Z", null)).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
  }

  @Test
  void datesAreStrictIso() {
    assertThat(TextValues.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(TextValues.parseDate("2023-02-29")).isNull();
    assertThat(TextValues.parseDate("2023-2-28")).isNull();
    assertThat(TextValues.parseDate("28.02.2023")).isNull();
    assertThat(TextValues.parseDate("2023-02-28T00:00")).isNull();
  }

  @Test
  void numbersAgreeWithParseDouble() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 50_000; i++) {
      double value = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-3, 12));
      String text = new BigDecimal(value).setScale(random.nextInt(0, 8), java.math.RoundingMode.HALF_EVEN)
          .toPlainString();
      assertThat(TextValues.parseNumber(text)).as(text).isEqualTo(Double.parseDouble(text));
    }
    for (String text : new String[] {"0", "-0", "+5", "1.", ".5", "007", "1e3", "-2.5E-3", "123456789012345678901",
        "0.1234567890123456789"}) {
      assertThat(TextValues.parseNumber(text)).as(text).isEqualTo(Double.parseDouble(text));
    }
    assertThat(TextValues.parseNumber("1e400")).isInfinite();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".", "1,5", "1d", "1f", "0x10", "0x1p3", "NaN", "Infinity", "-Infinity",
      " 1", "1 ", "1..2", "1e", "e5"})
  void nonNumbersAreNaN(String text) {
    assertThat(TextValues.parseNumber(text)).isNaN();
  }

  @Test
  void wholeNumbers() {
    assertThat(TextValues.parseWhole("42", -1)).isEqualTo(42);
    assertThat(TextValues.parseWhole("-7", -1)).isEqualTo(-7);
    assertThat(TextValues.parseWhole("+7", -1)).isEqualTo(7);
    for (String text : new String[] {"", "-", "1.0", "1e2", "1234567890123456789", " 1"}) {
      assertThat(TextValues.parseWhole(text, -1)).as(text).isEqualTo(-1);
    }
  }
}
