package io.github.logicrm.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a JSON Lines file: one flat JSON object per line whose field names are the CSV column names. A
 * string, number or boolean value is taken as its text ({@code 12.50}, {@code true}); {@code null} is absent.
 * Blank lines are skipped; a line that is not one flat object, or repeats a field, is malformed.
 */
public final class JsonLinesRows implements RowSource {

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final String NOT_ONE_OBJECT = "row must be one JSON object naming each field once";

  private final String name;
  private final BufferedReader lines;
  private final List<String> names = new ArrayList<>();
  private final List<String> values = new ArrayList<>();
  private List<String> columns = List.of();
  private long line;
  private String malformed;

  private JsonLinesRows(String name, BufferedReader lines) {
    this.name = name;
    this.lines = lines;
  }

  /**
   * Opens a file.
   *
   * @param name the source's name
   * @param file the file, UTF-8
   * @return the rows
   * @throws IOException when the file cannot be opened
   */
  public static JsonLinesRows open(String name, Path file) throws IOException {
    return new JsonLinesRows(name, Files.newBufferedReader(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads text.
   *
   * @param name the source's name
   * @param text the text
   * @return the rows
   */
  public static JsonLinesRows open(String name, Reader text) {
    return new JsonLinesRows(name, text instanceof BufferedReader b ? b : new BufferedReader(text));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean hasHeader() {
    return false;
  }

  @Override
  public boolean next() {
    String text;
    try {
      do {
        text = lines.readLine();
        line++;
      } while (text != null && text.isBlank());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text == null) {
      return false;
    }
    if (line == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    parse(text);
    return true;
  }

  private void parse(String text) {
    names.clear();
    values.clear();
    malformed = null;
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        malformed = NOT_ONE_OBJECT;
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        switch (token) {
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
              values.add(parser.getText());
          case VALUE_NULL -> values.add(null);
          default -> {
            malformed = field + " must be a string, number, boolean or null";
            return;
          }
        }
        names.add(field);
      }
      if (parser.nextToken() != null) {
        malformed = NOT_ONE_OBJECT;
        return;
      }
    } catch (JsonProcessingException e) {
      malformed = NOT_ONE_OBJECT;
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!names.equals(columns)) {
      columns = List.copyOf(names);
    }
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public String value(int index) {
    return values.get(index);
  }

  @Override
  public String malformed() {
    return malformed;
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
