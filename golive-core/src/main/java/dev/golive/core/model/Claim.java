package dev.golive.core.model;

import java.util.List;

/**
 * A statement the document makes about itself, as found by the reader.
 *
 * @param line 1-based line in the file on disk
 * @param text the statement as written, trimmed
 * @param value what it claims: a percentage, a count, 100 for "ready" / "done", 0 for "not ready"
 * @param scope the heading path the claim speaks for; empty for the whole document
 */
public record Claim(ClaimKind kind, int line, String text, double value, List<String> scope) {
  public Claim {
    scope = List.copyOf(scope);
  }
}
