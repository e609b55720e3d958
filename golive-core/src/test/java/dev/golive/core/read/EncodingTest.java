package dev.golive.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.model.Repair;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same checklist, stored every way files reach us, reads the same: same items at the same
 * lines, same words, and the encoding and any repair reported.
 */
class EncodingTest {
  private static final String RUSSIAN =
      "# Чек-лист запуска ✅\n\n## Безопасность — критично\n\n- [x] Пароли сменены\n"
          + "- [ ] Резервные копии проверены\n- ✅ Сертификат установлен\n";
  private static final String RUSSIAN_PLAIN =
      "# Чек-лист запуска\n\n## Безопасность — критично\n\n- [x] Пароли сменены\n"
          + "- [ ] Резервные копии проверены\n- [ ] Мониторинг включён\n";
  private static final String FRENCH =
      "# Liste de mise en production\n\n## Sécurité — critique\n\n- [x] Clés régénérées\n"
          + "- [ ] Sauvegardes vérifiées à froid\n- [ ] Pare-feu configuré\n";

  @Test
  void utf8WithAndWithoutBom() {
    Checklist plain = read(RUSSIAN.getBytes(StandardCharsets.UTF_8));
    Checklist bom =
        read(
            concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                RUSSIAN.getBytes(StandardCharsets.UTF_8)));
    assertThat(plain.encoding()).isEqualTo("utf-8");
    assertThat(bom.encoding()).isEqualTo("utf-8-bom");
    assertSame(plain, bom);
    assertThat(plain.repair()).isNull();
    assertThat(texts(plain))
        .containsExactly("Пароли сменены", "Резервные копии проверены", "Сертификат установлен");
  }

  @Test
  void utf16WithBom() {
    Checklist reference = read(RUSSIAN.getBytes(StandardCharsets.UTF_8));
    Checklist le =
        read(
            concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                RUSSIAN.getBytes(StandardCharsets.UTF_16LE)));
    Checklist be =
        read(
            concat(
                new byte[] {(byte) 0xFE, (byte) 0xFF},
                RUSSIAN.getBytes(StandardCharsets.UTF_16BE)));
    assertThat(le.encoding()).isEqualTo("utf-16le");
    assertThat(be.encoding()).isEqualTo("utf-16be");
    assertSame(reference, le);
    assertSame(reference, be);
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() {
    Checklist reference = read(RUSSIAN.getBytes(StandardCharsets.UTF_8));
    Checklist le = read(RUSSIAN.getBytes(StandardCharsets.UTF_16LE));
    Checklist be = read(RUSSIAN.getBytes(StandardCharsets.UTF_16BE));
    assertThat(le.encoding()).isEqualTo("utf-16le");
    assertThat(be.encoding()).isEqualTo("utf-16be");
    assertSame(reference, le);
    assertSame(reference, be);
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1251", "koi8-r"})
  void legacyCyrillicCodePages(String charset) {
    Checklist c = read(RUSSIAN_PLAIN.getBytes(Charset.forName(charset)));
    assertThat(c.encoding()).isEqualTo(charset);
    assertSame(read(RUSSIAN_PLAIN.getBytes(StandardCharsets.UTF_8)), c);
  }

  @Test
  void legacyWesternCodePage() {
    Checklist c = read(FRENCH.getBytes(Charset.forName("windows-1252")));
    assertThat(c.encoding()).isEqualTo("windows-1252");
    assertThat(texts(c))
        .containsExactly("Clés régénérées", "Sauvegardes vérifiées à froid", "Pare-feu configuré");
  }

  @ParameterizedTest
  @CsvSource({
    "windows-1254, '## Güvenlik (KRİTİK)\n\n- [ ] Yedekler alınıyor ve şifreler değişti\n- [x] Ağ kuralları İncelendi\n'",
    "windows-1250, '## Bezpieczeństwo\n\n- [ ] Kopie zapasowe są sprawdzone\n- [x] Hasła zmienione, żadnych błędów\n'",
    "windows-1252, '## Sicherheit\n\n- [ ] Schlüssel geändert, Größe geprüft\n- [x] Übersicht für das Team\n'"
  })
  void legacyLatinCodePages(String charset, String text) {
    Checklist c = read(text.getBytes(Charset.forName(charset)));
    assertThat(c.encoding()).isEqualTo(charset);
    assertSame(ChecklistReader.readText("checklist.md", text), c);
  }

  @Test
  void crlfKeepsLineNumbers() {
    Checklist lf = read(RUSSIAN.getBytes(StandardCharsets.UTF_8));
    Checklist crlf = read(RUSSIAN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    Checklist cr = read(RUSSIAN.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    assertSame(lf, crlf);
    assertSame(lf, cr);
  }

  @Test
  void macRomanMojibakeIsRepairedAndReported() {
    Checklist broken = read(mojibake(RUSSIAN, "x-MacRoman"));
    assertThat(new String(mojibake(RUSSIAN, "x-MacRoman"), StandardCharsets.UTF_8)).contains("‚úÖ");
    assertThat(broken.repair()).isEqualTo(Repair.MAC_ROMAN);
    assertThat(broken.title()).isEqualTo("Чек-лист запуска ✅");
    assertSame(read(RUSSIAN.getBytes(StandardCharsets.UTF_8)), broken);
  }

  @Test
  void windows1252MojibakeIncludingItsUndefinedBytesIsRepaired() {
    // "с" is D1 81 in UTF-8, and 0x81 is one of the five bytes Windows-1252 leaves undefined.
    String text = RUSSIAN + "- [ ] Доступ к серверу ограничен: ÁÍÏÐÝ\n";
    Checklist broken = read(mojibake(text, "windows-1252"));
    assertThat(broken.repair()).isEqualTo(Repair.WINDOWS_1252);
    assertThat(texts(broken))
        .contains("Резервные копии проверены", "Доступ к серверу ограничен: ÁÍÏÐÝ");
    assertThat(broken.title()).isEqualTo("Чек-лист запуска ✅");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-MacRoman", "windows-1252"})
  void emojiWithVariationSelectorsAndKeycapsSurviveTheRepair(String charset) {
    String text =
        "# Запуск\n\n- ✔️ Сертификат продлён\n- ⚠️ Логи не собираются\n- [ ] 1️⃣ Первый шаг\n";
    Checklist broken = read(mojibake(text, charset));
    assertThat(broken.repair())
        .isEqualTo(charset.equals("x-MacRoman") ? Repair.MAC_ROMAN : Repair.WINDOWS_1252);
    assertThat(Fixtures.rows(broken))
        .containsExactly("3 1 done symbol", "4 1 open emoji", "5 1 open task");
    assertThat(texts(broken))
        .containsExactly("Сертификат продлён", "Логи не собираются", "1️⃣ Первый шаг");
  }

  @Test
  void mojibakeTwiceIsRepairedTwice() {
    String once = new String(mojibake(RUSSIAN, "windows-1252"), StandardCharsets.UTF_8);
    Checklist broken = read(mojibake(once, "windows-1252"));
    assertThat(broken.title()).isEqualTo("Чек-лист запуска ✅");
    assertThat(broken.repair()).isEqualTo(Repair.WINDOWS_1252);
  }

  @Test
  void correctTextBesideBrokenTextIsLeftAlone() {
    String mixed = "# Status ✅ and â€” dash\n\n- [x] Café menu — done ✅\n- [ ] Naïve test âœ…\n";
    Checklist c = read(mixed.getBytes(StandardCharsets.UTF_8));
    assertThat(c.title()).isEqualTo("Status ✅ and — dash");
    assertThat(texts(c)).containsExactly("Café menu — done ✅", "Naïve test ✅");
  }

  @Test
  void accentedTextIsNotMistakenForMojibake() {
    String text =
        "# Déploiement\n\n- [ ] Vérifier l’accès à la base — données\n- [x] Ünïcödé naïveté Œuvre\n";
    Checklist c = read(text.getBytes(StandardCharsets.UTF_8));
    assertThat(c.repair()).isNull();
    assertThat(texts(c))
        .containsExactly("Vérifier l’accès à la base — données", "Ünïcödé naïveté Œuvre");
  }

  @Test
  void emptyAndBinaryFilesAreRefusedWithAReason() {
    assertThatThrownBy(() -> read(new byte[0]))
        .isInstanceOf(GoliveException.class)
        .hasMessage("the file is empty");
    assertThatThrownBy(() -> read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
        .isInstanceOf(GoliveException.class)
        .hasMessageContaining("binary file");
    byte[] controls = new byte[400];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertThatThrownBy(() -> read(controls)).hasMessageContaining("binary file");
  }

  /** UTF-8 bytes once decoded with {@code charset} and saved again as UTF-8. */
  static byte[] mojibake(String text, String charset) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder wrong = new StringBuilder();
    Charset cs = Charset.forName(charset);
    for (byte b : utf8) {
      String c = new String(new byte[] {b}, cs);
      // bytes the code page leaves undefined come through as the C1 control of the same number
      wrong.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
    }
    return wrong.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Checklist read(byte[] bytes) {
    return ChecklistReader.read("checklist.md", bytes);
  }

  private static void assertSame(Checklist expected, Checklist actual) {
    assertThat(Fixtures.rows(actual)).isEqualTo(Fixtures.rows(expected));
    assertThat(texts(actual)).isEqualTo(texts(expected));
    assertThat(actual.items())
        .extracting(Item::id)
        .isEqualTo(expected.items().stream().map(Item::id).toList());
  }

  private static List<String> texts(Checklist c) {
    return c.items().stream().map(Item::text).toList();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
