package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.checks.Trust;
import dev.golive.notify.Delivery;
import dev.golive.server.auth.Role;
import dev.golive.server.schedule.Background;
import dev.golive.store.AuditSummary;
import dev.golive.store.StoreUrl;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a project's channels are told after audits run through the API, of waivers and certificates
 * about to expire, and again after a delivery failed: each event once.
 */
class NotificationTest {
  @TempDir Path dir;

  private TestServer server(ServerConfig config) {
    return TestServer.withBackground(
        StoreUrl.parse(dir.resolve("golive.db").toString()),
        config,
        Background.none().withEnvironment(Receivers.ENV));
  }

  private static String create(
      TestServer t, TestServer.Client editor, WebServer site, String config) {
    Map<String, Object> body = ScheduleTest.project("Shop", site, null);
    body.put("config", config);
    HttpResponse<String> r = editor.json("POST", "/api/v1/projects", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return TestServer.json(r).path("slug").asText();
  }

  private static long audit(TestServer.Client editor, String slug, String verdict) {
    JsonNode run = Projects.audit(editor, slug);
    assertThat(run.path("state").asText()).as(run.toString()).isEqualTo("done");
    long id = run.path("audit").asLong();
    assertThat(TestServer.json(editor.get("/api/v1/audits/" + id)).path("verdict").asText())
        .isEqualTo(verdict);
    return id;
  }

  @Test
  void eachChangeIsToldOnceAndAnAuditThatChangesNothingTellsNothing() {
    try (WebServer site = ScheduleTest.site();
        Receivers receivers = new Receivers();
        TestServer t = server(ServerConfig.local(0))) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      String slug = create(t, editor, site, receivers.config("all", 0));

      // the first audit: the refuted tick is a new contradiction
      audit(editor, slug, "NO-GO");
      Waiting.until("the contradiction told", Duration.ofSeconds(30), () -> hooks(receivers) >= 1);
      ScheduleTest.fix(site);
      audit(editor, slug, "GO");
      Waiting.until("the verdict change told", Duration.ofSeconds(30), () -> hooks(receivers) >= 2);
      audit(editor, slug, "GO");
      // the site allows frames again: the verified tick regressed
      site.route(
          "/", WebServer.Reply.html("<p>shop</p>").header("X-Content-Type-Options", "nosniff"));
      long regressed = audit(editor, slug, "NO-GO");
      Waiting.until("the regression told", Duration.ofSeconds(30), () -> hooks(receivers) >= 4);
      audit(editor, slug, "NO-GO");

      // another server finding the same events sends none of them again
      AuditSummary summary = t.store.audit(regressed).summary();
      List<Delivery> again = t.server.notifier().afterAudit(summary);
      assertThat(again)
          .hasSize(4)
          .allSatisfy(d -> assertThat(d.status()).isEqualTo(Delivery.Status.SKIPPED));
      t.server.close();

      assertThat(receivers.hookEvents())
          .containsExactlyInAnyOrder(
              "new-contradiction Frames are denied",
              "verdict-changed NO-GO→GO",
              "verdict-changed GO→NO-GO",
              "regression Frames are denied");
      assertThat(receivers.hooks).allSatisfy(h -> assertThat(h.signed()).isTrue());
      assertThat(receivers.hooks.stream().map(h -> h.headers().get("x-golive-delivery")))
          .doesNotHaveDuplicates();
      assertThat(receivers.telegrams).hasSize(4);
      JsonNode regression =
          receivers.hooks.stream()
              .map(Receivers.Request::json)
              .filter(j -> j.path("event").asText().equals("regression"))
              .findFirst()
              .orElseThrow();
      assertThat(regression.path("check").asText()).isEqualTo("http.frame-options");
      assertThat(regression.path("auditId").asText()).isEqualTo(Long.toString(regressed));
      assertThat(regression.path("section").asText()).isEqualTo("Shop launch");
    }
  }

