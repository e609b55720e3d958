package dev.golive.cli;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Priority;
import dev.golive.core.score.Policy;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/** The policy options of the command line; they override golive.yaml. */
final class PolicyOptions {
  @Option(
      names = "--block",
      paramLabel = "PRIORITY",
      split = ",",
      description =
          "Priorities whose open items mean NO-GO (default: critical,high). Unranked items always"
              + " block.")
  List<String> block;

  @Option(
      names = "--weight",
      paramLabel = "PRIORITY=N",
      description =
          "Weight of a priority in the score, repeatable: critical=4 high=3 medium=2 low=1"
              + " unranked=3 by default.")
  Map<String, Double> weights;

  @Option(
      names = "--min-score",
      paramLabel = "N",
      description = "NO-GO below this score, 0-100 (default: no minimum).")
  Double minScore;

  /** {@code base} with what the command line says laid over it. */
  Policy apply(Policy base) {
    Policy policy = base;
    try {
      if (block != null) {
        Set<Priority> blocking = EnumSet.noneOf(Priority.class);
        for (String p : block) {
          if (!p.isBlank() && !p.equalsIgnoreCase("none")) {
            blocking.add(Priority.of(p));
          }
        }
        policy = policy.withBlocking(blocking);
      }
      if (weights != null) {
        Map<Priority, Double> w = new EnumMap<>(Priority.class);
        Double unranked = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
          if (e.getValue() < 0) {
            throw GoliveException.usage("--weight " + e.getKey() + ": a weight cannot be negative");
          }
          if (e.getKey().equalsIgnoreCase("unranked")) {
            unranked = e.getValue();
          } else {
            w.put(Priority.of(e.getKey()), e.getValue());
          }
        }
        policy = policy.withWeights(w, unranked);
      }
    } catch (IllegalArgumentException e) {
      throw GoliveException.usage(e.getMessage());
    }
    if (minScore != null) {
      if (minScore < 0 || minScore > 100) {
        throw GoliveException.usage("--min-score must be between 0 and 100, not " + minScore);
      }
      policy = policy.withMinScore(minScore);
    }
    return policy;
  }
}
