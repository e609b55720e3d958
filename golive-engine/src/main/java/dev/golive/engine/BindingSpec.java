package dev.golive.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one binding as people write it: a check id, then {@code name=value} pairs separated by
 * spaces; values with spaces go in double quotes; a bare name means {@code true}.
 */
public final class BindingSpec {
  /** A check id and its parameter values, or what was wrong with the text. */
  public record Parsed(String check, Map<String, String> params, List<String> problems) {}

  private BindingSpec() {}

  public static Parsed parse(String text) {
    List<String> tokens = tokens(text);
    List<String> problems = new ArrayList<>();
    Map<String, String> params = new LinkedHashMap<>();
    if (tokens.isEmpty()) {
      return new Parsed("", params, List.of("empty binding: expected a check id"));
    }
    String check = tokens.getFirst();
    if (!check.matches("[a-z0-9]+\\.[a-z0-9-]+")) {
      problems.add("'" + check + "' is not a check id (expected family.name, as in http.hsts)");
    }
    for (String t : tokens.subList(1, tokens.size())) {
      int eq = t.indexOf('=');
      String name = eq < 0 ? t : t.substring(0, eq);
      String value = eq < 0 ? "true" : unquote(t.substring(eq + 1));
      if (!name.matches("[a-z][a-z0-9-]*")) {
        problems.add("expected name=value after " + check + ", not '" + t + "'");
      } else if (params.put(name, value) != null) {
        problems.add("parameter '" + name + "' is given twice");
      }
    }
    return new Parsed(check, params, problems);
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        cur.append(c);
      } else if (Character.isWhitespace(c) && !quoted) {
        if (!cur.isEmpty()) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
