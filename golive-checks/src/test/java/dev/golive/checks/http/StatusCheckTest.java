package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCheckTest {
  private static final StatusCheck HOME = new StatusCheck("/", 5);

  private static StatusCheck.Chain chain(int... statuses) {
    List<StatusCheck.Hop> hops = new java.util.ArrayList<>();
    for (int s : statuses) {
      hops.add(new StatusCheck.Hop("http://shop.test/", s, s >= 300 && s < 400 ? "/" : null));
    }
    return new StatusCheck.Chain(hops);
  }

  @Test
  void judgesTheLastAnswer() {
    assertThat(HOME.evaluate(chain(200)).outcome()).isEqualTo(Outcome.PASS);
    assertThat(HOME.evaluate(chain(301, 204)).message()).contains("after 1 redirect");
    assertThat(HOME.evaluate(chain(500)).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(HOME.evaluate(chain(302, 302, 302)).message()).contains("still redirects");
  }

  @Test
  void followsRedirectsByHandAndStopsAtALoop() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", WebServer.Reply.redirect(301, "/shop"))
            .route("/shop", WebServer.Reply.html("ok"))
            .route("/a", WebServer.Reply.redirect(302, "/b"))
            .route("/b", WebServer.Reply.redirect(302, "/a"))) {
      var probe = Probes.of(site.url(), Trust.system());
      assertThat(Probes.run(HOME, probe).outcome()).isEqualTo(Outcome.PASS);
      var loop = Probes.run(new StatusCheck("/a", 5), probe);
      assertThat(loop.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(site.hits("/a")).isEqualTo(1);
    }
  }
}
