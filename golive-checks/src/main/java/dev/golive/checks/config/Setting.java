package dev.golive.checks.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One value the configuration gives, and where it comes from. Holds the value itself, so it is
 * never part of evidence: checks turn it into facts (a length, a yes or no, a redacted URL).
 *
 * @param name the variable or setting, as written ({@code SECRET_KEY}, {@code
 *     spring.profiles.active}, {@code DATABASES.default.PASSWORD})
 * @param value the value as a string ({@code True} for Python's True); empty when it is a list
 * @param items the elements when the source wrote a list; {@code null} when it wrote a string
 * @param where {@code .env:3}, {@code the process environment}, {@code shop/settings.py:12}, and
 *     which framework setting reads it
 * @param unresolved variables the value refers to that are not set, read as empty strings
 * @param alsoNamed framework settings that read this variable ({@code SECRET_KEY} for {@code
 *     DJANGO_SECRET_KEY})
 */
record Setting(
    String name,
    String value,
    List<String> items,
    String where,
    List<String> unresolved,
    List<String> alsoNamed) {

  Setting {
    items = items == null ? null : List.copyOf(items);
    unresolved = List.copyOf(unresolved);
    alsoNamed = List.copyOf(alsoNamed);
  }

  static Setting of(String name, String value, String where) {
    return new Setting(name, value, null, where, List.of(), List.of());
  }

  /** The name and every framework setting that reads it, upper case. */
  List<String> names() {
    List<String> all = new ArrayList<>();
    all.add(name.toUpperCase(Locale.ROOT));
    alsoNamed.forEach(n -> all.add(n.toUpperCase(Locale.ROOT)));
    return all;
  }

  /** Whether this setting is, or feeds, one called {@code upperCaseName}. */
  boolean is(String upperCaseName) {
    return names().contains(upperCaseName);
  }

  /** This setting also read as {@code setting} by a framework file at {@code by}. */
  Setting readAs(String setting, String by) {
    if (is(setting.toUpperCase(Locale.ROOT)) && alsoNamed.isEmpty()) {
      return new Setting(name, value, items, where + ", read by " + by, unresolved, alsoNamed);
    }
    List<String> also = new ArrayList<>(alsoNamed);
    also.add(setting);
    return new Setting(
        name, value, items, where + ", read as " + setting + " by " + by, unresolved, also);
  }

  /** The elements: the list as written, else the value split at commas (or whitespace). */
  List<String> elements() {
    if (items != null) {
      return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    return Values.split(value);
  }

  /** Never the value: settings may hold secrets. */
  @Override
  public String toString() {
    return name + " (" + where + ")";
  }
}
