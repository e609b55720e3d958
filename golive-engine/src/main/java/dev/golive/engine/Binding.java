package dev.golive.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * An item bound to a check with parameter values, as written (not yet validated).
 *
 * @param file the file where the binding was written (the checklist, or golive.yaml)
 * @param line where it was written, 1-based
 * @param itemIndex the item's index in its checklist
 * @param check the check id as written
 * @param params parameter values as written, by kebab-case name
 * @param confidence 1 for bindings people wrote; below 1 for those golive proposes
 */
public record Binding(
    String file,
    int line,
    int itemIndex,
    String check,
    Map<String, String> params,
    Source source,
    double confidence) {

  public Binding {
    params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
  }

  /** Where a binding comes from. */
  public enum Source {
    INLINE("inline"),
    CONFIG("config"),
    AUTO("auto");

    private final String id;

    Source(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** The binding as one writes it in a comment: {@code http.hsts min-max-age=31536000}. */
  public String spec() {
    StringBuilder s = new StringBuilder(check);
    params.forEach((k, v) -> s.append(' ').append(k).append('=').append(quote(v)));
    return s.toString();
  }

  private static String quote(String v) {
    return v.isEmpty() || v.matches(".*[\\s;\"]|.*-->.*") || v.contains(" ")
        ? '"' + v.replace("\"", "'") + '"'
        : v;
  }
}
