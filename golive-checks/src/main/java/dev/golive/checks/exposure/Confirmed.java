package dev.golive.checks.exposure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector for content known by two marks: an {@code anchor} and, within {@code window}
 * characters after it, a {@code confirm}. Only the first few anchors are tried, so a body that
 * repeats the anchor endlessly costs no more than a few windows.
 */
record Confirmed(String id, String label, Pattern anchor, Pattern confirm, int window)
    implements Detector {
  private static final int MAX_ANCHORS = 20;

  static Confirmed of(String id, String label, String anchor, String confirm, int window) {
    return new Confirmed(id, label, Pattern.compile(anchor), Pattern.compile(confirm), window);
  }

  @Override
  public Optional<Match> detect(Body body) {
    String text = body.text();
    Matcher a = anchor.matcher(text);
    Matcher c = confirm.matcher(text);
    for (int tries = 0; tries < MAX_ANCHORS && a.find(); tries++) {
      c.region(a.end(), Math.min(text.length(), a.end() + window));
      if (c.find()) {
        String shown =
            c.end() - a.start() <= 400
                ? text.substring(a.start(), c.end())
                : a.group() + " … " + c.group();
        return Optional.of(new Match(id, Signature.snippet(shown)));
      }
    }
    return Optional.empty();
  }
}
