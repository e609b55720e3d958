package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.server.auth.Role;
import dev.golive.store.StoreUrl;
import dev.golive.testkit.Postgres;
import dev.golive.testkit.WebServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL, three projects audited every second: each slot is audited by one
 * of the servers, once, and each project's verdict change is told once, not once per server.
 */
class ScheduleClusterTest {
  private static final int PROJECTS = 3;

  @Test
  void twoServersAuditEachSlotOnceAndTellEachChangeOnce() {
    List<WebServer> sites = new ArrayList<>();
    try (Postgres.Scratch db = Postgres.shared().createDatabase();
        Receivers receivers = new Receivers();
        TestServer one =
            TestServer.withBackground(StoreUrl.parse(db.url()), ScheduleTest.quick("one"));
        TestServer two =
            TestServer.withBackground(StoreUrl.parse(db.url()), ScheduleTest.quick("two"))) {
      TestServer.Client editor = one.signedIn("ed@example.test", Role.EDITOR);
      for (int i = 0; i < PROJECTS; i++) {
        WebServer site = ScheduleTest.site();
        sites.add(site);
        Map<String, Object> body = ScheduleTest.project("Shop " + i, site, "* * * * * *");
        body.put("config", receivers.config("[verdict-changed]", 0));
        HttpResponse<String> made = editor.json("POST", "/api/v1/projects", body);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
      }

      Waiting.until(
          "three audits of each project",
          Duration.ofSeconds(120),
          () -> least(one, "NO-GO") >= 3,
          () -> ScheduleTest.verdicts(one));
      sites.forEach(ScheduleTest::fix);
      Waiting.until(
          "three audits of each fixed site",
          Duration.ofSeconds(120),
          () -> least(one, "GO") >= 3,
          () -> ScheduleTest.verdicts(one));
      Waiting.until(
          "each change told",
          Duration.ofSeconds(60),
          () -> receivers.hooks.size() >= PROJECTS && receivers.telegrams.size() >= PROJECTS);
      int go = least(one, "GO");
      Waiting.until(
          "two more audits of each project that change nothing",
          Duration.ofSeconds(60),
          () -> least(one, "GO") >= go + 2);
      one.server.close();
      two.server.close();

      List<Map<String, Object>> perSlot =
          one.store
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              """
                              SELECT p.name AS project, a.schedule_slot AS slot, count(*) AS n
                              FROM audits a JOIN projects p ON p.id = a.project_id
                              GROUP BY p.name, a.schedule_slot
                              """)
                          .mapToMap()
                          .list());
      assertThat(perSlot)
          .allSatisfy(
              r -> {
                assertThat(r.get("slot")).as("a scheduled audit").isNotNull();
                assertThat(((Number) r.get("n")).intValue()).as("audits of %s", r).isEqualTo(1);
              });
      Map<String, Long> byServer =
          one
              .store
              .jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT run_host FROM audits").mapTo(String.class).list())
              .stream()
              .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
      assertThat(byServer.keySet()).isSubsetOf("one", "two");
      // and no slot was audited a second time only to be refused: one visit to a site per audit
      for (int i = 0; i < PROJECTS; i++) {
        assertThat(sites.get(i).hits("/"))
            .as("visits to the site of Shop %d", i)
            .isEqualTo(
                ScheduleTest.scheduled(one, "Shop " + i, "NO-GO")
                    + ScheduleTest.scheduled(one, "Shop " + i, "GO"));
      }
      System.out.printf(
          "%d slots of %d projects, each audited once: %s%n", perSlot.size(), PROJECTS, byServer);

      assertThat(receivers.hookEvents()).hasSize(PROJECTS).containsOnly("verdict-changed NO-GO→GO");
      assertThat(receivers.hooks.stream().map(h -> h.json().path("project").asText()))
          .containsExactlyInAnyOrder("Shop 0", "Shop 1", "Shop 2");
      assertThat(receivers.hooks).allSatisfy(h -> assertThat(h.signed()).isTrue());
      assertThat(receivers.telegrams).hasSize(PROJECTS);
    } finally {
      sites.forEach(WebServer::close);
    }
  }

  /** The fewest scheduled audits with {@code verdict} any project has. */
  private static int least(TestServer t, String verdict) {
    int least = Integer.MAX_VALUE;
    for (int i = 0; i < PROJECTS; i++) {
      least = Math.min(least, ScheduleTest.scheduled(t, "Shop " + i, verdict));
    }
    return least;
  }
}
