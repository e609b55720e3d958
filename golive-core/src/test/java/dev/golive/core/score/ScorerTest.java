package dev.golive.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.ClaimKind;
import dev.golive.core.model.Priority;
import dev.golive.core.read.ChecklistReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final String SHOP =
      """
      # Shop

      ## Critical

      - [x] TLS
      - [ ] Backups

      ## Nice to have

      - [x] Dark mode
      - [ ] Emoji reactions

      ## After launch

      - [ ] Survey
      """;

  private static FileAssessment assess(String text, Policy policy) {
    Checklist c = ChecklistReader.readText("x.md", text);
    return new Scorer(policy).assess(List.of(c)).files().get(0);
  }

  @Test
  void scoreIsTheWeightedShareOfDoneItemsThatApply() {
    FileAssessment f = assess(SHOP, Policy.defaults());
    // critical 4 + 4, low 1 + 1; done: 4 + 1 of 10; the post-launch survey does not count
    assertThat(f.score()).isEqualTo(50.0);
    Policy heavy = Policy.defaults().withWeights(Map.of(Priority.LOW, 4.0), null);
    assertThat(assess(SHOP, heavy).score()).isEqualTo(50.0);
    Policy lowOnly = Policy.defaults().withWeights(Map.of(Priority.CRITICAL, 0.0), null);
    assertThat(assess(SHOP, lowOnly).score()).isEqualTo(50.0);
    Policy critHeavy = Policy.defaults().withWeights(Map.of(Priority.LOW, 0.0), null);
    assertThat(assess(SHOP, critHeavy).score()).isEqualTo(50.0);
    String skewed = SHOP.replace("- [ ] Emoji reactions", "- [x] Emoji reactions");
    assertThat(assess(skewed, Policy.defaults()).score()).isEqualTo(60.0);
    assertThat(assess(skewed, critHeavy).score()).isEqualTo(50.0);
  }

  @Test
  void openCriticalItemMeansNoGoAndOnlyBlockingItemsCount() {
    FileAssessment f = assess(SHOP, Policy.defaults());
    assertThat(f.verdict()).isEqualTo(Verdict.NO_GO);
    assertThat(f.blockers()).extracting(i -> i.text()).containsExactly("Backups");
    assertThat(f.reasons()).extracting(Reason::key).containsExactly(Reason.Key.OPEN_BLOCKERS);

    FileAssessment lenient =
        assess(SHOP, Policy.defaults().withBlocking(EnumSet.noneOf(Priority.class)));
    assertThat(lenient.verdict()).isEqualTo(Verdict.GO);
    assertThat(lenient.reasons())
        .extracting(Reason::key)
        .containsExactly(Reason.Key.ALL_BLOCKERS_DONE);
  }

  @Test
  void unrankedItemsAlwaysBlock() {
    FileAssessment f =
        assess(
            "# Shop\n\n- [x] TLS\n- [ ] Backups\n",
            Policy.defaults().withBlocking(EnumSet.noneOf(Priority.class)));
    assertThat(f.verdict()).isEqualTo(Verdict.NO_GO);
    assertThat(f.blocking()).containsExactly(true, true);
  }

  @Test
  void minimumScoreTurnsGoIntoNoGo() {
    String done = SHOP.replace("- [ ] Backups", "- [x] Backups");
    assertThat(assess(done, Policy.defaults()).verdict()).isEqualTo(Verdict.GO);
    FileAssessment strict = assess(done, Policy.defaults().withMinScore(95));
    assertThat(strict.verdict()).isEqualTo(Verdict.NO_GO);
    assertThat(strict.reasons())
        .extracting(Reason::key)
        .containsExactly(Reason.Key.SCORE_BELOW_MINIMUM);
  }

  @Test
  void notApplicableAndPostLaunchItemsNeverBlock() {
    FileAssessment f =
        assess(
            "## Critical\n\n- [x] TLS\n- [-] App store\n\n## Post-launch\n\n- [ ] Survey\n",
            Policy.defaults());
    assertThat(f.blocking()).containsExactly(true, false, false);
    assertThat(f.verdict()).isEqualTo(Verdict.GO);
  }

  @Test
  void emptyOrPostLaunchOnlyChecklistsAreInconclusive() {
    assertThat(assess("# Notes\n", Policy.defaults()).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(assess("## After launch\n\n- [ ] Survey\n", Policy.defaults()).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void overallVerdictIsNoGoIfAnyFileIs() {
    Checklist go = ChecklistReader.readText("a.md", "- [x] A\n");
    Checklist nogo = ChecklistReader.readText("b.md", "- [ ] B\n");
    Checklist empty = ChecklistReader.readText("c.md", "# none\n");
    Scorer scorer = new Scorer(Policy.defaults());
    assertThat(scorer.assess(List.of(go, empty)).verdict()).isEqualTo(Verdict.GO);
    assertThat(scorer.assess(List.of(go, nogo, empty)).verdict()).isEqualTo(Verdict.NO_GO);
    assertThat(scorer.assess(List.of(empty)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void claimsAreHeldAgainstTheItems() {
    String text =
        """
        # Shop — production-ready

        Total items: ~4+
        Payments ██████████ 100%
        Overall: 50% done

        ## ✅ Payments

        - [x] Cards
        - [ ] Refunds

        ## Ops

        - [x] Logs
        - [x] Alerts
        """;
    FileAssessment f = assess(text, Policy.defaults());
    assertThat(f.claims())
        .extracting(c -> c.claim().kind() + " " + c.actual() + " " + c.agrees())
        .containsExactly(
            "READY 0.0 false", // the items say NO-GO
            "COUNT 4.0 true", // "~4+" means at least about four
            "PERCENT 50.0 false", // the Payments section is half done
            "PERCENT 75.0 false", // three of four items overall
            "HEADING 50.0 false");
    assertThat(f.claims().get(2).claim().scope())
        .containsExactly("Shop — production-ready", "✅ Payments");
    assertThat(f.claims().get(4).claim().kind()).isEqualTo(ClaimKind.HEADING);
  }
}
