package dev.golive.checks.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content-Security-Policy text to directives and their sources, the way MDN HTTP Observatory reads
 * it: names and sources in lower case; a source list left empty means {@code 'none'}; a directive
 * repeated within one policy makes the policy invalid (report-uri and report-to excepted, which are
 * only noted); several policies are combined so that a source counts only when every policy that
 * names the directive allows it.
 */
final class CspParser {
  private static final int SHORTEST_POLICY = "img-src".length() - 1;
  private static final Set<String> ALLOWED_TWICE = Set.of("report-uri", "report-to");
  private static final List<String> NOT_IN_META =
      List.of("frame-ancestors", "report-uri", "sandbox");

  /**
   * The combined policy.
   *
   * @param directives each directive and its sources, in the order first met; mutable, as the
   *     judging code narrows them
   * @param repeated directives allowed to repeat that did
   */
  record Parsed(Map<String, Set<String>> directives, Set<String> repeated) {}

  private CspParser() {}

  /** Parses {@code policies} (header values split at commas, and meta contents). */
  static Parsed parse(List<String> policies) {
    return parse(policies, true);
  }

  /**
   * Parses {@code policies} as browsers do (CSP Level 3, "parse a serialized CSP"): a directive
   * repeated within a policy is ignored after its first appearance instead of making the policy
   * invalid, and a policy too short to hold a directive is just empty.
   */
  static Parsed parseAsBrowsers(List<String> policies) {
    return parse(policies, false);
  }

  private static Parsed parse(List<String> policies, boolean strict) {
    List<String> clean = new ArrayList<>();
    for (String p : policies) {
      String c = p.replaceAll("[\\r\\n]", "").trim();
      if (strict || c.length() >= SHORTEST_POLICY) {
        clean.add(c);
      }
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Set<String> repeated = new LinkedHashSet<>();
    if (clean.isEmpty()) {
      return new Parsed(out, repeated);
    }
    for (String p : clean) {
      if (p.length() < SHORTEST_POLICY) {
        throw new IllegalArgumentException("policy '" + p + "' is too short to mean anything");
      }
    }
    Map<String, List<Source>> csp = new LinkedHashMap<>();
    for (int index = 0; index < clean.size(); index++) {
      Set<String> seen = new HashSet<>();
      for (String entry : clean.get(index).split(";", -1)) {
        String[] tokens = entry.trim().split("\\s+");
        if (tokens[0].isEmpty()) {
          continue;
        }
        String directive = tokens[0].toLowerCase(Locale.ROOT);
        if (!seen.add(directive)) {
          if (ALLOWED_TWICE.contains(directive)) {
            repeated.add(directive);
          } else if (!strict) {
            continue;
          } else {
            throw new IllegalArgumentException(
                "directive '" + directive + "' is given twice in one policy");
          }
        }
        boolean keep = index == 0;
        List<Source> values = new ArrayList<>();
        for (int t = 1; t < tokens.length; t++) {
          values.add(new Source(tokens[t].trim().toLowerCase(Locale.ROOT), index, keep));
        }
        if (values.isEmpty() && directive.endsWith("-src")) {
          values.add(new Source("'none'", index, keep));
        }
        List<Source> combined = new ArrayList<>();
        if (index > 0) {
          combined.addAll(csp.getOrDefault(directive, List.of()));
        }
        combined.addAll(values);
        combined.sort(Comparator.comparing(Source::text));
        for (int k = 1; k < combined.size(); k++) {
          Source s = combined.get(k);
          Source prev = combined.get(k - 1);
          // within one policy a longer source that extends a shorter one adds nothing
          if (s.index == prev.index && s.text.startsWith(prev.text)) {
            s.keep = false;
          }
          // across policies a source must be allowed by both to count
          if (s.index != prev.index && pathPartMatch(prev.text, s.text)) {
            s.keep = true;
          }
        }
        List<Source> kept = combined.stream().filter(s -> s.keep).toList();
        csp.put(directive, kept);
        if (index == 0 && clean.size() > 1) {
          kept.forEach(s -> s.keep = false);
        }
      }
    }
    csp.forEach(
        (directive, sources) -> {
          Set<String> set = new LinkedHashSet<>();
          sources.forEach(s -> set.add(s.text));
          if (set.isEmpty()) {
            set.add("'none'");
          }
          out.put(directive, set);
        });
    return new Parsed(out, repeated);
  }

  /** Parses policies from {@code <meta http-equiv>}, dropping what only a header may set. */
  static Parsed parseMeta(List<String> policies) {
    Parsed p = parse(policies);
    NOT_IN_META.forEach(p.directives()::remove);
    return p;
  }

  private static final class Source {
    final String text;
    final int index;
    boolean keep;

    Source(String text, int index, boolean keep) {
      this.text = text;
      this.index = index;
      this.keep = keep;
    }

    String text() {
      return text;
    }
  }

  /** Whether path {@code b} falls under path {@code a}, piece by piece, percent-decoded. */
  private static boolean pathPartMatch(String a, String b) {
    if (a.isEmpty()) {
      return true;
    }
    if (a.equals("/") && b.isEmpty()) {
      return true;
    }
    boolean exact = !a.endsWith("/");
    List<String> pa = new ArrayList<>(List.of(a.split("/", -1)));
    String[] pb = b.split("/", -1);
    if (pa.size() > pb.length) {
      return false;
    }
    if (exact && pa.size() != pb.length) {
      return false;
    }
    if (!exact) {
      pa.removeLast();
    }
    for (int i = 0; i < pa.size(); i++) {
      if (!decode(pa.get(i)).equals(decode(pb[i]))) {
        return false;
      }
    }
    return true;
  }

  /** Percent-decoding as strict as JavaScript's decodeURIComponent: a bad escape is an error. */
  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 3 > s.length()) {
          throw new IllegalArgumentException("bad percent escape in '" + s + "'");
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("bad percent escape in '" + s + "'");
        }
        bytes.write(hi * 16 + lo);
        i += 3;
      } else {
        flush(bytes, out, s);
        out.append(c);
        i++;
      }
    }
    flush(bytes, out, s);
    return out.toString();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out, String s) {
    if (bytes.size() == 0) {
      return;
    }
    try {
      out.append(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray())));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("bad percent escape in '" + s + "'", e);
    }
    bytes.reset();
  }
}
