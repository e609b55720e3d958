package dev.golive.core.score;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Claim;
import dev.golive.core.model.ClaimKind;
import dev.golive.core.model.Item;
import dev.golive.core.model.State;
import java.util.ArrayList;
import java.util.List;

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

  /** NO-GO if any file is; GO if every judged file is; INCONCLUSIVE with nothing judged. */
  static Verdict overall(List<FileAssessment> files) {
    boolean any = false;
    for (FileAssessment f : files) {
      if (f.verdict() == Verdict.NO_GO) {
        return Verdict.NO_GO;
      }
      any |= f.verdict() == Verdict.GO;
    }
    return any ? Verdict.GO : Verdict.INCONCLUSIVE;
  }

  public FileAssessment assess(Checklist checklist) {
    List<Item> items = checklist.items();
    List<Boolean> blocking = items.stream().map(policy::blocks).toList();
    Double score = score(items);
    int openBlockers = FileAssessment.openBlocking(items, blocking).size();
    List<Reason> reasons = new ArrayList<>();
    Verdict verdict;
    if (items.isEmpty()) {
      verdict = Verdict.INCONCLUSIVE;
      reasons.add(new Reason(Reason.Key.NO_ITEMS));
    } else if (items.stream().noneMatch(Item::applies)) {
      verdict = Verdict.INCONCLUSIVE;
      reasons.add(new Reason(Reason.Key.NOTHING_APPLIES));
    } else {
      if (openBlockers > 0) {
        reasons.add(new Reason(Reason.Key.OPEN_BLOCKERS, openBlockers));
      }
      if (score != null && score < policy.minScore()) {
        reasons.add(new Reason(Reason.Key.SCORE_BELOW_MINIMUM, score, policy.minScore()));
      }
      verdict = reasons.isEmpty() ? Verdict.GO : Verdict.NO_GO;
      if (verdict == Verdict.GO) {
        reasons.add(new Reason(Reason.Key.ALL_BLOCKERS_DONE));
      }
    }
    SectionCounts counts = new SectionCounts(items);
    List<ClaimCheck> claims = new ArrayList<>();
    for (Claim c : checklist.claims()) {
      claims.add(check(c, items, counts, verdict));
    }
    return new FileAssessment(checklist, blocking, claims, score, verdict, reasons);
  }

  /** Weighted share of done items among those that apply to the launch, 0–100. */
  private Double score(List<Item> items) {
    double total = 0;
    double done = 0;
    for (Item item : items) {
      if (!item.applies()) {
        continue;
      }
      double w = policy.weight(item.priority());
      total += w;
      if (item.state() == State.DONE) {
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
