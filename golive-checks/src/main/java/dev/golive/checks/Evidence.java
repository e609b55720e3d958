package dev.golive.checks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** Evidence records to JSON objects and back, so stored evidence can be judged again. */
public final class Evidence {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Evidence() {}

  /** The record as a JSON object of maps, lists and plain values. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(Record evidence) {
    if (evidence == null) {
      return Map.of();
    }
    return JSON.convertValue(evidence, LinkedHashMap.class);
  }

  /** The record back from its JSON object. */
  public static <E extends Record> E fromMap(Map<String, Object> map, Class<E> type) {
    return JSON.convertValue(map, type);
  }
}
