package dev.golive.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void theThreeBundlesHaveTheSameKeysAndNoEmptyText() {
    Map<String, String> en = Messages.bundle("en");
    assertThat(en).isNotEmpty();
    for (String lang : Messages.LANGUAGES) {
      Map<String, String> b = Messages.bundle(lang);
      assertThat(b.keySet()).as(lang).isEqualTo(en.keySet());
      assertThat(b.values()).as(lang).allSatisfy(v -> assertThat(v).isNotBlank());
      // the placeholders of each text are those of its English text
      b.forEach(
          (k, v) ->
              assertThat(placeholders(v)).as(lang + " " + k).isEqualTo(placeholders(en.get(k))));
    }
  }

  @Test
  void theLanguageOfAcceptLanguage() {
    assertThat(Messages.fromAcceptLanguage("ru-RU,ru;q=0.9")).isEqualTo("ru");
    assertThat(Messages.fromAcceptLanguage("de, uz;q=0.5")).isEqualTo("uz");
    assertThat(Messages.fromAcceptLanguage("de")).isNull();
    assertThat(Messages.fromAcceptLanguage("not a ;; header")).isNull();
    assertThat(Messages.load().texts("xx").lang()).isEqualTo("en");
  }

  private static java.util.Set<String> placeholders(String s) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
