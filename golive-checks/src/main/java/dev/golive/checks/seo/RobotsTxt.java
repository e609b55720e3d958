package dev.golive.checks.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A robots.txt file read as RFC 9309 says crawlers read it: groups of User-agent lines followed by
 * their Allow and Disallow rules, Sitemap lines anywhere, comments after {@code #}. What crawlers
 * would ignore is noted as a problem.
 *
 * @param groups the groups in file order (a group per run of User-agent lines)
 * @param sitemaps the Sitemap values, as written
 * @param problems lines crawlers ignore, each as "line N: why" (at most {@value #MAX_PROBLEMS})
 */
public record RobotsTxt(List<Group> groups, List<String> sitemaps, List<String> problems) {
  static final int MAX_GROUPS = 200;
  static final int MAX_RULES = 200;
  static final int MAX_PROBLEMS = 10;
  private static final Set<String> FIELDS =
      Set.of(
          "user-agent",
          "allow",
          "disallow",
          "sitemap",
          "crawl-delay",
          "host",
          "clean-param",
          "request-rate",
          "visit-time",
          "noindex");

  public RobotsTxt {
    groups = List.copyOf(groups);
    sitemaps = List.copyOf(sitemaps);
    problems = List.copyOf(problems);
  }

  /**
   * One group.
   *
   * @param agents the user agents it names, in lower case
   * @param allow its Allow paths
   * @param disallow its Disallow paths; an empty Disallow (which allows everything) is not kept
   */
  public record Group(List<String> agents, List<String> allow, List<String> disallow) {
    public Group {
      agents = List.copyOf(agents);
      allow = List.copyOf(allow);
      disallow = List.copyOf(disallow);
    }

    /** Whether it keeps its agents out of the whole site: Disallow "/" and no Allow at all. */
    boolean blocksEverything() {
      return allow.isEmpty() && (disallow.contains("/") || disallow.contains("/*"));
    }
  }

  static RobotsTxt parse(String text) {
    List<Builder> groups = new ArrayList<>();
    List<String> sitemaps = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Builder current = null;
    int number = 0;
    for (String raw : text.lines().toList()) {
      number++;
      String line = raw;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      int hash = line.indexOf('#');
      line = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        note(problems, number, "'" + shorten(line) + "' is not a 'field: value' line");
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (field) {
        case "user-agent" -> {
          if (current == null || current.hasRules()) {
            current = new Builder();
            if (groups.size() < MAX_GROUPS) {
              groups.add(current);
            }
          }
          current.agents.add(value.toLowerCase(Locale.ROOT));
        }
        case "allow", "disallow" -> {
          if (current == null) {
            note(problems, number, field + " before any User-agent line is ignored");
          } else {
            current.rule(field.equals("allow"), value);
          }
        }
        case "sitemap" -> {
          if (sitemaps.size() < MAX_RULES && !value.isEmpty()) {
            sitemaps.add(value);
          }
        }
        default -> {
          if (!FIELDS.contains(field)) {
            note(problems, number, "unknown field '" + shorten(field) + "' is ignored");
          }
        }
      }
    }
    return new RobotsTxt(groups.stream().map(Builder::build).toList(), sitemaps, problems);
  }

  /** The rules for every other agent: the groups naming {@code *}, merged. */
  Group forAll() {
    List<String> allow = new ArrayList<>();
    List<String> disallow = new ArrayList<>();
    for (Group g : groups) {
      if (g.agents().contains("*")) {
        allow.addAll(g.allow());
        disallow.addAll(g.disallow());
      }
    }
    return new Group(List.of("*"), allow, disallow);
  }

  /** The agents named by groups that do not keep them out of the whole site. */
  List<String> admitted() {
    return groups.stream()
        .filter(g -> !g.agents().contains("*") && !g.blocksEverything())
        .flatMap(g -> g.agents().stream())
        .distinct()
        .toList();
  }

  /** Whether any group names {@code *}. */
  boolean namesEveryone() {
    return groups.stream().anyMatch(g -> g.agents().contains("*"));
  }

  private static void note(List<String> problems, int line, String why) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add("line " + line + ": " + why);
    }
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "…";
  }

  private static final class Builder {
    final List<String> agents = new ArrayList<>();
    final List<String> allow = new ArrayList<>();
    final List<String> disallow = new ArrayList<>();
    private int rules;

    boolean hasRules() {
      return rules > 0;
    }

    void rule(boolean isAllow, String path) {
      rules++;
      List<String> list = isAllow ? allow : disallow;
      if (!path.isEmpty() && list.size() < MAX_RULES) {
        list.add(path);
      }
    }

    Group build() {
      return new Group(agents, allow, disallow);
    }
  }
}
