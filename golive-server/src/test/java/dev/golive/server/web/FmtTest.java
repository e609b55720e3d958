package dev.golive.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.store.ServerAccess.TrendPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the templates print: sparklines and evidence. */
class FmtTest {
  private static TrendPoint point(Double score) {
    return new TrendPoint(1, Instant.EPOCH, score, "GO");
  }

  @Test
  void aSparklineDrawsTheScoresWithADotOnTheLastAndSkipsAuditsWithoutOne() {
    assertThat(Fmt.sparkline(List.of(point(100.0), point(50.0), point(null), point(0.0))))
        .isEqualTo(
            "<svg class=\"spark\" viewBox=\"0 0 120 28\" width=\"120\" height=\"28\" role=\"img\""
                + " aria-hidden=\"true\"><polyline fill=\"none\" stroke=\"currentColor\""
                + " stroke-width=\"2\" points=\"3.0,3.0 60.0,14.0 117.0,25.0\"/><circle"
                + " cx=\"117.0\" cy=\"25.0\" r=\"2.5\" fill=\"currentColor\"/></svg>");
    assertThat(Fmt.sparkline(List.of(point(87.5), point(33.3))))
        .contains("points=\"3.0,5.8 117.0,17.7\"")
        .contains("cx=\"117.0\" cy=\"17.7\"");
    assertThat(Fmt.sparkline(List.of(point(null)))).doesNotContain("<polyline").endsWith("</svg>");
  }

  @ParameterizedTest
  @CsvSource({"0, 0.0", "0.04, 0.0", "0.05, 0.1", "5.75, 5.8", "17.674, 17.7", "117, 117.0"})
  void coordinatesHaveOneDecimalRoundedHalfUp(double v, String written) {
    assertThat(Fmt.tenths(new StringBuilder(), v).toString()).isEqualTo(written);
  }

  @Test
  void evidenceIsIndentedJson() {
    assertThat(Fmt.json(Map.of("status", 200)).lines())
        .containsExactly("{", "  \"status\" : 200", "}");
  }
}
