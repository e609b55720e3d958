package dev.golive.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Item;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.edit.LineEditor.Status;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edits as before and after text: the edited line, and nothing else, changes. */
class LineEditorTest {

  private static SourceDocument doc(byte[] bytes) {
    return ChecklistReader.readSource("CHECKLIST.md", bytes);
  }

  private static SourceDocument doc(String text) {
    return doc(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code before} with {@code edit} applied to its first item, as UTF-8 text. */
  private static String edit(String before, BiFunction<LineEditor, Item, LineEditor.Outcome> edit) {
    SourceDocument d = doc(before);
    LineEditor e = LineEditor.of(d);
    assertThat(edit.apply(e, d.checklist().items().getFirst()).status())
        .isNotEqualTo(Status.REFUSED);
    return new String(e.bytes(), StandardCharsets.UTF_8);
  }

  private static String bind(String before, String... specs) {
    return edit(before, (e, item) -> e.addBindings(item, List.of(specs)));
  }

  @Test
  void bindingGoesAtTheEndOfTheItemsLine() {
    assertThat(bind("# T\n\n- [x] HSTS enabled\n- [ ] next\n", "http.hsts"))
        .isEqualTo("# T\n\n- [x] HSTS enabled <!-- golive: http.hsts -->\n- [ ] next\n");
    assertThat(bind("- [x] HSTS\r\n- [ ] next\r\n", "http.hsts", "tls.expiry min-days=20"))
        .isEqualTo(
            "- [x] HSTS <!-- golive: http.hsts; tls.expiry min-days=20 -->\r\n- [ ] next\r\n");
    assertThat(bind("- [x] HSTS", "http.hsts")).isEqualTo("- [x] HSTS <!-- golive: http.hsts -->");
    assertThat(bind("- [x] HSTS\r- [ ] next\n", "http.hsts"))
        .isEqualTo("- [x] HSTS <!-- golive: http.hsts -->\r- [ ] next\n");
  }

  @Test
  void hardBreaksStayHardBreaks() {
    assertThat(bind("- [x] HSTS  \n  on every host\n", "http.hsts"))
        .isEqualTo("- [x] HSTS <!-- golive: http.hsts -->  \n  on every host\n");
    assertThat(bind("- [x] HSTS\\\n  on every host\n", "http.hsts"))
        .isEqualTo("- [x] HSTS <!-- golive: http.hsts -->\\\n  on every host\n");
    assertThat(bind("- [x] a path C:\\\\\n", "http.hsts"))
        .isEqualTo("- [x] a path C:\\\\ <!-- golive: http.hsts -->\n");
    assertThat(bind("- [x] ends in a backslash\\\n\ntext\n", "http.hsts"))
        .isEqualTo("- [x] ends in a backslash\\ <!-- golive: http.hsts -->\n\ntext\n");
    assertThat(bind("- [x] HSTS\\\n[x] C:\\\\\n", "http.hsts"))
        .isEqualTo("- [x] HSTS <!-- golive: http.hsts -->\\\n[x] C:\\\\\n");
  }

  @Test
  void tableRowsKeepTheirCells() {
    assertThat(bind("| Item | Done |\n|---|---|\n| HSTS | ✅ Done |\n", "http.hsts"))
        .isEqualTo("| Item | Done |\n|---|---|\n| HSTS | ✅ Done <!-- golive: http.hsts --> |\n");
    assertThat(bind("| [x] HSTS | |\n|---|---|\n", "http.hsts"))
        .isEqualTo("| [x] HSTS | <!-- golive: http.hsts --> |\n|---|---|\n");
    assertThat(bind("Item | Done\n---|---\nHSTS | ✅ Done\n", "http.hsts"))
        .isEqualTo("Item | Done\n---|---\nHSTS | ✅ Done <!-- golive: http.hsts -->\n");
  }

  @Test
  void aLineThatAlreadyBindsGetsOnlyNewChecksInsideItsComment() {
    assertThat(bind("- [x] HSTS <!-- golive: http.hsts -->\n", "http.hsts", "tls.expiry"))
        .isEqualTo("- [x] HSTS <!-- golive: http.hsts; tls.expiry -->\n");
    assertThat(bind("- [x] HSTS <!-- GoLive: http.hsts -->\n", "tls.expiry"))
        .isEqualTo("- [x] HSTS <!-- GoLive: http.hsts; tls.expiry -->\n");
    assertThat(bind("- [x] HSTS <!--golive:-->\n", "tls.expiry"))
        .isEqualTo("- [x] HSTS <!--golive: tls.expiry-->\n");
    SourceDocument d = doc("- [x] HSTS <!-- golive: http.hsts min-max-age=1 --> trailing\n");
    LineEditor e = LineEditor.of(d);
    assertThat(e.addBindings(d.checklist().items().getFirst(), List.of("http.hsts")).status())
        .isEqualTo(Status.UNCHANGED);
    assertThat(e.changed()).isFalse();
  }

  @Test
  void refusesWhereACommentWouldBeSwallowed() {
    for (String text :
        List.of("- [x] run `npm\n  start` first\n", "- [x] HSTS <!-- note\n  more -->\n")) {
      SourceDocument d = doc(text);
      LineEditor e = LineEditor.of(d);
      LineEditor.Outcome o = e.addBindings(d.checklist().items().getFirst(), List.of("http.hsts"));
      assertThat(o.status()).isEqualTo(Status.REFUSED);
      assertThat(o.message()).contains("golive.yaml");
      assertThat(e.bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(bind("- [x] run `npm start` and ``a ` b``\n", "http.status"))
        .isEqualTo("- [x] run `npm start` and ``a ` b`` <!-- golive: http.status -->\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "- [ ] a      | true  | - [x] a",
        "* [X] a      | false | * [ ] a",
        "- [x] a      | false | - [ ] a",
        "1) [ ] a     | true  | 1) [x] a",
        "> - [ ] a    | true  | > - [x] a",
        "- [~] a      | true  | - [x] a",
        "- [/] a      | false | - [/] a",
        "- [] a       | true  | - [x] a",
        "- [ ] a      | false | - [ ] a",
        "[ ] a        | true  | [x] a",
        "- ☐ a        | true  | - ☑ a",
        "- ☑ a        | false | - ☐ a",
        "☒ a          | true  | ☑ a",
      })
  void boxesTurnOnTheirMarkerLine(String before, boolean done, String after) {
    String text = "# T\n\n" + before.strip() + "\n  more words\n";
    assertThat(edit(text, (e, item) -> e.setBox(item, done)))
        .isEqualTo("# T\n\n" + after.strip() + "\n  more words\n");
  }

  @Test
  void boxesInTableCells() {
    assertThat(edit("| [ ] HSTS | note |\n|---|---|\n", (e, i) -> e.setBox(i, true)))
        .isEqualTo("| [x] HSTS | note |\n|---|---|\n");
    assertThat(edit("| Item | Done |\n|---|---|\n| HSTS | [x] |\n", (e, i) -> e.setBox(i, false)))
        .isEqualTo("| Item | Done |\n|---|---|\n| HSTS | [ ] |\n");
  }

  @Test
  void refusesStatesWrittenOtherwise() {
    for (String text :
        List.of("- ✅ HSTS\n", "| Item | Status |\n|---|---|\n| HSTS | Done |\n", "- [-] HSTS\n")) {
      SourceDocument d = doc(text);
      LineEditor e = LineEditor.of(d);
      assertThat(e.setBox(d.checklist().items().getFirst(), true).status())
          .as(text)
          .isEqualTo(Status.REFUSED);
      assertThat(e.changed()).isFalse();
    }
  }

  @Test
  void stampsAreWrittenAndRefreshed() {
    String once = edit("- [x] HSTS\n", (e, item) -> e.stamp(item, "verified", "2025-06-01"));
    assertThat(once).isEqualTo("- [x] HSTS <!-- golive-verified: 2025-06-01 -->\n");
    assertThat(edit(once, (e, item) -> e.stamp(item, "verified", "2025-07-01")))
        .isEqualTo("- [x] HSTS <!-- golive-verified: 2025-07-01 -->\n");
    String both =
        edit(
            "- [ ] HSTS <!-- golive: http.hsts -->\n",
            (e, item) -> {
              e.setBox(item, true);
              return e.stamp(item, "verified", "2025-06-01");
            });
    assertThat(both)
        .isEqualTo("- [x] HSTS <!-- golive: http.hsts --> <!-- golive-verified: 2025-06-01 -->\n");
    SourceDocument d = doc(both);
    assertThat(d.checklist().items().getFirst().text()).isEqualTo("HSTS");
  }

  @Test
  void otherEncodingsGetTheCommentInTheirOwnBytes() {
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      String text = "\uFEFF- [x] Сертификат\r\n- [ ] ещё\r\n";
      SourceDocument d = doc(text.getBytes(cs));
      LineEditor e = LineEditor.of(d);
      e.addBindings(d.checklist().items().getFirst(), List.of("tls.certificate"));
      e.setBox(d.checklist().items().get(1), true);
      assertThat(new String(e.bytes(), cs))
          .isEqualTo("\uFEFF- [x] Сертификат <!-- golive: tls.certificate -->\r\n- [x] ещё\r\n");
    }
    Charset cp1251 = Charset.forName("windows-1251");
    String text = "# Чеклист\n\n- [x] Сертификат действителен\n- [ ] Резервные копии\n";
    SourceDocument d = doc(text.getBytes(cp1251));
    assertThat(d.checklist().encoding()).isEqualTo("windows-1251");
    LineEditor e = LineEditor.of(d);
    e.addBindings(d.checklist().items().getFirst(), List.of("tls.certificate"));
    assertThat(e.bytes())
        .isEqualTo(
            text.replace("действителен", "действителен <!-- golive: tls.certificate -->")
                .getBytes(cp1251));
    assertThat(e.changes())
        .containsExactly(
            new LineEditor.Change(
                3,
                "- [x] Сертификат действителен",
                "- [x] Сертификат действителен <!-- golive: tls.certificate -->"));
  }

  @Test
  void mojibakeStaysBrokenAroundWhatIsAdded() {
    String real = "- [ ] ✅ HSTS — on\n- ☑ other\n";
    byte[] broken =
        new String(real.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"))
            .getBytes(StandardCharsets.UTF_8);
    SourceDocument d = doc(broken);
    assertThat(d.checklist().repair()).isNotNull();
    LineEditor e = LineEditor.of(d);
    assertThat(e.setBox(d.checklist().items().getFirst(), true).status()).isEqualTo(Status.CHANGED);
    assertThat(e.addBindings(d.checklist().items().getFirst(), List.of("http.hsts")).status())
        .isEqualTo(Status.CHANGED);
    assertThat(e.setBox(d.checklist().items().get(1), false).status()).isEqualTo(Status.REFUSED);
    String brokenText = new String(broken, StandardCharsets.UTF_8);
    String expected =
        brokenText
            .replaceFirst("- \\[ \\]", "- [x]")
            .replace(" on\n", " on <!-- golive: http.hsts -->\n");
    assertThat(new String(e.bytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
