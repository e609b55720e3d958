package dev.golive.checks.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Path patterns as in {@code .gitignore}: {@code *} within a folder name, {@code **} across
 * folders, {@code ?} one character; a pattern without '/' matches a file or folder name at any
 * depth, one with '/' matches from the root; a folder matches everything under it.
 */
final class Globs {
  private final List<String> patterns;
  private final List<Pattern> compiled;

  private Globs(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
    this.compiled = patterns.stream().map(Globs::compile).toList();
  }

  static Globs of(List<String> patterns) {
    return new Globs(patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
  }

  /**
   * {@code patterns} and those of the file {@code ignoreFile} (one a line, {@code #} comments),
   * when it exists.
   */
  static Globs of(List<String> patterns, Path ignoreFile) throws IOException {
    List<String> all = new ArrayList<>(patterns);
    if (Files.isRegularFile(ignoreFile)) {
      for (String line : Files.readAllLines(ignoreFile, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          all.add(l);
        }
      }
    }
    return of(all);
  }

  List<String> patterns() {
    return patterns;
  }

  boolean matches(String path) {
    for (Pattern p : compiled) {
      if (p.matcher(path).matches()) {
        return true;
      }
    }
    return false;
  }

  static Pattern compile(String glob) {
    String g = glob.startsWith("/") ? glob.substring(1) : glob;
    boolean anywhere = !glob.startsWith("/") && !g.contains("/");
    if (g.endsWith("/")) {
      g = g.substring(0, g.length() - 1);
    }
    StringBuilder re = new StringBuilder(anywhere ? "(?:.*/)?" : "");
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*') {
        if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
          i++;
          if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
            i++;
            re.append("(?:.*/)?");
          } else {
            re.append(".*");
          }
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    re.append("(?:/.*)?");
    return Pattern.compile(re.toString());
  }
}