  @Test
  void aDeliveryThatFailedIsSentByTheNextRetryAndOnlyOnce() {
    try (WebServer site = ScheduleTest.site();
        Receivers receivers = new Receivers();
        TestServer t = server(ServerConfig.local(0))) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      String slug = create(t, editor, site, receivers.config("[new-contradiction]", 0));
      // both tries of the webhook fail; Telegram takes its message
      receivers.refuse.set(2);
      audit(editor, slug, "NO-GO");
      Waiting.until(
          "the webhook's delivery recorded as failed",
          Duration.ofSeconds(30),
          () -> ledger(t).contains("hook failed"));
      assertThat(receivers.hooks).isEmpty();

      List<Delivery> retried = t.server.notifier().retryFailed();
      assertThat(retried).extracting(Delivery::status).containsExactly(Delivery.Status.SENT);
      assertThat(t.server.notifier().retryFailed()).isEmpty();
      assertThat(receivers.hookEvents()).containsExactly("new-contradiction Frames are denied");
      assertThat(receivers.telegrams).hasSize(1);
      assertThat(ledger(t)).containsExactly("hook sent", "tg sent");
    }
  }

  @Test
  void aCertificateAboutToExpireIsToldOnceForItsStage() throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    Certificates.Issued cert =
        ca.issue(Certificates.Spec.valid("127.0.0.1").validFor(Duration.ofDays(10)));
    ServerConfig config =
        ServerConfig.local(0).withAuditTrust(Trust.withCaFile(ca.writePem(dir.resolve("ca.pem"))));
    try (WebServer site = WebServer.https(cert).route("/", WebServer.Reply.html("<p>shop</p>"));
        Receivers receivers = new Receivers();
        TestServer t = server(config)) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      Map<String, Object> body = ScheduleTest.project("Shop", site, null);
      body.put(
          "checklist",
          Map.of(
              "name",
              "CHECKLIST.md",
              "markdown",
              "# Shop\n- [x] The certificate has a month left <!-- golive: tls.expiry -->\n"));
      body.put("config", receivers.config("[certificate-expiring]", 0));
      HttpResponse<String> made = editor.json("POST", "/api/v1/projects", body);
      assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
      String slug = TestServer.json(made).path("slug").asText();

      audit(editor, slug, "NO-GO");
      audit(editor, slug, "NO-GO");
      t.server.close();

      assertThat(receivers.hookEvents()).containsExactly("certificate-expiring 127.0.0.1");
      JsonNode e = receivers.hooks.getFirst().json();
      assertThat(e.path("daysLeft").asLong()).isBetween(9L, 10L);
      assertThat(e.path("key").asText())
          .startsWith("certificate-expiring/Shop/127.0.0.1/")
          .endsWith("/d14");
      assertThat(receivers.telegrams).hasSize(1);
    }
  }

  @Test
  void aWaiverEndingSoonIsToldOnce() {
    try (WebServer site = ScheduleTest.site();
        Receivers receivers = new Receivers();
        TestServer t = server(ServerConfig.local(0))) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      String slug = create(t, editor, site, receivers.config("[waiver-expiring]", 0));
      long id = audit(editor, slug, "NO-GO");
      String item =
          AuditFlowTest.find(
                  TestServer.json(editor.get("/api/v1/audits/" + id)), "Frames are denied")
              .path("id")
              .asText();
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      for (int days : new int[] {5, 40}) {
        HttpResponse<String> w =
            editor.json(
                "POST",
                "/api/v1/projects/" + slug + "/waivers",
                Map.of(
                    "item",
                    item,
                    "reason",
                    "the CDN adds it",
                    "owner",
                    "ops",
                    "until",
                    today.plusDays(days).toString()));
        assertThat(w.statusCode()).as(w.body()).isEqualTo(201);
      }

      // the chore, as two servers would run it
      assertThat(t.server.notifier().waivers())
          .extracting(Delivery::status)
          .containsOnly(Delivery.Status.SENT);
      assertThat(t.server.notifier().waivers())
          .extracting(Delivery::status)
          .containsOnly(Delivery.Status.SKIPPED);

      assertThat(receivers.hookEvents()).containsExactly("waiver-expiring Frames are denied");
      JsonNode e = receivers.hooks.getFirst().json();
      assertThat(e.path("daysLeft").asLong()).isEqualTo(5);
      assertThat(e.path("until").asText()).isEqualTo(today.plusDays(5).toString());
      assertThat(e.path("owner").asText()).isEqualTo("ops");
    }
  }

  @Test
  void aNotifyBlockIsCheckedWhenTheProjectIsSaved() {
    try (WebServer site = ScheduleTest.site();
        TestServer t = TestServer.sqlite(dir)) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      Map<String, Object> body = ScheduleTest.project("Shop", site, null);
      body.put(
          "config",
          """
          targets:
            api:
              database: postgres://app:${GOLIVE_NOTIFY_HOOK_SECRET}@db/app
          notify:
            channels:
              hook:
                type: webhook
                url: https://hooks.example.com/${GOLIVE_DB_PASSWORD}
                secret: written-out
              tg:
                type: telegram
                token: ${GOLIVE_NOTIFY_TG_TOKEN}
          """);
      HttpResponse<String> r = editor.json("POST", "/api/v1/projects", body);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      assertThat(TestServer.json(r).path("problems"))
          .extracting(JsonNode::asText)
          .containsExactlyInAnyOrder(
              "config: notify.channels.hook.secret: write it as ${NAME} and set that environment"
                  + " variable: a secret does not belong in the file",
              "config: notify.channels.tg: 'chat' is missing: the chat's id, as"
                  + " \"-1001234567890\", or a channel's @name",
              "config: notify reads ${GOLIVE_DB_PASSWORD}: on the server notifications read only"
                  + " variables named GOLIVE_NOTIFY_*",
              "config reads ${GOLIVE_DB_PASSWORD}: on the server a project reads only variables"
                  + " named GOLIVE_TARGET_*",
              "config reads ${GOLIVE_NOTIFY_HOOK_SECRET} outside notify: GOLIVE_NOTIFY_* is for"
                  + " notifications");
    }
  }

  private static int hooks(Receivers r) {
    return r.hooks.size();
  }

  private static List<String> ledger(TestServer t) {
    return t.store
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT channel || ' ' || state FROM notification_sent ORDER BY channel")
                    .mapTo(String.class)
                    .list());
  }
}
