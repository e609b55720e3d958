package dev.golive.core.score;

import java.util.List;

/**
 * One audit: the same checklists judged against each target, and the verdict over all of them
 * (NO-GO if any target is, GO only if every target is).
 */
public record AuditAssessment(List<TargetAssessment> targets, Verdict verdict) {
  public AuditAssessment {
    targets = List.copyOf(targets);
  }

  /** The checklists judged against one target. */
  public record TargetAssessment(String target, Assessment assessment) {}

  /** NO-GO if any target is; INCONCLUSIVE if any is and none is NO-GO; else GO. */
  public static Verdict overall(List<TargetAssessment> targets) {
    Verdict v = Verdict.GO;
    for (TargetAssessment t : targets) {
      Verdict tv = t.assessment().verdict();
      if (tv == Verdict.NO_GO) {
        return Verdict.NO_GO;
      }
      if (tv == Verdict.INCONCLUSIVE) {
        v = Verdict.INCONCLUSIVE;
      }
    }
    return targets.isEmpty() ? Verdict.INCONCLUSIVE : v;
  }
}
