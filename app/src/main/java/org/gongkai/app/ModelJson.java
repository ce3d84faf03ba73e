package org.gongkai.app;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the model: every record component as a field, nothing derived, money amounts as
 * plain decimal numbers (never exponent notation), dates as ISO strings. The schema is documented
 * in docs/model-json.md.
 */
final class ModelJson {

  private static final ObjectMapper MAPPER = create();

  private ModelJson() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    ObjectMapper m = new ObjectMapper();
    // Records expose derived methods (isBlank, value, money …); only the components are data.
    m.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
    m.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
    m.setSerializationInclusion(JsonInclude.Include.ALWAYS);
    m.registerModule(new JavaTimeModule());
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    m.enable(SerializationFeature.INDENT_OUTPUT);
    return m;
  }
}
