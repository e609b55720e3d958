package dev.golive.checks.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds stack traces and framework debug pages in a response body: the signs that a server shows
 * its internals to whoever asks. Each kind is reported once, with the first line that gave it away.
 */
public final class StackTraces {
  /** One sign found: what it is ("a Java stack trace") and the line that shows it. */
  public record Trace(String kind, String line) {}

  private record Sign(String kind, Pattern pattern) {}

  private static final int FLAGS = Pattern.MULTILINE;

  private static final List<Sign> SIGNS =
      List.of(
          sign(
              "a Java stack trace",
              "^\\s*at [\\w$./<>-]+\\((?:[\\w$-]+\\.(?:java|kt|scala|groovy|clj):\\d+"
                  + "|Native Method|Unknown Source)\\)"),
          sign("a Java stack trace", "^(?:Exception in thread \"[^\"]*\" |Caused by: )[\\w$.]+"),
          sign("a Python traceback", "Traceback \\(most recent call last\\)"),
          sign("a Python traceback", "^\\s*File \"[^\"]+\", line \\d+, in \\S+"),
          sign(
              "a Node.js stack trace",
              "^\\s*at (?:[\\w$.<>\\[\\] ]+ \\()?(?:/|[A-Za-z]:\\\\|file://|node:)[^\\s()]*:\\d+:\\d+\\)?$"),
          sign("a PHP stack trace", "^#\\d+ (?:/|[A-Za-z]:\\\\)\\S+\\.php\\(\\d+\\): "),
          sign(
              "a PHP error",
              "(?:Fatal error|Parse error|Warning|Notice|Deprecated)(?:</b>)?: .{0,300}? in"
                  + " (?:<b>)?\\S+\\.php(?:</b>)? on line"),
          sign("a Ruby backtrace", "^\\s*(?:from )?[\\w./-]+\\.rb:\\d+:in [`'][^'`\\n]*'"),
          sign("a Rails debug page", "No route matches \\[(?:GET|HEAD|POST)\\]"),
          sign("a .NET stack trace", "^\\s*at [\\w.`<>\\[\\],+]+\\([^)\\n]*\\) in .+:line \\d+"),
          sign(
              "a .NET stack trace",
              "^\\s*at (?:System|Microsoft)\\.[\\w.`<>\\[\\],+]+\\([^)\\n]*\\)"),
          sign("a .NET stack trace", "--- End of stack trace from previous location"),
          sign("an ASP.NET error page", "Server Error in '[^']*' Application"),
          sign("a Go panic", "^goroutine \\d+ \\[[\\w ]+\\]:"),
          sign("a Go panic", "^\\s+/\\S+\\.go:\\d+ \\+0x[0-9a-f]+"),
          sign(
              "a Django debug page",
              "seeing this error because you have <code>DEBUG = True</code>|Using the URLconf"
                  + " defined in"),
          sign("a Werkzeug debugger", "Werkzeug Debugger|The debugger caught an exception"));

  private StackTraces() {}

  private static Sign sign(String kind, String regex) {
    return new Sign(kind, Pattern.compile(regex, FLAGS));
  }

  /** The signs in {@code body}, read also with JSON string escapes undone. */
  public static List<Trace> find(String body) {
    String text = unescape(body);
    List<Trace> found = new ArrayList<>();
    for (Sign s : SIGNS) {
      if (found.stream().anyMatch(t -> t.kind().equals(s.kind()))) {
        continue;
      }
      Matcher m = s.pattern().matcher(text);
      if (m.find()) {
        found.add(new Trace(s.kind(), lineAround(text, m.start())));
      }
    }
    return found;
  }

  /** A trace inside a JSON string has its line breaks as {@code \n}: make them lines again. */
  private static String unescape(String body) {
    if (!body.contains("\\")) {
      return body;
    }
    return body.replace("\\r\\n", "\n")
        .replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\/", "/")
        .replace("\\\"", "\"")
        .replace("\\\\", "\\");
  }

  private static String lineAround(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    String line = text.substring(start, end < 0 ? text.length() : end).strip();
    return line.length() <= 160 ? line : line.substring(0, 160) + "…";
  }
}
