package dev.golive.checks.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compose's variable syntax: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code
 * ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+alt}}, {@code
 * ${VAR+alt}}, and {@code $$} for a dollar sign. Values come from the {@code .env} file beside the
 * compose file; a variable set nowhere is empty, as Compose makes it.
 */
final class Interpolation {
  /** One {@code $} reference in a value, as written. */
  record Reference(String name, String operator, String word) {
    /** Whether the reference carries a value written in the file: a default or alternative. */
    boolean hasLiteral() {
      return (operator.equals(":-") || operator.equals("-") || operator.contains("+"))
          && !literalPart(word).isBlank();
    }
  }

  private final Map<String, String> values;

  Interpolation(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  static final Interpolation NONE = new Interpolation(Map.of());

  /** {@code raw} with its variables replaced; {@code null} stays {@code null}. */
  String apply(String raw) {
    if (raw == null || raw.indexOf('$') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder();
    scan(raw, (literal, ref) -> out.append(literal != null ? literal : resolve(ref)));
    return out.toString();
  }

  /** Whether {@code name} is given a value, in the {@code .env} file. */
  boolean isSet(String name) {
    return values.containsKey(name);
  }

  /** The variables {@code raw} refers to, in order. */
  static List<Reference> references(String raw) {
    List<Reference> refs = new ArrayList<>();
    if (raw != null && raw.indexOf('$') >= 0) {
      scan(
          raw,
          (literal, ref) -> {
            if (ref != null) {
              refs.add(ref);
            }
          });
    }
    return refs;
  }

  /** {@code raw} without its references: what is literally written. */
  static String literalPart(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    scan(
        raw,
        (literal, ref) -> {
          if (literal != null) {
            out.append(literal);
          }
        });
    return out.toString();
  }

  private String resolve(Reference r) {
    String v = values.get(r.name());
    boolean set = v != null;
    boolean nonEmpty = set && !v.isEmpty();
    return switch (r.operator()) {
      case ":-" -> nonEmpty ? v : apply(r.word());
      case "-" -> set ? v : apply(r.word());
      case ":+" -> nonEmpty ? apply(r.word()) : "";
      case "+" -> set ? apply(r.word()) : "";
      default -> set ? v : ""; // ?, :? and plain: Compose refuses or empties an unset one
    };
  }

  private interface Sink {
    /** Either a literal piece or a reference, the other {@code null}. */
    void take(String literal, Reference ref);
  }

  private static void scan(String raw, Sink sink) {
    int i = 0;
    StringBuilder literal = new StringBuilder();
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '$' || i + 1 >= raw.length()) {
        literal.append(c);
        i++;
        continue;
      }
      char n = raw.charAt(i + 1);
      if (n == '$') {
        literal.append('$');
        i += 2;
      } else if (n == '{') {
        int end = closing(raw, i + 2);
        if (end < 0) {
          literal.append(raw, i, raw.length());
          break;
        }
        String body = raw.substring(i + 2, end);
        int nameEnd = 0;
        while (nameEnd < body.length() && isNameChar(body.charAt(nameEnd))) {
          nameEnd++;
        }
        String name = body.substring(0, nameEnd);
        String rest = body.substring(nameEnd);
        String op = "";
        for (String candidate : List.of(":-", ":?", ":+", "-", "?", "+")) {
          if (rest.startsWith(candidate)) {
            op = candidate;
            break;
          }
        }
        flush(literal, sink);
        sink.take(null, new Reference(name, op, rest.substring(op.length())));
        i = end + 1;
      } else if (isNameStart(n)) {
        int j = i + 1;
        while (j < raw.length() && isNameChar(raw.charAt(j))) {
          j++;
        }
        flush(literal, sink);
        sink.take(null, new Reference(raw.substring(i + 1, j), "", ""));
        i = j;
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(literal, sink);
  }

  private static void flush(StringBuilder literal, Sink sink) {
    if (!literal.isEmpty()) {
      sink.take(literal.toString(), null);
      literal.setLength(0);
    }
  }

  /** The index of the brace closing the one before {@code from}, counting nested ones. */
  private static int closing(String s, int from) {
    int depth = 1;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /**
   * The variables of a {@code .env} file: {@code KEY=value} lines, {@code export} allowed, values
   * optionally quoted, {@code #} comments on their own line or after an unquoted value.
   */
  static Map<String, String> dotenv(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : text.lines().toList()) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (s.startsWith("export ")) {
        s = s.substring("export ".length()).strip();
      }
      int eq = s.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = s.substring(0, eq).strip();
      String v = s.substring(eq + 1).strip();
      if (v.length() >= 2
          && (v.charAt(0) == '"' || v.charAt(0) == '\'')
          && v.indexOf(v.charAt(0), 1) > 0) {
        v = v.substring(1, v.indexOf(v.charAt(0), 1));
      } else {
        int hash = v.indexOf(" #");
        if (hash >= 0) {
          v = v.substring(0, hash).strip();
        }
      }
      out.put(key, v);
    }
    return out;
  }
}
