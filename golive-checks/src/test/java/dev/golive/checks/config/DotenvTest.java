package dev.golive.checks.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DotenvTest {
  private static Map<String, Dotenv.Entry> read(String text) {
    return Dotenv.parse(text, Map.of("HOME_DIR", "/home/app")).last();
  }

  private static String value(String line) {
    return read(line).get("K").value();
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "K=plain                      | plain",
        "K = spaced out               | spaced out",
        "export K=exported            | exported",
        "K=value # comment            | value",
        "K=pass#word                  | pass#word",
        "K=#only a comment            | ``",
        "K=                           | ``",
        "K='single $HOME_DIR \\n'     | single $HOME_DIR \\n",
        "K='it\\'s'                   | it's",
        "K=\"double # not a comment\" | double # not a comment",
        "K=\"say \\\"hi\\\"\"         | say \"hi\"",
        "K=\"tab\\there\"             | tab\there",
        "K=\"cost \\$5\"              | cost $5",
        "K=${HOME_DIR}/data           | /home/app/data",
        "K=\"${HOME_DIR}/data\"       | /home/app/data",
        "K=${MISSING:-fallback}       | fallback",
        "K=$HOME_DIR                  | $HOME_DIR",
        "K=${not closed               | ${not closed",
      })
  void readsValuesAsDotenvDoes(String line, String expected) {
    assertThat(value(line)).isEqualTo(expected.replace("\\t", "\t"));
  }

  @Test
  void doubleQuotedValuesMaySpanLinesAndKeepTheirLineNumber() {
    var entries =
        read("A=1\nKEY=\"-----BEGIN KEY-----\nabc\n-----END KEY-----\"\nB=\"x\\ny\"\nC=3\n");
    assertThat(entries.get("KEY").value()).isEqualTo("-----BEGIN KEY-----\nabc\n-----END KEY-----");
    assertThat(entries.get("KEY").line()).isEqualTo(2);
    assertThat(entries.get("B").value()).isEqualTo("x\ny");
    assertThat(entries.get("B").line()).isEqualTo(5);
    assertThat(entries.get("C").line()).isEqualTo(6);
  }

  @Test
  void laterLinesSeeEarlierOnesAndTheLastAssignmentCounts() {
    var parsed =
        Dotenv.parse("HOST=db\nURL=postgres://${HOST}:5432\nHOST=other\n", Map.of("HOST", "x"));
    assertThat(parsed.last().get("URL").value()).isEqualTo("postgres://db:5432");
    assertThat(parsed.last().get("HOST").value()).isEqualTo("other");
    assertThat(parsed.entries()).hasSize(3);
  }

  @Test
  void unsetReferencesBecomeEmptyAndAreNamed() {
    var e = read("K=${VAULT_KEY}\n").get("K");
    assertThat(e.value()).isEmpty();
    assertThat(e.unresolved()).containsExactly("VAULT_KEY");
  }

  @Test
  void crlfFilesAndAByteOrderMarkReadTheSame() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] body = "DEBUG=False\r\nSECRET=\"a\r\nb\"\r\nX=1\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    var entries = Dotenv.parse(Dotenv.decode(all), Map.of()).last();
    assertThat(entries.keySet()).containsExactly("DEBUG", "SECRET", "X");
    assertThat(entries.get("DEBUG").value()).isEqualTo("False");
    assertThat(entries.get("SECRET").value()).isEqualTo("a\nb");
    assertThat(entries.get("X").line()).isEqualTo(4);
  }

  @Test
  void utf16WithAByteOrderMarkAndLatin1AreDecoded() {
    byte[] utf16 = "\uFEFFA=ä\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(Dotenv.decode(utf16)).isEqualTo("A=ä\n");
    byte[] latin1 = "A=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Dotenv.decode(latin1)).isEqualTo("A=café\n");
  }

  @Test
  void badLinesAreReportedByNumberWithoutTheirText() {
    var parsed =
        Dotenv.parse(
            "# comment\nGOOD=1\nthis is not an assignment s3cret\nQ=\"open\nNEXT=2\n", Map.of());
    assertThat(parsed.last().keySet()).containsExactly("GOOD");
    assertThat(parsed.problems())
        .containsExactly("line 3 is not NAME=value", "line 4: the double quote is never closed");
    assertThat(String.join(" ", parsed.problems())).doesNotContain("s3cret");
  }

  @Test
  void aNameWithoutValueIsLeftUnset() {
    assertThat(read("JUST_A_NAME\nK=1\n").keySet()).containsExactly("K");
    assertThat(List.copyOf(read("K='a' # note\n").values()).getFirst().value()).isEqualTo("a");
  }
}
