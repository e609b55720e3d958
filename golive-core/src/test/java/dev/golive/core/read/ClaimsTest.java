package dev.golive.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Claim;
import dev.golive.core.model.ClaimKind;
import org.junit.jupiter.api.Test;

/** Headline claims and disagreements, found at their lines. */
class ClaimsTest {
  private final Checklist checklist = Fixtures.read("claims.md");

  @Test
  void findsEveryKindOfClaim() {
    assertThat(checklist.claims())
        .extracting(c -> c.kind() + "@" + c.line() + "=" + (long) c.value())
        .containsExactly(
            "READY@1=100", "PERCENT@3=80", "COUNT@5=6", "HEADING@7=100", "MARKER@14=100");
  }

  @Test
  void headingClaimSpeaksForItsSection() {
    Claim heading =
        checklist.claims().stream()
            .filter(c -> c.kind() == ClaimKind.HEADING)
            .findFirst()
            .orElseThrow();
    assertThat(heading.scope()).endsWith("✅ Done");
  }

  @Test
  void notReadyIsAClaimToo() {
    Checklist c =
        ChecklistReader.readText("x.md", "# Shop\n\nStatus: not production-ready yet\n\n- [ ] A\n");
    assertThat(c.claims())
        .extracting(Claim::kind, Claim::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ClaimKind.READY, 0.0));
  }

  @Test
  void goalsSizesAndTableChatterAreNoClaims() {
    Checklist c =
        ChecklistReader.readText(
            "x.md",
            """
            # Shop

            Use this list to ensure the shop is ready for production.
            Всего пунктов: 3

            | step | note |
            |---|---|
            | CI | 40% of tests in progress |

            - [ ] Total page weight < 2 MB
            - [ ] Total: 5 ms budget
            - [x] Готовность к production проверена
            """);
    assertThat(c.claims()).extracting(cl -> cl.kind() + "@" + cl.line()).containsExactly("COUNT@4");
  }

  @Test
  void headingsDoneInManyLanguagesButNotTheNounForCompletion() {
    Checklist c =
        ChecklistReader.readText(
            "x.md",
            "# P\n\n## ✅ Завершено\n\n- [x] A\n\n## Bajarilgan ishlar\n\n- [x] B\n\n"
                + "## Phase 2 (после завершения MVP)\n\n- [ ] C\n\n## Tamamlandı\n\n- [ ] D\n\n"
                + "## Must complete before launch\n\n- [ ] E\n\n## KRİTİK (Önce Tamamlanmalı)\n\n- [ ] F\n");
    assertThat(c.claims())
        .extracting(cl -> cl.kind() + "@" + cl.line())
        .containsExactly("HEADING@3", "HEADING@7", "HEADING@15");
  }

  @Test
  void progressInsideCodeBlocksCounts() {
    Checklist c =
        ChecklistReader.readText(
            "x.md",
            "# Shop\n\n```\nPayments: ██████████ 100%\n```\n\n## Payments\n\n- [ ] Refunds\n");
    assertThat(c.claims())
        .singleElement()
        .satisfies(
            claim -> {
              assertThat(claim.kind()).isEqualTo(ClaimKind.PERCENT);
              assertThat(claim.scope()).containsExactly("Shop", "Payments");
            });
  }
}
