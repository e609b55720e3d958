package dev.golive.checks.cmd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A command as a checklist writes it, split into a program and its arguments the way a shell splits
 * a simple command, so that it can run without a shell: words apart at blanks, {@code '...'} taken
 * as is, {@code "..."} with its backslash escapes, a backslash escaping the next character, and
 * leading {@code NAME=value} words set in the program's environment. Anything only a shell can do —
 * pipes, lists, redirections, substitutions, variables, globs, several lines — is refused with a
 * message that says to ask for a shell. Messages quote the command with its secrets masked.
 *
 * @param env variables the command sets for itself ({@code ANALYZE=true npm run build})
 * @param argv the program and its arguments
 */
record CommandLine(Map<String, String> env, List<String> argv) {
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

  CommandLine {
    env = Map.copyOf(env);
    argv = List.copyOf(argv);
  }

  /**
   * Splits {@code text}.
   *
   * @throws IllegalArgumentException saying what needs a shell, or what is unbalanced
   */
  static CommandLine parse(String text) {
    List<String> lines = text.strip().lines().filter(l -> !l.isBlank()).toList();
    if (lines.size() > 1) {
      throw new IllegalArgumentException(
          "the command is "
              + lines.size()
              + " lines (`"
              + Redaction.of(lines.getFirst().strip())
              + "` ...); add shell=true to run them in turn with /bin/sh, or choose one with"
              + " command=\"...\"");
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else if (c == '\\'
            && i + 1 < text.length()
            && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
          word.append(text.charAt(++i));
        } else if (c == '$' || c == '`') {
          throw needsShell(text, c);
        } else {
          word.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '\\') {
        if (i + 1 < text.length()) {
          word.append(text.charAt(++i));
        }
        inWord = true;
      } else if (c == '#' && !inWord) {
        break; // a comment to the end of the line
      } else if ("|&;<>()$`*".indexOf(c) >= 0 || (c == '~' && !inWord)) {
        throw needsShell(text, c);
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException(
          "`" + Redaction.of(text.strip()) + "` has a " + quote + " that is never closed");
    }
    if (inWord) {
      words.add(word.toString());
    }
    Map<String, String> env = new LinkedHashMap<>();
    int first = 0;
    while (first < words.size() && ASSIGNMENT.matcher(words.get(first)).matches()) {
      String w = words.get(first++);
      int eq = w.indexOf('=');
      env.put(w.substring(0, eq), w.substring(eq + 1));
    }
    if (first == words.size()) {
      throw new IllegalArgumentException(
          "`" + Redaction.of(text.strip()) + "` names no program to run");
    }
    return new CommandLine(env, words.subList(first, words.size()));
  }

  private static IllegalArgumentException needsShell(String text, char c) {
    String what =
        switch (c) {
          case '|' -> "a pipe (|)";
          case '&' -> "& or &&";
          case ';' -> "a ;";
          case '<', '>' -> "a redirection (" + c + ")";
          case '(', ')' -> "parentheses";
          case '$' -> "a variable or substitution ($)";
          case '`' -> "a substitution (`)";
          case '*' -> "a glob (*)";
          default -> "a ~ for the home folder";
        };
    return new IllegalArgumentException(
        "`"
            + Redaction.of(text.strip())
            + "` needs a shell for "
            + what
            + "; add shell=true to run it with /bin/sh, or give a command without it");
  }
}
