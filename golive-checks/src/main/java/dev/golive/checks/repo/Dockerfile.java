package dev.golive.checks.repo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as BuildKit reads it, as far as the checks need: parser directives (the escape
 * character), line continuations (comment lines inside them dropped), heredocs, instructions with
 * the line they start on, stages and the build arguments that name their images.
 */
final class Dockerfile {
  /** An instruction: its keyword in upper case, its arguments joined, its first line (1-based). */
  record Instruction(String keyword, String args, int line) {}

  /**
   * A build stage.
   *
   * @param image the image as written after FROM
   * @param resolved the image with build arguments replaced by their defaults
   * @param name the stage's name (AS ...), or null
   * @param base the index of the earlier stage it builds on, or -1 for an image
   * @param instructions the stage's instructions after FROM
   * @param args the build arguments the stage declares, with their values (null when none)
   */
  record Stage(
      int line,
      String image,
      String resolved,
      String name,
      int base,
      List<Instruction> instructions,
      Map<String, String> args) {}

  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

  private static final Pattern HEREDOC =
      Pattern.compile("<<(-?)[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");

  private final List<Instruction> instructions;
  private final Map<String, String> globalArgs;
  private final List<Stage> stages;

  private Dockerfile(List<Instruction> instructions) {
    this.instructions = List.copyOf(instructions);
    this.globalArgs = new HashMap<>();
    this.stages = new ArrayList<>();
    List<Instruction> current = null;
    Map<String, String> args = new HashMap<>();
    for (Instruction i : instructions) {
      switch (i.keyword()) {
        case "ARG" -> {
          for (String a : i.args().trim().split("\\s+", -1)) {
            if (a.isEmpty()) {
              continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            String value = eq < 0 ? null : unquote(a.substring(eq + 1));
            if (current == null) {
              globalArgs.put(name, value);
            } else {
              args.put(name, value != null ? value : globalArgs.get(name));
            }
          }
          if (current != null) {
            current.add(i);
          }
        }
        case "FROM" -> {
          String[] words = i.args().trim().split("\\s+", -1);
          int w = 0;
          while (w < words.length && words[w].startsWith("--")) {
            w++;
          }
          String image = w < words.length ? words[w] : "";
          String name =
              w + 2 < words.length && words[w + 1].equalsIgnoreCase("as") ? words[w + 2] : null;
          String resolved = substitute(image, globalArgs);
          int base = -1;
          for (int s = 0; s < stages.size(); s++) {
            Stage st = stages.get(s);
            if (st.name() != null && st.name().equalsIgnoreCase(resolved)) {
              base = s;
            }
          }
          current = new ArrayList<>();
          args = new HashMap<>();
          stages.add(new Stage(i.line(), image, resolved, name, base, current, args));
        }
        default -> {
          if (current != null) {
            current.add(i);
          }
        }
      }
    }
  }

  static Dockerfile parse(String text) {
    String[] lines = text.split("\\r?\\n", -1);
    char escape = '\\';
    int first = 0;
    // parser directives: '# key=value' lines before anything else
    while (first < lines.length) {
      Matcher d = Pattern.compile("#\\s*([a-zA-Z]+)\\s*=\\s*(\\S+)\\s*").matcher(lines[first]);
      if (!d.matches()) {
        break;
      }
      if (d.group(1).equalsIgnoreCase("escape") && d.group(2).length() == 1) {
        escape = d.group(2).charAt(0);
      }
      first++;
    }
    List<Instruction> out = new ArrayList<>();
    StringBuilder joined = null;
    int start = 0;
    for (int n = first; n < lines.length; n++) {
      String line = lines[n];
      String trimmed = line.strip();
      if (joined == null) {
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        joined = new StringBuilder();
        start = n + 1;
      } else if (trimmed.startsWith("#") || trimmed.isEmpty()) {
        continue; // comments and empty lines inside a continuation are dropped
      }
      if (trimmed.length() > 0 && trimmed.charAt(trimmed.length() - 1) == escape) {
        joined.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      joined.append(trimmed);
      String full = joined.toString().strip();
      joined = null;
      int space = full.indexOf(' ');
      String keyword = (space < 0 ? full : full.substring(0, space)).toUpperCase(Locale.ROOT);
      String args = space < 0 ? "" : full.substring(space + 1).strip();
      Matcher h = HEREDOC.matcher(args);
      if (h.find() && (keyword.equals("RUN") || keyword.equals("COPY"))) {
        boolean dash = !h.group(1).isEmpty();
        String end = h.group(2);
        while (n + 1 < lines.length) {
          n++;
          String body = dash ? lines[n].replaceFirst("^\\t+", "") : lines[n];
          if (body.equals(end)) {
            break;
          }
        }
      }
      out.add(new Instruction(keyword, args, start));
    }
    return new Dockerfile(out);
  }

  List<Instruction> instructions() {
    return instructions;
  }

  List<Stage> stages() {
    return stages;
  }

  /** Build arguments declared before the first FROM, with their defaults (null when none). */
  Map<String, String> globalArgs() {
    return globalArgs;
  }

  /** {@code text} with {@code $X}, {@code ${X}}, {@code ${X:-d}}, {@code ${X:+a}} replaced. */
  static String substitute(String text, Map<String, String> args) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(4);
      String value = args.get(name);
      String op = m.group(2);
      String replacement;
      if (op == null) {
        replacement = value;
      } else if (op.endsWith("-")) {
        replacement = value == null || (op.startsWith(":") && value.isEmpty()) ? m.group(3) : value;
      } else {
        replacement = value == null || (op.startsWith(":") && value.isEmpty()) ? "" : m.group(3);
      }
      m.appendReplacement(
          out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
