package dev.golive.core.model;

import java.util.Map;

/**
 * One check's result for one item against one target.
 *
 * @param check the check's id, as in {@code http.hsts}
 * @param message what was found, in one sentence
 * @param evidence what was observed (headers, certificate facts, timings) as a JSON object: maps,
 *     lists, strings, numbers, booleans and nulls
 * @param durationMs how long collecting the evidence took
 */
public record Finding(
    String check, Outcome outcome, String message, Map<String, Object> evidence, long durationMs) {

  public Finding {
    evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(evidence);
  }
}
