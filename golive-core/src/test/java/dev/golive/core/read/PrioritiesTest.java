package dev.golive.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.model.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Priorities and phases from headings, item tags and legends, in several languages. */
class PrioritiesTest {

  @Test
  void ranksFromHeadingsTagsAndLegend() {
    assertThat(ranks(Fixtures.read("priorities.md")))
        .containsExactly(
            "TLS certificate installed=critical",
            "Database backups run nightly=critical",
            "Error pages are friendly=high",
            "LOW: favicon in every size=low", // the item's own tag beats its heading
            "Images served as WebP=medium",
            "Refunds tested end to end=critical", // ranked by the legend
            "Launch post drafted=low", // ranked by the legend
            "Dark mode=low",
            "Staff trained=null", // nothing ranks it
            "Kitchen staff (P1)=high",
            "Collect feedback from the first customers=null");
  }

  @Test
  void ranksInUzbekRussianIndonesianAndTurkish() {
    assertThat(ranks(Fixtures.read("languages.md")))
        .containsExactly(
            "Parollar kuchli=critical",
            "Qorongʻi rejim=low",
            "Пароли сменены=critical",
            "Дашборд в Grafana=medium",
            "Собрать отзывы=null",
            "Kata sandi kuat=critical",
            "Mode gelap=low",
            "Yedekler alınıyor=critical",
            "Loglar toplanıyor=high",
            "Foydalanuvchi fikrlari yigʻiladi=null");
  }

  @Test
  void sectionsAboutAfterTheLaunchAreMarkedSo() {
    Checklist c = Fixtures.read("languages.md");
    assertThat(c.items().stream().filter(i -> i.phase() == Phase.POST_LAUNCH).map(Item::text))
        .containsExactly("Собрать отзывы", "Foydalanuvchi fikrlari yigʻiladi");
    Checklist en = Fixtures.read("priorities.md");
    assertThat(en.items().get(en.items().size() - 1).phase()).isEqualTo(Phase.POST_LAUNCH);
  }

  @Test
  void turkishWordsWithDotlessIMatch() {
    Checklist c =
        ChecklistReader.readText(
            "x.md",
            "## Ek özellikler (isteğe bağlı)\n\n- [ ] Karanlık mod\n\n## Yayın sonrası\n\n- [ ] Anket\n");
    assertThat(ranks(c)).containsExactly("Karanlık mod=low", "Anket=null");
    assertThat(c.items().get(1).phase()).isEqualTo(Phase.POST_LAUNCH);
  }

  @Test
  void wordsInsideAnItemSentenceRankNothing() {
    Checklist c =
        ChecklistReader.readText(
            "x.md", "- [ ] Fix P0/P1 bugs within the SLA\n- [ ] High availability for the API\n");
    assertThat(c.items()).extracting(Item::priority).containsOnlyNulls();
  }

  @Test
  void colouredCirclesOnStatusHeadingsAreNotRanks() {
    Checklist c =
        ChecklistReader.readText(
            "x.md", "## 🟡 In progress\n\n- [ ] Search page\n\n## 🔴 Security\n\n- [ ] WAF\n");
    assertThat(ranks(c)).containsExactly("Search page=null", "WAF=critical");
  }

  @Test
  void colouredCirclesThatExplainRanksAreNotItems() {
    Checklist c =
        ChecklistReader.readText(
            "x.md",
            "## Legend\n\n- 🔴 Critical: Payments\n- 🟢 Nice to have: Blog\n\n"
                + "## Payments\n\n- 🟡 Refunds\n- 🔴 High: chargebacks\n\n## Blog\n\n- 🟢 First post\n");
    assertThat(ranks(c)).containsExactly("Refunds=critical", "First post=low");
    assertThat(c.items()).extracting(i -> i.state().id()).containsExactly("in_progress", "done");
  }

  private static List<String> ranks(Checklist c) {
    return c.items().stream()
        .map(i -> i.text() + "=" + (i.priority() == null ? "null" : i.priority().id()))
        .toList();
  }
}
