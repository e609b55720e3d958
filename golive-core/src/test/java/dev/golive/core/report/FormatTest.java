package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.score.Assessment;
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
}
