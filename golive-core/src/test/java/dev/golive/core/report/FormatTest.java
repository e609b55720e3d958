package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.Verdict;
import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void everyFormatWritesAReportInEveryLanguage() {
    Assessment a = ReportFixture.assess("x.md", "# X\n\n- [x] TLS\n- [ ] Backups\n\nReady: 100%\n");
    for (Format f : Format.values()) {
      for (Messages.Lang lang : Messages.Lang.values()) {
        String report = ReportFixture.render(f.writer(false), a, lang);
        assertThat(report).as(f + " " + lang).contains("Backups").endsWith("\n");
      }
    }
  }

  @Test
  void everyFormatWritesAnAuditInEveryLanguage() {
    for (Format f : Format.values()) {
      for (Messages.Lang lang : Messages.Lang.values()) {
        for (var audit : AuditFixture.all()) {
          String report = AuditFixture.render(f.writer(false), audit, lang);
          assertThat(report).as(f + " " + lang).contains(AuditFixture.PATH).endsWith("\n");
        }
      }
    }
  }

  @Test
  void everyFormatWritesAnAuditOfNoTargets() {
    AuditAssessment none = AuditFixture.audit();
    assertThat(none.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    for (Format f : Format.values()) {
      String report = AuditFixture.render(f.writer(false), none, Messages.Lang.EN);
      assertThat(report).as(f.name()).endsWith("\n");
    }
  }
}
