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
      int from = i;
      while (i < hits.size() && hits.position(i) < lineEnd) {
        mask |= hits.mask(i);
        i++;
      }
      String rule = judgeLine(data, length, lineStart, lineEnd, hits, from, i, mask);
      if (rule != null) {
        found.add(new Hit(rule, line));
      }
    }
    return found;
  }

  /**
   * The first rule that confirms a secret on the line {@code [lineStart, lineEnd)}, whose keyword
   * hits are {@code hits[hitFrom, hitTo)} with the rules of {@code mask}; {@code null} when none.
   */
  private String judgeLine(
      byte[] data,
      int length,
      int lineStart,
      int lineEnd,
      Keywords.Hits hits,
      int hitFrom,
      int hitTo,
      int mask) {
    int from = lineStart;
    int to = lineEnd;
    if (lineEnd - lineStart > LONG_LINE) {
      from = Math.max(lineStart, hits.position(hitFrom) - WINDOW);
      to = Math.min(lineEnd, hits.position(hitTo - 1) + WINDOW);
      if (to - from > 16 * LONG_LINE) {
        to = from + 16 * LONG_LINE;
      }
    }
    String text = new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    if (text.contains(ALLOW_MARKER)) {
      return null;
    }
    for (int r = 0; r < rules.size(); r++) {
      int bit = 1 << r;
      if ((mask & bit) == 0) {
        continue;
      }
      SecretRules.Rule rule = rules.get(r);
      if (rule.assignedTo() == null) {
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
          if (rule.confirm().real(null, m, following(data, length, from + m.end()))) {
            return rule.name();
          }
        }
        continue;
      }
      // an assignment: the name around each keyword, then the separator and value right after it
      int lastName = -1;
      for (int h = hitFrom; h < hitTo; h++) {
        int p = hits.position(h);
        if ((hits.mask(h) & bit) == 0 || p < from || p >= to) {
          continue;
        }
        int start = p;
        while (start > from && p - start < NAME && nameByte(data[start - 1])) {
          start--;
        }
        int end = p + 1;
        while (end < to && end - p < NAME && nameByte(data[end])) {
          end++;
        }
        if (end == lastName) {
          continue;
        }
        lastName = end;
        if (start > 0 && data[start - 1] == '{') {
          continue; // ${NAME:-default}, {{ name }}: a reference, not an assignment
        }
        String name = text.substring(start - from, end - from);
        if (!rule.assignedTo().test(name)) {
          continue;
        }
        Matcher m = rule.pattern().matcher(text);
        m.region(end - from, text.length());
        if (m.lookingAt()
            && (!m.group(1).equals(",") || calledWith(data, from, start))
            && rule.confirm().real(name, m, following(data, length, from + m.end()))) {
          return rule.name();
        }
      }
    }
    return null;
  }

  /** The longest name looked at on either side of a keyword. */
  private static final int NAME = 80;

  private static boolean nameByte(byte b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '_'
        || b == '-'
        || b == '.';
  }

  /**
   * Whether the name starting at {@code start} is a call's first argument, as in {@code
   * setdefault("SECRET_KEY", "...")} or {@code define('DB_PASSWORD', '...')}: then a comma
   * separates a name from its value, elsewhere it separates items of a list.
   */
  private static boolean calledWith(byte[] data, int from, int start) {
    int i = start - 1;
    if (i >= from && (data[i] == '"' || data[i] == '\'')) {
      i--;
    }
    while (i >= from && data[i] == ' ') {
      i--;
    }
    return i >= from && data[i] == '(';
  }

  private static SecretRules.Following following(byte[] data, int length, int end) {
    return max ->
        new String(
            data,
            end,
            Math.min(length, end + Math.min(max, FOLLOWING)) - end,
            StandardCharsets.ISO_8859_1);
  }
}
