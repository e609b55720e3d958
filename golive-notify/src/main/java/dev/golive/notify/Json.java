package dev.golive.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON in and out, with one shared mapper. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** {@code value} (maps, lists, strings, numbers, booleans) as UTF-8 JSON. */
  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of plain values always serialise", e);
    }
  }

  static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of plain values always serialise", e);
    }
  }

  /** {@code text} as a tree, or {@code null} when it is not JSON. */
  static JsonNode tree(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A JSON object as a map of plain values. */
  @SuppressWarnings("unchecked")
  static java.util.Map<String, Object> map(String text) throws JsonProcessingException {
    return MAPPER.readValue(text, java.util.LinkedHashMap.class);
  }
}
