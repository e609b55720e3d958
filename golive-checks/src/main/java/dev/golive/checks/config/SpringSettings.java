package dev.golive.checks.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot project's {@code application.properties} and {@code application.yml} (under {@code
 * src/main/resources}, {@code config/} or the top): {@code spring.profiles.active} and {@code
 * debug}. Spring lets the environment override both ({@code SPRING_PROFILES_ACTIVE}, {@code
 * DEBUG}), so each is found as a read of that variable with the file's value as the fallback; a
 * {@code ${NAME:default}} value reads {@code NAME}. YAML documents for one profile only ({@code
 * spring.config.activate.on-profile}) are left out.
 */
final class SpringSettings {
  static final List<String> KEYS = List.of("spring.profiles.active", "debug");
  private static final Pattern FILE =
      Pattern.compile("(?:.*/)?(?:src/main/resources/|config/)?application\\.(?:properties|ya?ml)");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(?::([^}]*))?}");

  private SpringSettings() {}

  /** A value and the line it is on. */
  record Line(String value, int line) {}

  static List<Found> read(Path repo, List<String> notes) throws IOException {
    List<Found> out = new ArrayList<>();
    for (Path file : RepoFiles.find(repo, 6, p -> FILE.matcher(p).matches())) {
      String rel = RepoFiles.relative(repo, file);
      if (!rel.equals(file.getFileName().toString())
          && !rel.contains("src/main/resources/")
          && !rel.startsWith("config/")) {
        continue;
      }
      String text = RepoFiles.text(file);
      if (text == null) {
        notes.add("could not read " + rel);
        continue;
      }
      Map<String, Line> values;
      try {
        values = rel.endsWith(".properties") ? properties(text) : yaml(text);
      } catch (IOException bad) {
        notes.add(rel + " is not valid YAML");
        continue;
      }
      boolean any = false;
      for (String key : KEYS) {
        Line v = values.get(key);
        if (v == null) {
          continue;
        }
        any = true;
        String where = rel + ":" + v.line();
        Matcher m = PLACEHOLDER.matcher(v.value().strip());
        if (m.matches()) {
          Object fallback = m.group(2) == null ? PythonSettings.NO_DEFAULT : m.group(2);
          out.add(Found.reads(key, relaxed(m.group(1)), fallback, where));
        } else {
          out.add(Found.reads(key, relaxed(key), v.value().strip(), where));
        }
      }
      if (any) {
        notes.add("Spring settings: " + rel);
      }
    }
    return out;
  }

  /** The environment variable Spring binds to a property: {@code SPRING_PROFILES_ACTIVE}. */
  static String relaxed(String key) {
    return key.contains(".") || key.contains("-") || !key.equals(key.toUpperCase(Locale.ROOT))
        ? key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT)
        : key;
  }

  /** A properties file as {@link java.util.Properties} reads it, with line numbers. */
  static Map<String, Line> properties(String text) {
    Map<String, Line> out = new LinkedHashMap<>();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int start = i;
      StringBuilder logical = new StringBuilder(lines[i].stripLeading());
      while (endsWithContinuation(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        logical.append(lines[++i].stripLeading());
      }
      String l = logical.toString();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
        continue;
      }
      int sep = -1;
      for (int j = 0; j < l.length(); j++) {
        char c = l.charAt(j);
        if (c == '\\') {
          j++;
        } else if (c == '=' || c == ':' || c == ' ' || c == '\t') {
          sep = j;
          break;
        }
      }
      String key = sep < 0 ? l : l.substring(0, sep);
      String value = "";
      if (sep >= 0) {
        String rest = l.substring(sep).stripLeading();
        if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) {
          rest = rest.substring(1).stripLeading();
        }
        value = rest;
      }
      out.put(key.replace("\\", ""), new Line(value, start + 1));
    }
    return out;
  }

  private static boolean endsWithContinuation(CharSequence s) {
    int backslashes = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** The scalars of every YAML document not meant for one profile, as dotted keys. */
  static Map<String, Line> yaml(String text) throws IOException {
    Map<String, Line> out = new LinkedHashMap<>();
    List<Boolean> objects = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Integer> keyLines = new ArrayList<>();
    Map<String, Line> doc = new LinkedHashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
          if (objects.isEmpty()) {
            doc = new LinkedHashMap<>();
          }
          objects.add(true);
        } else if (t == JsonToken.END_OBJECT) {
          objects.removeLast();
          if (objects.isEmpty()) {
            if (!doc.containsKey("spring.config.activate.on-profile")
                && !doc.containsKey("spring.profiles")) {
              out.putAll(doc);
            }
          } else if (!names.isEmpty()) {
            names.removeLast();
            keyLines.removeLast();
          }
        } else if (t == JsonToken.FIELD_NAME) {
          names.add(p.currentName());
          keyLines.add(line);
        } else if (t == JsonToken.START_ARRAY) {
          List<String> items = new ArrayList<>();
          while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
            if (t.isScalarValue()) {
              items.add(p.getText());
            } else {
              p.skipChildren();
            }
          }
          if (!objects.isEmpty() && !names.isEmpty()) {
            doc.put(String.join(".", names), new Line(String.join(",", items), keyLines.getLast()));
            names.removeLast();
            keyLines.removeLast();
          }
        } else if (t.isScalarValue()) {
          if (!objects.isEmpty() && !names.isEmpty()) {
            String v = t == JsonToken.VALUE_NULL ? "" : p.getText();
            doc.put(String.join(".", names), new Line(v, keyLines.getLast()));
            names.removeLast();
            keyLines.removeLast();
          }
        }
      }
    }
    return out;
  }
}
