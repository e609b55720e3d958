package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SriCheckTest {
  private static final SriCheck CHECK = new SriCheck();

  /** Scripts separated by '+', each "src" or "src#sri" (integrity set) or "inline". */
  private static SriCheck.Scripts page(String url, String scripts) {
    List<SriCheck.Script> list = new ArrayList<>();
    if (!scripts.isBlank()) {
      for (String s : scripts.split("\\+")) {
        String t = s.trim();
        if (t.equals("inline")) {
          list.add(new SriCheck.Script(null, null));
        } else if (t.endsWith("#sri")) {
          list.add(new SriCheck.Script(t.substring(0, t.length() - 4), "sha384-abc"));
        } else {
          list.add(new SriCheck.Script(t, null));
        }
      }
    }
    return new SriCheck.Scripts(url, 200, "text/html", list);
  }

  @ParameterizedTest(name = "{1} on {0} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://shop.test/ | /js/app.js                                   | PASS | sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
        "https://shop.test/ | inline                                       | PASS | sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
        "https://shop.test/ | /js/app.js#sri                               | PASS | sri-implemented-and-all-scripts-loaded-securely",
        "https://shop.test/ | https://static.shop.test/app.js              | PASS | sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
        "https://shop.test/ | https://cdn.other.test/lib.js#sri            | PASS | sri-implemented-and-external-scripts-loaded-securely",
        "https://shop.test/ | /js/app.js#sri + https://cdn.other.test/lib.js#sri | PASS | sri-implemented-and-all-scripts-loaded-securely",
        "https://shop.test/ | https://cdn.other.test/lib.js                | FAIL | sri-not-implemented-but-external-scripts-loaded-securely",
        "https://shop.test/ | http://cdn.other.test/lib.js#sri             | FAIL | sri-implemented-but-external-scripts-not-loaded-securely",
        "https://shop.test/ | http://cdn.other.test/lib.js                 | FAIL | sri-not-implemented-and-external-scripts-not-loaded-securely",
        "https://shop.test/ | /js/app.js + http://cdn.other.test/lib.js    | FAIL | sri-not-implemented-and-external-scripts-not-loaded-securely",
        "https://shop.test/ | //cdn.other.test/lib.js#sri                  | PASS | sri-implemented-and-external-scripts-loaded-securely",
        "http://shop.test/  | //cdn.other.test/lib.js#sri                  | FAIL | sri-implemented-but-external-scripts-not-loaded-securely",
        "https://www.shop.co.uk/ | https://cdn.other.co.uk/lib.js          | FAIL | sri-not-implemented-but-external-scripts-loaded-securely",
        "https://www.shop.co.uk/ | https://static.shop.co.uk/lib.js        | PASS | sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
      })
  void judgesScriptsAsObservatoryDoes(String url, String scripts, Outcome outcome, String name) {
    var j = CHECK.evaluate(page(url, scripts));
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains("(" + name + ")");
  }

  @Test
  void pagesWithoutScriptsOrHtmlAreSkipped() {
    assertThat(CHECK.evaluate(page("https://shop.test/", "")).outcome()).isEqualTo(Outcome.SKIPPED);
    var json = new SriCheck.Scripts("https://shop.test/", 200, "application/json", List.of());
    assertThat(CHECK.evaluate(json).message()).contains("sri-not-implemented-response-not-html");
  }

  @Test
  void readsTheScriptsOfARealPage() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html(
                    "<script src=\"/app.js\"></script>"
                        + "<!-- <script src=\"http://evil.test/x.js\"></script> -->"
                        + "<script src=\"https://cdn.other.test/lib.js\""
                        + " integrity=\"sha384-abc\" crossorigin></script>"))) {
      var s = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(s.scripts())
          .containsExactly(
              new SriCheck.Script("/app.js", null),
              new SriCheck.Script("https://cdn.other.test/lib.js", "sha384-abc"));
      assertThat(CHECK.evaluate(s).outcome()).isEqualTo(Outcome.PASS);
    }
  }
}
