package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.report.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every event in English, Uzbek and Russian, and the bundles kept in step. */
class WordsTest {
  private static Message render(Messages.Lang lang, Event e) {
    return Words.of(lang).render(e, false);
  }

  @Test
  void english() {
    Message m = render(Messages.Lang.EN, Samples.regression());
    assertThat(m.title()).isEqualTo("shop: an item that was verified now fails");
    assertThat(m.plain())
        .isEqualTo(
            """
            shop: an item that was verified now fails

            “HSTS is enabled <max-age> & preload” was verified by the previous audit and is \
            contradicted now.

            Project: shop
            Item: HSTS is enabled <max-age> & preload
            Section: Security / TLS
            Check: http.hsts
            Finding: https://shop.test/ sends max-age=300, below 31536000
            Audit: a-1043
            """);
    assertThat(render(Messages.Lang.EN, Samples.certificate(1)).title())
        .isEqualTo("shop: the certificate of shop.test expires in 1 day");
    assertThat(render(Messages.Lang.EN, Samples.certificate(0)).title())
        .isEqualTo("shop: the certificate of shop.test expires today");
    assertThat(render(Messages.Lang.EN, Samples.waiver(-2)).summary())
        .isEqualTo("The waiver held until 2026-03-01; the item now counts with its real state.");
  }

  @Test
  void uzbek() {
    assertThat(render(Messages.Lang.UZ, Samples.verdictChanged()).summary())
        .isEqualTo("shop loyihasining xulosasi oʻzgardi: GO edi, endi NO-GO.");
    assertThat(render(Messages.Lang.UZ, Samples.contradiction()).title())
        .isEqualTo("shop: belgilangan band rad etildi");
    assertThat(render(Messages.Lang.UZ, Samples.regression()).title())
        .isEqualTo("shop: avval tasdiqlangan band endi oʻtmayapti");
    Message cert = render(Messages.Lang.UZ, Samples.certificate(7));
    assertThat(cert.title())
        .isEqualTo("shop: shop.test sertifikatining muddati 7 kundan keyin tugaydi");
    assertThat(cert.summary())
        .isEqualTo("shop.test TLS sertifikati 2026-03-01 12:00 UTC gacha amal qiladi.");
    assertThat(cert.facts())
        .extracting(Message.Fact::label)
        .containsExactly("Loyiha", "Xost", "Amal qilish muddati", "Qolgan kunlar");
    assertThat(render(Messages.Lang.UZ, Samples.waiver(-1)).title())
        .isEqualTo("shop: «Backups are restored monthly» uchun istisno tugadi");
    assertThat(render(Messages.Lang.UZ, Samples.verdictChanged()).linkText())
        .isEqualTo("golive’da ochish");
  }

  @Test
  void russian() {
    assertThat(render(Messages.Lang.RU, Samples.verdictChanged()).summary())
        .isEqualTo("Вердикт проекта shop изменился: было GO, стало NO-GO.");
    assertThat(render(Messages.Lang.RU, Samples.regression()).summary())
        .isEqualTo(
            "«HSTS is enabled <max-age> & preload» был подтверждён предыдущим аудитом, а теперь"
                + " опровергнут.");
    Message waiver = render(Messages.Lang.RU, Samples.waiver(3));
    assertThat(waiver.title())
        .isEqualTo("shop: исключение для «Backups are restored monthly» заканчивается через 3 дня");
    assertThat(waiver.facts())
        .extracting(f -> f.label() + ": " + f.value())
        .containsExactly(
            "Проект: shop",
            "Пункт: Backups are restored monthly",
            "Раздел: Database",
            "Ответственный: dilnoza",
            "Причина: the restore drill moves to Q2",
            "До: 2026-03-01");
    assertThat(
            new Event.VerdictChanged(
                "shop",
                dev.golive.core.score.Verdict.NO_GO,
                dev.golive.core.score.Verdict.INCONCLUSIVE,
                "a",
                null))
        .extracting(e -> render(Messages.Lang.RU, e).title())
        .isEqualTo("shop: NO-GO → НЕ ОПРЕДЕЛЕНО");
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1 день",
    "2, 2 дня",
    "4, 4 дня",
    "5, 5 дней",
    "11, 11 дней",
    "12, 12 дней",
    "14, 14 дней",
    "21, 21 день",
    "22, 22 дня",
    "25, 25 дней",
    "101, 101 день",
    "111, 111 дней"
  })
  void russianDaysAgreeWithTheirNumber(long n, String words) {
    assertThat(Words.of(Messages.Lang.RU).days(n)).isEqualTo(words);
  }

  @Test
  void aTestMessageSaysSoInItsLanguage() {
    assertThat(Words.of(Messages.Lang.UZ).render(Samples.verdictChanged(), true).note())
        .isEqualTo("Bu golive notify test yuborgan sinov xabari; hech narsa oʻzgarmagan.");
    assertThat(render(Messages.Lang.EN, Samples.verdictChanged()).note()).isNull();
  }

  @Test
  void everyLanguageHasEveryKey() throws IOException {
    Set<String> english = keys("words.properties");
    english.removeIf(k -> k.startsWith("days."));
    for (String file : new String[] {"words_uz.properties", "words_ru.properties"}) {
      Set<String> other = keys(file);
      other.removeIf(k -> k.startsWith("days."));
      assertThat(other).as(file).isEqualTo(english);
    }
  }

  private static Set<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}
