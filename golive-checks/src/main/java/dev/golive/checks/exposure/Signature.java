package dev.golive.checks.exposure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector that recognises content by a pattern. Patterns bound every repetition so that a
 * hostile body cannot make matching slow. A plain signature describes a file, so it ignores pages
 * and binary bodies.
 */
record Signature(String id, String label, Pattern pattern, Form form) implements Detector {
  private static final int SNIPPET = 160;

  /** What a body must be for the pattern to count. */
  enum Form {
    ANY,
    PLAIN
  }

  static Signature of(String id, String label, String regex) {
    return new Signature(id, label, Pattern.compile(regex), Form.ANY);
  }

  static Signature plain(String id, String label, String regex) {
    return new Signature(id, label, Pattern.compile(regex), Form.PLAIN);
  }

  @Override
  public Optional<Match> detect(Body body) {
    if (form == Form.PLAIN && (body.isMarkup() || body.isBinary())) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(body.text());
    return m.find() ? Optional.of(new Match(id, snippet(m.group()))) : Optional.empty();
  }

  /** {@code text} without tags and runs of white space, cut to a readable length. */
  static String snippet(String text) {
    String plain =
        text.replaceAll("<[^<>]{0,500}>", " ")
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ")
            .strip();
    return plain.length() <= SNIPPET ? plain : plain.substring(0, SNIPPET - 1) + "…";
  }
}
