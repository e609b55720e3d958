package dev.golive.server.web;

import java.util.List;
import java.util.Map;

/**
 * A form as it comes back to its page: what was sent, to show again, and what was wrong with it, in
 * the page's language.
 */
public record Form(Map<String, String> values, List<String> problems) {
  /** A form shown for the first time. */
  public static final Form EMPTY = new Form(Map.of(), List.of());

  public Form {
    values = Map.copyOf(values);
    problems = List.copyOf(problems);
  }

  /** A form filled with {@code values}, nothing wrong yet. */
  public static Form of(Map<String, String> values) {
    return new Form(values, List.of());
  }

  /** What was sent as {@code name}, or the empty string. */
  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  /** Whether {@code name} was sent as {@code v}: a chosen option. */
  public boolean is(String name, String v) {
    return v.equals(values.get(name));
  }

  public boolean failed() {
    return !problems.isEmpty();
  }
}
