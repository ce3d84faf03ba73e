package org.gongkai.write.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gongkai.write.WriteMessages;

/**
 * Reads budget data from YAML, JSON or the writer's XLSX template. Malformed data (an unknown
 * field, a word where a number belongs) becomes an {@link InvalidBudgetDataException} naming the
 * field; the content is validated separately by {@link BudgetValidator}.
 */
public final class BudgetDataReader {

  private BudgetDataReader() {}

  /** Reads a file by its extension: .yaml/.yml, .json or .xlsx (the writer's template). */
  public static BudgetData read(Path file) throws IOException, InvalidBudgetDataException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      try (InputStream in = Files.newInputStream(file)) {
        return BudgetTemplate.read(in, file.toString());
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name.endsWith(".json"), file.toString());
    }
  }

  /** Reads YAML (or JSON, which is YAML too) from a stream. */
  public static BudgetData read(InputStream in, boolean json, String source)
      throws IOException, InvalidBudgetDataException {
    ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
    mapper.registerModule(new JavaTimeModule());
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    mapper.configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    mapper.configure(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION, false);
    try {
      BudgetData data = mapper.readValue(in, BudgetData.class);
      if (data == null) {
        throw new InvalidBudgetDataException(
            source, List.of(problem("", WriteMessages.format("input.empty"))));
      }
      return data;
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidBudgetDataException(
          source,
          List.of(
              problem(path(e), WriteMessages.format("input.unknownField", e.getPropertyName()))));
    } catch (JsonMappingException e) {
      throw new InvalidBudgetDataException(
          source, List.of(problem(path(e), WriteMessages.format("input.badValue", line(e)))));
    } catch (JsonProcessingException e) {
      throw new InvalidBudgetDataException(
          source, List.of(problem("", WriteMessages.format("input.syntax", line(e)))));
    }
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
  }

  private static InputProblem problem(String path, String message) {
    return new InputProblem(path, InputProblem.Severity.ERROR, message);
  }

  /** The field path of a mapping error: items[3].amount. */
  static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
