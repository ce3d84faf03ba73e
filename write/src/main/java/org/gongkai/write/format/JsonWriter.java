package org.gongkai.write.format;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import org.gongkai.write.WrittenDisclosure;

/**
 * The model as JSON, in the form documented in docs/model-json.md: record components only, money as
 * plain decimals, dates as ISO strings; the claims carry their type.
 */
public final class JsonWriter implements FormatWriter {

  private static final ObjectMapper MAPPER = mapper();

  private static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper();
    m.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
    m.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
    m.registerModule(new JavaTimeModule());
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    m.enable(SerializationFeature.INDENT_OUTPUT);
    m.addMixIn(org.gongkai.model.claim.Claim.class, ClaimType.class);
    return m;
  }

  /** Names each claim's type in its JSON object. */
  @com.fasterxml.jackson.annotation.JsonTypeInfo(
      use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.SIMPLE_NAME,
      property = "type")
  private interface ClaimType {}

  @Override
  public void write(WrittenDisclosure disclosure, OutputStream out) throws IOException {
    MAPPER.writeValue(out, disclosure.disclosure());
  }
}
