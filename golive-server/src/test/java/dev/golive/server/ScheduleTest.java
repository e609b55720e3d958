package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.golive.schedule.ScheduledAudits;
import dev.golive.schedule.Slot;
import dev.golive.server.auth.Role;
import dev.golive.server.schedule.Background;
import dev.golive.store.SlotTakenException;
import dev.golive.store.StoreUrl;
import dev.golive.testkit.WebServer;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Projects audited on their schedules by a real server, and the notifications that follow. */
class ScheduleTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
              new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
          .withPerMethodLifecycle(true);

  @TempDir Path dir;

  /** Plans every half second, four seconds ahead; a silent server is dead after four seconds. */
  static Background quick(String instance) {
    return Background.none()
        .withSchedule(
            new ScheduledAudits.Settings(
                instance,
                Duration.ofMillis(500),
                Duration.ofSeconds(4),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                4,
                2,
                Duration.ofMillis(100)))
        .withEnvironment(Receivers.ENV);
  }

  /** Two ticks a plain local site can refute or verify: GO when both hold. */
  static final String CHECKLIST =
      """
      # Shop launch
      - [x] Pages say nosniff <!-- golive: http.content-type-options -->
      - [x] Frames are denied <!-- golive: http.frame-options -->
      """;

  /** A project of {@code site} as the API takes it, audited on {@code schedule}. */
  static Map<String, Object> project(String name, WebServer site, String schedule) {
    Map<String, Object> body = Projects.body(name, site.url());
    body.put("checklist", Map.of("name", "CHECKLIST.md", "markdown", CHECKLIST));
    body.put("schedule", schedule);
    return body;
  }

  static WebServer site() {
    // nosniff holds, frames are allowed: NO-GO
    return WebServer.http()
        .route(
            "/", WebServer.Reply.html("<p>shop</p>").header("X-Content-Type-Options", "nosniff"));
  }

  /** The site starts denying frames: every tick holds, GO. */
  static void fix(WebServer site) {
    site.route(
        "/",
        WebServer.Reply.html("<p>shop</p>")
            .header("X-Content-Type-Options", "nosniff")
            .header("X-Frame-Options", "DENY"));
  }

  static int scheduled(TestServer t, String project, String verdict) {
    return t.store
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT count(*) FROM audits a JOIN projects p ON p.id = a.project_id
                        WHERE p.name = :p AND a.run_via = 'schedule' AND a.verdict = :v
                        """)
                    .bind("p", project)
                    .bind("v", verdict)
                    .mapTo(Integer.class)
                    .one());
  }

  @Test
  void aScheduledProjectIsAuditedOncePerSlotAndItsVerdictChangeReachesEachChannelOnce() {
    try (WebServer site = site();
        Receivers receivers = new Receivers();
        TestServer t =
            TestServer.withBackground(
                StoreUrl.parse(dir.resolve("golive.db").toString()), quick("solo"))) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      Map<String, Object> body = project("Shop", site, "* * * * * *");
      body.put("config", receivers.config("[verdict-changed]", SMTP.getSmtp().getPort()));
      HttpResponse<String> made = editor.json("POST", "/api/v1/projects", body);
      assertThat(made.statusCode()).as(made.body()).isEqualTo(201);

      Waiting.until(
          "three scheduled audits",
          Duration.ofSeconds(90),
          () -> scheduled(t, "Shop", "NO-GO") >= 3);
      fix(site);
      Waiting.until(
          "three audits of the fixed site",
          Duration.ofSeconds(90),
          () -> scheduled(t, "Shop", "GO") >= 3,
          () -> verdicts(t) + "\n" + t.log);
      Waiting.until(
          "the change told on every channel",
          Duration.ofSeconds(60),
          () ->
              !receivers.hooks.isEmpty()
                  && !receivers.telegrams.isEmpty()
                  && SMTP.getReceivedMessages().length > 0);
      int go = scheduled(t, "Shop", "GO");
      Waiting.until(
          "two more audits that change nothing",
          Duration.ofSeconds(60),
          () -> scheduled(t, "Shop", "GO") >= go + 2);
      String address = t.server.url().toString();
      // stops planning and waits for the audits and notifications under way
      t.server.close();

      List<Map<String, Object>> audits =
          t.store
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT schedule_slot, run_via, run_by, run_host FROM audits"
                                  + " ORDER BY schedule_slot")
                          .mapToMap()
                          .list());
      assertThat(audits).hasSizeGreaterThanOrEqualTo(8);
      List<Long> slots =
          audits.stream().map(a -> ((Number) a.get("schedule_slot")).longValue()).toList();
      assertThat(slots).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s % 1000).isZero());
      assertThat(audits)
          .allSatisfy(
              a -> {
                assertThat(a.get("run_via")).isEqualTo("schedule");
                assertThat(a.get("run_by")).isEqualTo("schedule");
                assertThat(a.get("run_host")).isEqualTo("solo");
              });

      assertThat(receivers.hooks).hasSize(1);
      Receivers.Request hook = receivers.hooks.getFirst();
      assertThat(hook.signed()).as("the HMAC of %s", Receivers.text(hook.body())).isTrue();
      assertThat(receivers.hookEvents()).containsExactly("verdict-changed NO-GO→GO");
      assertThat(hook.json().path("project").asText()).isEqualTo("Shop");
      assertThat(hook.json().path("link").asText()).startsWith(address + "audits/");

      assertThat(receivers.telegrams).hasSize(1);
      Receivers.Request message = receivers.telegrams.getFirst();
      assertThat(message.path()).isEqualTo("/bot" + Receivers.TOKEN + "/sendMessage");
      assertThat(message.json().path("chat_id").asText()).isEqualTo("-100123");
      assertThat(message.json().path("text").asText()).contains("Shop").contains("GO");

      MimeMessage[] mails = SMTP.getReceivedMessages();
      assertThat(mails).hasSize(1);
      assertThat(subject(mails[0])).isEqualTo("Shop: NO-GO → GO");

      List<String> ledger =
          t.store
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT channel || ' ' || state FROM notification_sent"
                                  + " ORDER BY channel")
                          .mapTo(String.class)
                          .list());
      assertThat(ledger).containsExactly("hook sent", "mail sent", "tg sent");
    }
  }

  @Test
  void theSlotRunnerAuditsASlotOnceAndRefusesASecondAudit() throws Exception {
    try (WebServer site = site();
        TestServer t =
            TestServer.withBackground(
                StoreUrl.parse(dir.resolve("golive.db").toString()), quick("solo"))) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      // once a year: the scheduler leaves this test's slots to it
      Map<String, Object> body = project("Shop", site, "0 0 1 1 *");
      assertThat(editor.json("POST", "/api/v1/projects", body).statusCode()).isEqualTo(201);
      Slot slot = new Slot("Shop", Instant.parse("2026-03-01T09:00:00Z"));

      t.server.slotRunner().run(slot);
      int hits = site.hits("/");
      assertThat(hits).isPositive();
      // a slot that comes again, as after a server died before the scheduler heard it finish
      t.server.slotRunner().run(slot);
      assertThat(site.hits("/")).as("the target is not audited again").isEqualTo(hits);
      var stored = t.store.ofSlot("Shop", slot.at()).orElseThrow();
      assertThat(stored.origin().id()).isEqualTo("schedule");
      assertThat(scheduled(t, "Shop", "NO-GO")).isEqualTo(1);

      // an audit of the slot that got past the look (two servers at once) is not stored
      long id = t.store.project("Shop").orElseThrow().id();
      assertThatThrownBy(
              () -> t.server.services().runner().auditSlot("Shop", id, slot.at(), "other"))
          .isInstanceOfSatisfying(
              SlotTakenException.class, e -> assertThat(e.existing()).isEqualTo(stored.id()));
      assertThat(t.store.audits("Shop", 10)).hasSize(1);

      // the next slot is audited
      t.server.slotRunner().run(new Slot("Shop", slot.at().plusSeconds(3600)));
      assertThat(t.store.audits("Shop", 10)).hasSize(2);
    }
  }

  @Test
  void aScheduleThatIsNotCronIsRefusedWithWhatIsWrong() {
    try (WebServer site = site();
        TestServer t = TestServer.sqlite(dir)) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      Map<String, Object> body = Projects.body("Shop", site.url());
      body.put("schedule", "daily 06:00");
      HttpResponse<String> r = editor.json("POST", "/api/v1/projects", body);
      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(TestServer.json(r).path("problems"))
          .extracting(JsonNode::asText)
          .containsExactly(
              "schedule: 'daily 06:00' has 2 fields; a cron expression has 5 (minute hour day"
                  + " month weekday) or 6 (with seconds first)");

      body.put("schedule", "CRON_TZ=Mars/Olympus 0 9 * * *");
      assertThat(
              TestServer.json(editor.json("POST", "/api/v1/projects", body))
                  .path("detail")
                  .asText())
          .isEqualTo(
              "schedule: 'Mars/Olympus' is not a time zone (write one as Europe/Berlin or UTC)");

      body.put("schedule", "CRON_TZ=Asia/Tashkent 0 9 * * 1-5");
      HttpResponse<String> made = editor.json("POST", "/api/v1/projects", body);
      assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
      String slug = TestServer.json(made).path("slug").asText();
      body.remove("name");
      body.put("schedule", "61 * * * *");
      HttpResponse<String> changed = editor.json("PUT", "/api/v1/projects/" + slug, body);
      assertThat(changed.statusCode()).isEqualTo(422);
      assertThat(TestServer.json(changed).path("detail").asText())
          .startsWith("schedule: '61 * * * *' is not a cron expression");
    }
  }

  static String verdicts(TestServer t) {
    return t.store
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT verdict || ' ' || run_via || ' ' || coalesce(schedule_slot, 0)"
                            + " FROM audits ORDER BY id")
                    .mapTo(String.class)
                    .list())
        .toString();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
