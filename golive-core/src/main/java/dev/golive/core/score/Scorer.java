package dev.golive.core.score;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Claim;
import dev.golive.core.model.ClaimKind;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Problem;
import dev.golive.core.model.State;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Scores checklists under a policy and decides GO or NO-GO. */
public final class Scorer {
  private final Policy policy;

  public Scorer(Policy policy) {
    this.policy = policy;
  }

  public Assessment assess(List<Checklist> checklists) {
    List<FileAssessment> files = checklists.stream().map(this::assess).toList();
    return new Assessment(files, overall(files));
  }

  /**
   * NO-GO if any file is; INCONCLUSIVE if a file's blocking items could not be checked, or nothing
   * was judged; else GO. A file without items does not stop the others from answering.
   */
  public static Verdict overall(List<FileAssessment> files) {
    boolean any = false;
    boolean undecided = false;
    for (FileAssessment f : files) {
      if (f.verdict() == Verdict.NO_GO) {
        return Verdict.NO_GO;
      }
      any |= f.verdict() == Verdict.GO;
      undecided |=
          f.verdict() == Verdict.INCONCLUSIVE
              && f.reasons().stream().anyMatch(r -> r.key() == Reason.Key.UNDECIDED_BLOCKERS);
    }
    return any && !undecided ? Verdict.GO : Verdict.INCONCLUSIVE;
  }

  public FileAssessment assess(Checklist checklist) {
    return assess(checklist, List.of(), List.of());
  }

  /**
   * Judges a checklist whose items were audited: an item is done when its verdict says so, a
   * contradicted or open blocking item means NO-GO, and a blocking item no check could decide
   * leaves the answer INCONCLUSIVE when nothing else holds the launch back.
   *
   * @param audits one per item, or empty to judge the ticks alone
   */
  public FileAssessment assess(
      Checklist checklist, List<ItemAudit> audits, List<Problem> problems) {
    List<Item> items = checklist.items();
    List<Boolean> blocking = items.stream().map(policy::blocks).toList();
    IntPredicate done =
        audits.isEmpty()
            ? i -> items.get(i).state() == State.DONE
            : i -> audits.get(i).verdict().done();
    Double score = score(items, done);
    int openBlockers = 0;
    int undecided = 0;
    int contradicted = 0;
    for (int i = 0; i < items.size(); i++) {
      if (!audits.isEmpty() && audits.get(i).verdict() == ItemVerdict.CONTRADICTED) {
        contradicted++;
      }
      if (blocking.get(i) && !done.test(i)) {
        if (!audits.isEmpty() && audits.get(i).verdict() == ItemVerdict.INCONCLUSIVE) {
          undecided++;
        } else {
          openBlockers++;
        }
      }
    }
    List<Reason> reasons = new ArrayList<>();
    Verdict verdict;
    if (items.isEmpty()) {
      verdict = Verdict.INCONCLUSIVE;
      reasons.add(new Reason(Reason.Key.NO_ITEMS));
    } else if (items.stream().noneMatch(Item::applies)) {
      verdict = Verdict.INCONCLUSIVE;
      reasons.add(new Reason(Reason.Key.NOTHING_APPLIES));
    } else {
      if (contradicted > 0) {
        reasons.add(new Reason(Reason.Key.CONTRADICTED, contradicted));
      }
      if (openBlockers > 0) {
        reasons.add(new Reason(Reason.Key.OPEN_BLOCKERS, openBlockers));
      }
      if (score != null && score < policy.minScore()) {
        reasons.add(new Reason(Reason.Key.SCORE_BELOW_MINIMUM, score, policy.minScore()));
      }
      boolean holdsBack = openBlockers > 0 || (score != null && score < policy.minScore());
      if (holdsBack) {
        verdict = Verdict.NO_GO;
      } else if (undecided > 0) {
        verdict = Verdict.INCONCLUSIVE;
      } else {
        verdict = Verdict.GO;
      }
      if (undecided > 0) {
        reasons.add(new Reason(Reason.Key.UNDECIDED_BLOCKERS, undecided));
      }
      if (verdict == Verdict.GO) {
        reasons.add(new Reason(Reason.Key.ALL_BLOCKERS_DONE));
      }
    }
    SectionCounts counts = new SectionCounts(items);
    List<ClaimCheck> claims = new ArrayList<>();
    for (Claim c : checklist.claims()) {
      claims.add(check(c, items, counts, verdict));
    }
    return new FileAssessment(
        checklist, blocking, claims, score, verdict, reasons, audits, problems);
  }

  /** Weighted share of done items among those that apply to the launch, 0–100. */
  private Double score(List<Item> items, IntPredicate isDone) {
    double total = 0;
    double done = 0;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (!item.applies()) {
        continue;
      }
      double w = policy.weight(item.priority());
      total += w;
      if (isDone.test(i)) {
        done += w;
      }
    }
    return total == 0 ? null : 100.0 * done / total;
  }

  private ClaimCheck check(Claim claim, List<Item> items, SectionCounts counts, Verdict verdict) {
    return switch (claim.kind()) {
      case PERCENT, HEADING -> {
        Double actual = counts.donePercent(claim.scope());
        Boolean agrees =
            actual == null
                ? null
                : claim.kind() == ClaimKind.HEADING
                    ? actual >= 99.95
                    : Math.abs(actual - claim.value()) <= 5;
        yield new ClaimCheck(claim, actual, agrees);
      }
      case READY -> {
        if (verdict == Verdict.INCONCLUSIVE) {
          yield new ClaimCheck(claim, null, null);
        }
        double actual = verdict == Verdict.GO ? 100 : 0;
        yield new ClaimCheck(claim, actual, (claim.value() >= 50) == (verdict == Verdict.GO));
      }
      case COUNT -> {
        double actual = items.size();
        boolean atLeast = claim.text().contains((long) claim.value() + "+");
        double low = claim.value() * 0.9;
        double high = claim.value() * 1.1;
        yield new ClaimCheck(claim, actual, actual >= low && (atLeast || actual <= high));
      }
      case MARKER -> new ClaimCheck(claim, 100 - claim.value(), false);
    };
  }
}
