package dev.golive.checks.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a dotenv file: plain text (not a page, not binary) whose meaningful lines are mostly
 * {@code KEY=value} assignments, with at least one. Comments and blank lines do not count; the
 * snippet names keys and never their values.
 */
final class Dotenv implements Detector {
  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?:export\\s{1,20})?([A-Za-z_][A-Za-z0-9_.]{0,200})\\s{0,20}=(?!=)");
  private static final int LINES = 500;
  private static final int KEYS = 4;

  @Override
  public String id() {
    return "dotenv";
  }

  @Override
  public String label() {
    return "a dotenv file";
  }

  @Override
  public Optional<Match> detect(Body body) {
    if (body.isMarkup() || body.isBinary()) {
      return Optional.empty();
    }
    int meaningful = 0;
    int assignments = 0;
    List<String> keys = new ArrayList<>();
    for (String line : body.text().lines().limit(LINES).toList()) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      meaningful++;
      Matcher m = ASSIGNMENT.matcher(t);
      if (m.lookingAt()) {
        assignments++;
        if (keys.size() < KEYS) {
          keys.add(m.group(1) + "=…");
        }
      }
    }
    if (assignments == 0 || assignments * 2 < meaningful) {
      return Optional.empty();
    }
    String more = assignments > keys.size() ? ", … (" + assignments + " assignments)" : "";
    return Optional.of(new Match(id(), String.join(", ", keys) + more));
  }
}
