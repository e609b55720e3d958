package dev.golive.checks.container;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the container checks read in a Dockerfile: its stages, each with the image or stage it
 * starts {@code FROM} and its last {@code HEALTHCHECK}. Continuation lines, the {@code escape}
 * directive, comments and heredocs are read as BuildKit reads them; {@code ARG}s declared before
 * the first {@code FROM} are expanded in {@code FROM} lines, with the compose file's build args
 * over their defaults.
 *
 * @param file the Dockerfile as shown in messages
 * @param stages its stages in order
 */
record Dockerfile(String file, List<Dockerfile.Stage> stages) {
  private static final Pattern HEREDOC =
      Pattern.compile("<<-?[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z]+)\\s*=\\s*(\\S+)\\s*");

  /**
   * One build stage.
   *
   * @param name its {@code AS} name, or {@code null}
   * @param image the image it starts from, its variables expanded
   * @param written the {@code FROM} argument as written
   * @param line the line of its {@code FROM}
   * @param fromStage whether it starts from an earlier stage rather than an image
   * @param health its own last {@code HEALTHCHECK}, or {@code null}
   */
  record Stage(
      String name, String image, String written, int line, boolean fromStage, Health health) {}

  /**
   * A {@code HEALTHCHECK} instruction.
   *
   * @param none whether it is {@code HEALTHCHECK NONE}, which turns the base image's off
   * @param line where it is
   */
  record Health(boolean none, int line) {}

  Dockerfile {
    stages = List.copyOf(stages);
  }

  /** Reads {@code text}; {@code buildArgs} are the compose file's {@code build.args}. */
  static Dockerfile parse(String text, String file, Map<String, String> buildArgs) {
    char escape = '\\';
    List<String> lines = text.lines().toList();
    // parser directives: only at the very top, before any other comment or instruction
    for (String l : lines) {
      Matcher m = DIRECTIVE.matcher(l);
      if (!m.matches()) {
        break;
      }
      if (m.group(1).equalsIgnoreCase("escape") && m.group(2).length() == 1) {
        escape = m.group(2).charAt(0);
      }
    }

    Map<String, String> args = new LinkedHashMap<>();
    List<Stage> stages = new ArrayList<>();
    List<String> stageNames = new ArrayList<>();
    Stage current = null;
    Health health = null;
    int i = 0;
    while (i < lines.size()) {
      int start = i;
      String first = lines.get(i).strip();
      i++;
      if (first.isEmpty() || first.startsWith("#")) {
        continue;
      }
      StringBuilder logical = new StringBuilder();
      String part = first;
      while (true) {
        boolean continues = part.endsWith(String.valueOf(escape));
        logical.append(continues ? part.substring(0, part.length() - 1) : part).append(' ');
        if (!continues || i >= lines.size()) {
          break;
        }
        // comment lines inside a continued instruction are dropped
        do {
          part = lines.get(i).strip();
          i++;
        } while ((part.startsWith("#") || part.isEmpty()) && i < lines.size());
      }
      String instruction = logical.toString().strip();
      Matcher heredoc = HEREDOC.matcher(instruction);
      if (heredoc.find()) {
        String end = heredoc.group(1);
        while (i < lines.size() && !lines.get(i).strip().equals(end)) {
          i++;
        }
        i++;
      }
      int sp = instruction.indexOf(' ');
      String keyword =
          (sp < 0 ? instruction : instruction.substring(0, sp)).toUpperCase(Locale.ROOT);
      String rest = sp < 0 ? "" : instruction.substring(sp + 1).strip();
      int line = start + 1;
      switch (keyword) {
        case "ARG" -> {
          if (current == null) {
            for (String decl : rest.split("\\s+", -1)) {
              int eq = decl.indexOf('=');
              String name = eq < 0 ? decl : decl.substring(0, eq);
              String value = eq < 0 ? null : unquote(decl.substring(eq + 1));
              String given = buildArgs.get(name);
              if (given != null) {
                args.put(name, given);
              } else if (value != null) {
                args.put(name, value);
              }
            }
          }
        }
        case "FROM" -> {
          if (current != null) {
            stages.add(withHealth(current, health));
          }
          health = null;
          List<String> words = new ArrayList<>();
          for (String w : rest.split("\\s+", -1)) {
            if (!w.startsWith("--")) {
              words.add(w);
            }
          }
          String written = words.isEmpty() ? "" : words.getFirst();
          String name =
              words.size() >= 3 && words.get(1).equalsIgnoreCase("as") ? words.get(2) : null;
          String image = new Interpolation(args).apply(written);
          boolean fromStage =
              stageNames.stream().anyMatch(n -> n != null && n.equalsIgnoreCase(image));
          current = new Stage(name, image, written, line, fromStage, null);
          stageNames.add(name);
        }
        case "HEALTHCHECK" -> {
          if (current != null) {
            health = new Health(rest.strip().equalsIgnoreCase("NONE"), line);
          }
        }
        default -> {}
      }
    }
    if (current != null) {
      stages.add(withHealth(current, health));
    }
    return new Dockerfile(file, stages);
  }

  /** The stage {@code target} names, or the last one when it is {@code null}. */
  Stage target(String target) {
    if (target != null) {
      for (Stage s : stages) {
        if (target.equalsIgnoreCase(s.name())) {
          return s;
        }
      }
    }
    return stages.isEmpty() ? null : stages.getLast();
  }

  /** The {@code HEALTHCHECK} a stage ends with, its own or one inherited from an earlier stage. */
  Health healthOf(Stage stage) {
    Stage s = stage;
    for (int hops = 0; s != null && hops <= stages.size(); hops++) {
      if (s.health() != null) {
        return s.health();
      }
      if (!s.fromStage()) {
        return null;
      }
      String base = s.image();
      s = stages.stream().filter(x -> base.equalsIgnoreCase(x.name())).findFirst().orElse(null);
    }
    return null;
  }

  /** The stage that a stage's chain of {@code FROM}s starts at, from an image. */
  Stage root(Stage stage) {
    Stage s = stage;
    for (int hops = 0; s != null && s.fromStage() && hops <= stages.size(); hops++) {
      String base = s.image();
      s = stages.stream().filter(x -> base.equalsIgnoreCase(x.name())).findFirst().orElse(null);
    }
    return s;
  }

  private static Stage withHealth(Stage s, Health h) {
    return new Stage(s.name(), s.image(), s.written(), s.line(), s.fromStage(), h);
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.charAt(0) == '"' || v.charAt(0) == '\'')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
