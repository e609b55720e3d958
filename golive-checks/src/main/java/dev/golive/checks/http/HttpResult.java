package dev.golive.checks.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP response as observed.
 *
 * @param url what was requested
 * @param status the status code
 * @param headers names in lower case, in the order received, each with all its values
 * @param body the body, decompressed, at most the fetch's byte limit
 * @param bodyBytes how many body bytes were read from the wire
 * @param truncated whether the body went on past the limit and was cut
 * @param contentEncoding the {@code Content-Encoding} the body came in, or {@code null}
 * @param timeMs from sending the request to the end of the body
 */
public record HttpResult(
    URI url,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    long bodyBytes,
    boolean truncated,
    String contentEncoding,
    long timeMs) {

  /** The first value of {@code name}, or {@code null}. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /** Every value of {@code name}; empty when absent. */
  public List<String> headers(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public boolean isRedirect() {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The redirect target as sent, or {@code null} when absent or not a URI. */
  public URI location() {
    String l = header("location");
    if (l == null) {
      return null;
    }
    try {
      return URI.create(l.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The body as text (UTF-8 unless the content type names another charset). */
  public String text() {
    String type = header("content-type");
    if (type != null) {
      int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
      if (at >= 0) {
        String name = type.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
        try {
          return new String(body, java.nio.charset.Charset.forName(name));
        } catch (IllegalArgumentException e) {
          // an unknown charset reads as UTF-8, which is what browsers mostly fall back to
        }
      }
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The media type without parameters, in lower case, or an empty string. */
  public String mediaType() {
    String type = header("content-type");
    return type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
  }
}
