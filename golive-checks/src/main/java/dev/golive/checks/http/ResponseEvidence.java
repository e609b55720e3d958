package dev.golive.checks.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a response that header checks judge.
 *
 * @param url the URL that answered
 * @param status its status code
 * @param headers the response headers named by the check (lower case), each with all its values; a
 *     header that was not sent is absent
 */
public record ResponseEvidence(String url, int status, Map<String, List<String>> headers) {
  public ResponseEvidence {
    headers = Map.copyOf(headers);
  }

  /** The evidence of {@code r}, keeping only the headers {@code names}. */
  public static ResponseEvidence of(HttpResult r, String... names) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (String n : names) {
      List<String> values = r.headers(n);
      if (!values.isEmpty()) {
        kept.put(n.toLowerCase(Locale.ROOT), values);
      }
    }
    return new ResponseEvidence(r.url().toString(), r.status(), kept);
  }

  /** All values of {@code name}; empty when it was not sent. */
  public List<String> values(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }
}
