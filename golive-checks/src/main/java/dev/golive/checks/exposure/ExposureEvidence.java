package dev.golive.checks.exposure;

import dev.golive.checks.Judgement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What each probed path answered.
 *
 * @param responses one entry per URL, in the order they were asked for
 */
public record ExposureEvidence(List<Seen> responses) {
  public ExposureEvidence {
    responses = List.copyOf(responses);
  }

  /**
   * The common judgement of "these paths must not be served": fails on the first response that
   * {@code leaks}, is an error when some path could not be read, and passes otherwise, saying how
   * the paths answered. {@code what} names the content, as in "dotenv content".
   */
  Judgement judge(Predicate<Seen> leaks, String what) {
    List<Seen> leaked = responses.stream().filter(leaks).toList();
    if (!leaked.isEmpty()) {
      String more = leaked.size() > 1 ? " (and " + (leaked.size() - 1) + " more)" : "";
      Seen s = leaked.getFirst();
      return Judgement.fail(describe(s, s.first().orElseThrow()) + more);
    }
    List<Seen> failed = responses.stream().filter(s -> !s.answered()).toList();
    if (!failed.isEmpty()) {
      return Judgement.error("could not read " + failed.getFirst().failure());
    }
    return Judgement.pass(
        "none of "
            + responses.size()
            + (responses.size() == 1 ? " path" : " paths")
            + " serves "
            + what
            + " ("
            + statuses()
            + ")");
  }

  /** "URL answers 200 with a dotenv file: APP_KEY=…". */
  static String describe(Seen s, Match m) {
    return s.url()
        + " answers "
        + s.status()
        + " with "
        + Detectors.label(m.signature())
        + ": "
        + m.snippet();
  }

  /** How the paths answered, as in "6 × 404, 2 × 200". */
  String statuses() {
    Map<Integer, Long> counts =
        responses.stream()
            .filter(Seen::answered)
            .collect(Collectors.groupingBy(Seen::status, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " × " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  /** A successful answer that carries recognised content. */
  static boolean servedMatch(Seen s) {
    return s.success() && !s.matches().isEmpty();
  }
}
