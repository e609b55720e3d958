package dev.golive.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The published JSON Schemas, as the tests hold the json report to them. */
final class Schemas {
  static final ObjectMapper JSON = new ObjectMapper();

  private Schemas() {}

  /** {@code docs/schema/NAME}, read from the working tree. */
  static JsonNode node(String name) {
    try {
      return JSON.readTree(Path.of("../docs/schema", name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonSchema schema(JsonNode node) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  /** The schema with no room for fields it does not name, so nothing written goes undocumented. */
  static JsonSchema strict(JsonNode node) {
    JsonNode closed = node.deepCopy();
    closeObjects(closed);
    return schema(closed);
  }

  private static void closeObjects(JsonNode node) {
    if (node instanceof ObjectNode o && o.has("properties")) {
      o.put("additionalProperties", false);
    }
    node.forEach(Schemas::closeObjects);
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
