package dev.golive.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

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

  /**
   * JSON written, and gzipped, once: for an answer that is the same for everyone who asks until the
   * store changes, so that it is neither written nor compressed again for each request.
   */
  public static final class Prepared {
    private final byte[] json;
    private final byte[] gzipped;

    private Prepared(byte[] json, byte[] gzipped) {
      this.json = json;
      this.gzipped = gzipped;
    }

    public static Prepared of(Object value) {
      byte[] json = bytes(value);
      if (json.length < GoliveServer.GZIP_FROM) {
        return new Prepared(json, null);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Prepared(json, out.toByteArray());
    }
  }

  /**
   * Writes {@code answer} with {@code status}: gzipped when the client accepts gzip and it is large
   * enough, as the server's own compression would send it.
   */
  public static void write(Context ctx, int status, Prepared answer) {
    if (answer.gzipped != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
      // an answer that names its encoding is left as it is by the server's compression
      ctx.header("Content-Encoding", "gzip");
      write(ctx, status, answer.gzipped);
    } else {
      write(ctx, status, answer.json);
    }
  }

  /** Whether an {@code Accept-Encoding} header takes gzip: by name, or as {@code *}, not at q=0. */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    boolean any = false;
    for (String part : header.split(",")) {
      String[] p = part.split(";");
      String coding = p[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < p.length; i++) {
        String param = p[i].strip();
        if (param.regionMatches(true, 0, "q=", 0, 2)) {
          try {
            q = Double.parseDouble(param.substring(2).strip());
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        return q > 0;
      }
      if (coding.equals("*")) {
        any = q > 0;
      }
    }
    return any;
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
