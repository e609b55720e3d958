package dev.golive.checks.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpolationTest {
  private static final Interpolation ENV =
      new Interpolation(Map.of("TAG", "1.4", "EMPTY", "", "HOST", "db"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "app:$TAG                 | app:1.4",
        "app:${TAG}               | app:1.4",
        "app:${MISSING:-2.0}      | app:2.0",
        "app:${EMPTY:-2.0}        | app:2.0",
        "app:${EMPTY-2.0}         | app:",
        "app:${MISSING-2.0}       | app:2.0",
        "${TAG:+set}              | set",
        "${MISSING:+set}          | ''",
        "${MISSING:?must be set}  | ''",
        "$${TAG}                  | ${TAG}",
        "cost: 5$                 | cost: 5$",
        "${MISSING:-${HOST}}:5432 | db:5432",
      })
  void fillsVariablesAsComposeDoes(String raw, String expected) {
    assertThat(ENV.apply(raw)).isEqualTo(expected);
  }

  @Test
  void tellsReferencesFromWrittenValues() {
    assertThat(Interpolation.references("${A:-x}$B")).hasSize(2);
    assertThat(Interpolation.references("${PW:-changeme}").getFirst().hasLiteral()).isTrue();
    assertThat(Interpolation.references("${PW:?set PW}").getFirst().hasLiteral()).isFalse();
    assertThat(Interpolation.references("${PW:-}").getFirst().hasLiteral()).isFalse();
    assertThat(Interpolation.literalPart("postgres://app:${PW}@db/app"))
        .isEqualTo("postgres://app:@db/app");
  }

  @Test
  void readsDotenvFiles() {
    Map<String, String> v =
        Interpolation.dotenv(
            """
            # database
            POSTGRES_DB=shop
            export TAG="1.2.3"
            QUOTED='a # b'
            COMMENTED=value # note
            EMPTY=
            not a variable
            """);
    assertThat(v)
        .containsEntry("POSTGRES_DB", "shop")
        .containsEntry("TAG", "1.2.3")
        .containsEntry("QUOTED", "a # b")
        .containsEntry("COMMENTED", "value")
        .containsEntry("EMPTY", "")
        .hasSize(5);
  }
}
