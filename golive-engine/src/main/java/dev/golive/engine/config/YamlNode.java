package dev.golive.engine.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so every problem in golive.yaml can name its line.
 *
 * @param value a {@code Map<String, YamlNode>}, a {@code List<YamlNode>}, a String, or {@code
 *     null}; numbers and booleans are kept as their text
 */
public record YamlNode(Object value, int line) {
  private static final YAMLFactory YAML = new YAMLFactory();

  /** Parses one YAML document. */
  public static YamlNode parse(String text) throws IOException {
    try (JsonParser p = YAML.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new YamlNode(new LinkedHashMap<String, YamlNode>(), 1);
      }
      return read(p);
    }
  }

  private static YamlNode read(JsonParser p) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, YamlNode> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, read(p));
        }
        return new YamlNode(map, line);
      }
      case START_ARRAY -> {
        List<YamlNode> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        return new YamlNode(list, line);
      }
      case VALUE_NULL -> {
        return new YamlNode(null, line);
      }
      default -> {
        return new YamlNode(p.getText(), line);
      }
    }
  }

  @SuppressWarnings("unchecked")
  public Map<String, YamlNode> map() {
    return value instanceof Map<?, ?> m ? (Map<String, YamlNode>) m : null;
  }

  @SuppressWarnings("unchecked")
  public List<YamlNode> list() {
    return value instanceof List<?> l ? (List<YamlNode>) l : null;
  }

  public String text() {
    return value instanceof String s ? s : null;
  }

  /** What kind of value this is, for messages. */
  public String kind() {
    if (value == null) {
      return "nothing";
    }
    return value instanceof Map ? "a mapping" : value instanceof List ? "a list" : "a value";
  }
}
