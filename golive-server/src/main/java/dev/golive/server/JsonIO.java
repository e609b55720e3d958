package dev.golive.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** JSON in and out of requests, with one mapper. */
public final class JsonIO {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /** The largest JSON body read. */
  static final int MAX_BODY = 2 << 20;

  private JsonIO() {}

  /** Writes {@code value} as the JSON response with {@code status}. */
  public static void write(Context ctx, int status, Object value) {
    write(ctx, status, bytes(value));
  }

  /** Writes {@code json}, JSON already written, as the response with {@code status}. */
  public static void write(Context ctx, int status, byte[] json) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(json);
  }

  /** {@code value} as JSON. */
  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The request's JSON object. */
  public static JsonNode body(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (!type.startsWith("application/json")) {
      throw new HttpProblem(
          415, "unsupported-media-type", "Unsupported media type", "send application/json");
    }
    if (ctx.contentLength() > MAX_BODY) {
      throw new HttpProblem(413, "too-large", "Request too large", "the body exceeds 2 MiB");
    }
    try {
      JsonNode n = MAPPER.readTree(ctx.bodyAsBytes());
      if (n == null || !n.isObject()) {
        throw HttpProblem.badRequest("the body is a JSON object");
      }
      return n;
    } catch (java.io.IOException e) {
      throw HttpProblem.badRequest(
          "the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** A text field, or {@code null}; anything but text there is a 422. */
  public static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw HttpProblem.invalid(field + " is a string");
    }
    return v.asText();
  }

  /** A list of texts, or an empty list. */
  public static List<String> texts(JsonNode n, String field) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw HttpProblem.invalid(field + " is an array of strings");
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw HttpProblem.invalid(field + " is an array of strings");
      }
      out.add(e.asText());
    }
    return out;
  }
}
