package dev.golive.engine;

import dev.golive.core.model.Problem;
import dev.golive.core.read.SourceDocument;
import java.util.List;
import java.util.Map;

/**
 * What an audit will run: for each checklist, the checks bound to each item, and every problem
 * found with the bindings. Nothing runs while there are problems.
 */
public record Plan(List<FilePlan> files) {
  public Plan {
    files = List.copyOf(files);
  }

  /** One checklist's bound checks, by item index. */
  public record FilePlan(
      SourceDocument document, Map<Integer, List<BoundCheck>> checks, List<Problem> problems) {
    public FilePlan {
      checks = Map.copyOf(checks);
      problems = List.copyOf(problems);
    }

    public List<BoundCheck> checksOf(int itemIndex) {
      return checks.getOrDefault(itemIndex, List.of());
    }
  }

  public List<Problem> problems() {
    return files.stream().flatMap(f -> f.problems().stream()).toList();
  }

  public int checkCount() {
    return files.stream()
        .mapToInt(f -> f.checks().values().stream().mapToInt(List::size).sum())
        .sum();
  }
}
