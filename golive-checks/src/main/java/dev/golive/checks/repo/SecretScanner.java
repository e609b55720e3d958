package dev.golive.checks.repo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds secrets in one file's bytes with {@link SecretRules}: one pass of the keyword automaton
 * over the bytes, then each rule whose keyword occurs is run on that line alone (on a window around
 * the keywords when the line is long, as in minified files). Lines holding {@code golive:allow} are
 * skipped. Thread-safe: one scanner serves every file.
 */
public final class SecretScanner {
  /** The marker that excuses a line. */
  static final String ALLOW_MARKER = "golive:allow";

  /** Lines longer than this are looked at around their keywords only. */
  private static final int LONG_LINE = 4096;

  private static final int WINDOW = 512;

  /** How far past a match a rule may read (the body of a PEM key). */
  private static final int FOLLOWING = 2048;

  /** A rule that matched at a line (1-based). The secret itself is never kept. */
  public record Hit(String rule, int line) {}

  private final List<SecretRules.Rule> rules;
  private final Keywords keywords;

  public SecretScanner() {
    this(SecretRules.ALL);
  }

  SecretScanner(List<SecretRules.Rule> rules) {
    if (rules.size() > 31) {
      throw new IllegalArgumentException("at most 31 rules");
    }
    this.rules = List.copyOf(rules);
    List<String> words = new ArrayList<>();
    List<Integer> masks = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      for (String k : rules.get(r).keywords()) {
        words.add(k);
        masks.add(1 << r);
      }
    }
    this.keywords = new Keywords(words, masks.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Whether {@code data} looks binary: a NUL byte in its first 8000 bytes, as git decides. */
  public static boolean binary(byte[] data, int length) {
    int n = Math.min(length, 8000);
    for (int i = 0; i < n; i++) {
      if (data[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** The secrets in {@code data[0..length)}, one hit per line at most, in line order. */
  public List<Hit> scan(byte[] data, int length) {
    Keywords.Hits hits = keywords.find(data, length);
    if (hits.size() == 0) {
      return List.of();
    }
    List<Hit> found = new ArrayList<>();
    int line = 1;
    int counted = 0; // newlines before this position are counted in line
    int lineStart = 0;
    int i = 0;
    while (i < hits.size()) {
      int pos = hits.position(i);
      for (int p = counted; p < pos; p++) {
        if (data[p] == '\n') {
          line++;
          lineStart = p + 1;
        }
      }
      counted = pos;
      int lineEnd = pos;
      while (lineEnd < length && data[lineEnd] != '\n') {
        lineEnd++;
      }
      int mask = 0;
      int first = pos;
      int last = pos;
      while (i < hits.size() && hits.position(i) < lineEnd) {
        mask |= hits.mask(i);
        last = hits.position(i);
        i++;
      }
      String rule = judgeLine(data, length, lineStart, lineEnd, first, last, mask);
      if (rule != null) {
        found.add(new Hit(rule, line));
      }
    }
    return found;
  }

  private String judgeLine(
      byte[] data, int length, int lineStart, int lineEnd, int first, int last, int mask) {
    int from = lineStart;
    int to = lineEnd;
    if (lineEnd - lineStart > LONG_LINE) {
      from = Math.max(lineStart, first - WINDOW);
      to = Math.min(lineEnd, last + WINDOW);
      if (to - from > 16 * LONG_LINE) {
        to = from + 16 * LONG_LINE;
      }
    }
    String text = new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    if (text.contains(ALLOW_MARKER)) {
      return null;
    }
    for (int r = 0; r < rules.size(); r++) {
      if ((mask & (1 << r)) == 0) {
        continue;
      }
      SecretRules.Rule rule = rules.get(r);
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        int end = from + m.end();
        SecretRules.Following after =
            max ->
                new String(
                    data,
                    end,
                    Math.min(length, end + Math.min(max, FOLLOWING)) - end,
                    StandardCharsets.ISO_8859_1);
        if (rule.confirm().real(m, after)) {
          return rule.name();
        }
      }
    }
    return null;
  }
}
