package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static Properties load(Messages.Lang lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Messages.class.getResourceAsStream("messages_" + lang.code() + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyLanguageHasEveryKey() throws IOException {
    Properties en = load(Messages.Lang.EN);
    for (Messages.Lang lang : Messages.Lang.values()) {
      assertThat(load(lang).stringPropertyNames())
          .as(lang.code())
          .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }
  }

  @Test
  void everyOutcomeAndRuleHasItsWords() {
    Messages m = Messages.of(Messages.Lang.EN);
    for (Reports.Outcome o : Reports.Outcome.values()) {
      assertThat(o.text(m)).isNotBlank();
    }
    for (SarifReport.Rule r : SarifReport.Rule.values()) {
      assertThat(m.get(r.key())).isNotBlank();
      assertThat(m.get(r.key() + ".help")).isNotBlank();
    }
  }

  @Test
  void uzbekUsesModifierLettersNotApostrophes() throws IOException {
    // MessageFormat reads an ASCII apostrophe as a quote and would drop it
    Properties uz = load(Messages.Lang.UZ);
    for (String key : uz.stringPropertyNames()) {
      assertThat(uz.getProperty(key)).as(key).doesNotContain("'", "`", "‘", "’");
    }
  }
}
