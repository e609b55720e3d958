package dev.golive.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** The JSON kept in text columns: evidence, section paths, waivers, audit log rows. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot be kept as JSON: " + e.getOriginalMessage(), e);
    }
  }

  static Map<String, Object> object(String json) {
    return read(json, new TypeReference<Map<String, Object>>() {});
  }

  static List<String> strings(String json) {
    return read(json, new TypeReference<List<String>>() {});
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
