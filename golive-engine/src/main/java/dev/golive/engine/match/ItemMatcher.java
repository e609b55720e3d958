package dev.golive.engine.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one item's words against the table of {@link Rules} and proposes every check they point at,
 * with a confidence: the surest cue that matched, a little more when the section path speaks of the
 * same thing, a little less when the item hedges ("if applicable") or is a long paragraph, less
 * again when a limit the check needs is not given. A general check marked as a fallback is proposed
 * only when nothing more specific is. Knows nothing of the catalog.
 */
public final class ItemMatcher {
  /** Confidence is kept below this: only people write certain bindings. */
  static final double CEILING = 0.95;

  private static final double SECTION_BONUS = 0.05;
  private static final double HEDGE_PENALTY = 0.05;
  private static final double LONG_PENALTY = 0.05;
  private static final int LONG_ITEM = 200;

  private static final Pattern HEDGE = Fold.words(Rules.HEDGE);

  private final List<Rule> rules;

  public ItemMatcher() {
    this(Rules.ALL);
  }

  ItemMatcher(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The checks that an item with {@code text} under the headings {@code sections} points at. */
  public List<Proposal> match(String text, List<String> sections) {
    Rule.Subject s = Rule.Subject.of(text, sections);
    double adjust = 0;
    if (HEDGE.matcher(s.text()).find()) {
      adjust -= HEDGE_PENALTY;
    }
    if (text.length() > LONG_ITEM) {
      adjust -= LONG_PENALTY;
    }
    List<Proposal> out = new ArrayList<>();
    List<Proposal> fallbacks = new ArrayList<>();
    for (Rule rule : rules) {
      Proposal p = apply(rule, s, adjust);
      if (p != null) {
        (rule.fallback() ? fallbacks : out).add(p);
      }
    }
    return out.isEmpty() ? fallbacks : out;
  }

  private static Proposal apply(Rule rule, Rule.Subject s, double adjust) {
    for (Rule.Veto v : rule.vetoes()) {
      if (v.hits(s)) {
        return null;
      }
    }
    double confidence = 0;
    String cue = null;
    for (Rule.Cue c : rule.cues()) {
      if (c.confidence() > confidence) {
        String words = c.match(s);
        if (words != null) {
          confidence = c.confidence();
          cue = words;
        }
      }
    }
    if (cue == null) {
      return null;
    }
    if (rule.support() != null && rule.support().matcher(s.path()).find()) {
      confidence += SECTION_BONUS;
    }
    confidence += adjust;
    Map<String, String> params = new LinkedHashMap<>();
    Set<String> essential = new HashSet<>();
    for (Rule.ParamRule p : rule.params()) {
      String value = p.extract().apply(s);
      if (value == null) {
        confidence -= p.missingPenalty();
      } else {
        params.put(p.name(), value);
        if (p.kind() == Rule.Kind.ESSENTIAL) {
          essential.add(p.name());
        }
      }
    }
    confidence = Math.min(CEILING, Math.round(confidence * 100) / 100.0);
    return confidence <= 0 ? null : new Proposal(rule.check(), params, essential, confidence, cue);
  }
}
