package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Scorer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static final String CHECKLIST =
      "# Shop ✅\n\n## Security (critical)\n\n- [x] TLS\n- [ ] ✅ WAF\n\n## After launch\n\n- [ ] Survey\n";

  private static String render(boolean color, Messages.Lang lang) throws IOException {
    Checklist c = ChecklistReader.readText("shop.md", CHECKLIST);
    Assessment a = new Scorer(Policy.defaults()).assess(List.of(c));
    StringWriter out = new StringWriter();
    new TextReport(color).write(a, Messages.of(lang), out);
    return out.toString();
  }

  @Test
  void verdictAndWhyComeFirstThenClaimsThenSections() throws IOException {
    String text = render(false, Messages.Lang.EN);
    assertThat(text.lines().limit(2))
        .containsExactly("NO-GO  shop.md — Shop ✅", "  1 blocking item is not done");
    assertThat(text)
        .containsSubsequence(
            "Blocking items not done",
            "[ ] :6    ✅ WAF (critical)",
            "Claims",
            "readiness: Shop ✅ — does not hold (claimed GO, items say NO-GO)",
            "box and emoji disagree",
            "Shop ✅ › Security (critical)",
            "[x] :5    TLS (critical)",
            "Shop ✅ › After launch",
            "[ ] :10   Survey (after launch)");
    assertThat(text).doesNotContain("\u001b[");
  }

  @Test
  void colourOnlyWhenAskedFor() throws IOException {
    assertThat(render(true, Messages.Lang.EN)).contains("\u001b[31m", "\u001b[32m");
  }

  @Test
  void golivesOwnWordsFollowTheLanguage() throws IOException {
    assertThat(render(false, Messages.Lang.RU))
        .contains("не выполнено блокирующих пунктов: 1", "после запуска");
    assertThat(render(false, Messages.Lang.UZ))
        .contains("1 ta toʻsiq band bajarilmagan", "ishga tushirilgandan keyin");
  }
}
