package dev.golive.checks.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.checks.Probe;
import dev.golive.checks.http.HttpResult;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** What the api checks share: the API's base, requests under it, and reading their bodies. */
final class Api {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Api() {}

  /** The target's API base URL as a directory, so that relative paths land under it. */
  static URI base(Probe probe) {
    URI api = probe.target().api() != null ? probe.target().api() : probe.target().web();
    String path = api.getRawPath() == null ? "" : api.getRawPath();
    if (path.endsWith("/")) {
      return api;
    }
    try {
      return new URI(api.getScheme(), api.getRawAuthority(), path + "/", null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(api + ": " + e.getMessage(), e);
    }
  }

  /** Rejects a {@code path} parameter that is no URL reference. */
  static void checkPath(String path) {
    try {
      URI.create(path.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'path' is not a URL path: '" + path + "'", e);
    }
  }

  /** A well-known {@code path} placed under the base, whether or not it starts with a slash. */
  static URI under(URI base, String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** A path the user names, read as a URL reference against the base ("/x" from the root). */
  static URI named(URI base, String path) {
    return base.resolve(path);
  }

  /**
   * GET {@code url}, following only redirects that keep the path (to HTTPS, to another host name,
   * to the path with a final slash): the answer is then the path's own, not another page's.
   */
  static HttpResult get(Probe probe, URI url) throws IOException, InterruptedException {
    URI at = url;
    HttpResult r = probe.fetch(at);
    for (int hop = 0; hop < 3 && r.isRedirect() && r.location() != null; hop++) {
      URI next = at.resolve(r.location());
      if (!samePath(at, next) || next.equals(at)) {
        break;
      }
      at = next;
      r = probe.fetch(at);
    }
    return r;
  }

  private static boolean samePath(URI from, URI to) {
    String a = Objects.requireNonNullElse(from.getRawPath(), "");
    String b = Objects.requireNonNullElse(to.getRawPath(), "");
    return a.equals(b) || (a + "/").equals(b);
  }

  /**
   * The answer to a random path under the API, fetched once per audit and shared: what the API says
   * about a path that does not exist.
   */
  static HttpResult unknown(Probe probe) throws IOException, InterruptedException {
    URI base = base(probe);
    return probe.shared(
        "api.unknown-path",
        () -> {
          String name = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
          return get(probe, under(base, "golive-not-found-" + name));
        });
  }

  /** The start of the body as text, whitespace runs made single spaces. */
  static String excerpt(HttpResult r, int max) {
    String t = r.text().replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max) + "…";
  }

  /** A short fingerprint of the body, to tell the same page from another. */
  static String digest(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  static boolean isJsonType(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  static boolean isHtml(HttpResult r) {
    String m = r.mediaType();
    if (m.equals("text/html") || m.equals("application/xhtml+xml")) {
      return true;
    }
    String start = r.text().stripLeading().toLowerCase(Locale.ROOT);
    return m.isEmpty() && (start.startsWith("<!doctype html") || start.startsWith("<html"));
  }

  /** Whether the whole body is one JSON value. */
  static boolean parsesAsJson(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The top-level {@code status} of a JSON object body, as text; {@code ok}, {@code healthy} or
   * {@code up} booleans when there is no status. {@code null} when the body has neither.
   */
  static String statusField(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String fallback = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName().toLowerCase(Locale.ROOT);
        JsonToken v = p.nextToken();
        if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
          if (name.equals("status")) {
            return p.getText();
          }
          if (fallback == null
              && (name.equals("ok") || name.equals("healthy") || name.equals("up"))
              && v.isBoolean()) {
            fallback = p.getText();
          }
        } else {
          p.skipChildren();
        }
      }
      return fallback;
    } catch (IOException e) {
      return null;
    }
  }
}
