package dev.golive.store;

import static dev.golive.store.Samples.audit;
import static dev.golive.store.Samples.finding;
import static dev.golive.store.Samples.row;
import static dev.golive.store.Samples.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Priority;
import dev.golive.core.model.State;
import dev.golive.core.model.Waiver;
import dev.golive.core.score.Verdict;
import dev.golive.store.Approvals.NewSignOff;
import dev.golive.store.Approvals.NewWaiver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every store does, whatever its database: run once against a real SQLite file and once
 * against a real PostgreSQL server by the subclasses.
 */
abstract class StoreContract {
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  /** The URL of a store nobody has opened yet. */
  abstract String freshUrl();

  Store open(String url) {
    return Store.open(StoreUrl.parse(url), Store.Options.defaults().withClock(CLOCK));
  }

  int count(Store store, String table) {
    return store
        .jdbi()
        .withHandle(h -> h.select("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }

  @Test
  void migrationsMakeTheTablesOnceAndASecondStartAppliesNone() {
    String url = freshUrl();
    try (Store store = open(url)) {
      for (String table :
          List.of(
              "projects",
              "audits",
              "audit_targets",
              "item_results",
              "findings",
              "waivers",
              "sign_offs",
              "audit_log",
              "golive_scheduled_tasks",
              "notification_sent")) {
        assertThat(count(store, table)).as(table).isZero();
      }
      store.save(
          "shop", audit(Verdict.GO, 100.0, row("a1", "HSTS", ItemVerdict.VERIFIED)), run(T0));
    }
    try (Store again = open(url)) {
      int applied =
          again
              .jdbi()
              .withHandle(
                  h ->
                      h.select(
                              "SELECT COUNT(*) FROM "
                                  + Store.HISTORY_TABLE
                                  + " WHERE success = "
                                  + (url.startsWith("postgres") ? "true" : "1"))
                          .mapTo(Integer.class)
                          .one());
      // V1 (history), V2 (the server's tables), V3 (schedules, notifications) and V4 (audits
      // notified, the slot index), each once
      assertThat(applied).isEqualTo(4);
      assertThat(again.audits("shop", 10)).hasSize(1);
    }
  }

  @Test
  void anAuditComesBackAsItWasStoredEvidenceAndAll() throws Exception {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("url", "https://shop.test/");
    evidence.put("status", 200);
    evidence.put("maxAge", 31536000000L);
    evidence.put("ratio", 0.25);
    evidence.put("preload", true);
    evidence.put("missing", null);
    evidence.put("headers", Map.of("strict-transport-security", List.of("max-age=300")));
    evidence.put("hops", List.of(Map.of("status", 301, "to", "https://shop.test/"), "ünïcødé ✅"));
    Waiver waiver = new Waiver("b2", "vendor fixes it", "bob", LocalDate.parse("2026-04-30"));
    var assessment =
        audit(
            Verdict.NO_GO,
            62.5,
            row("a1", "HSTS is on", ItemVerdict.CONTRADICTED)
                .withFindings(
                    finding("http.hsts", Outcome.FAIL, evidence),
                    finding("http.status", Outcome.PASS, Map.of())),
            row("b2", "Backups daily", ItemVerdict.WAIVED).withWaiver(waiver),
            row("c3", "Монитoring настроен", ItemVerdict.SELF_REPORTED_OPEN).withSection());
    try (Store store = open(freshUrl())) {
      AuditSummary saved = store.save("shop", assessment, run(T0));
      StoredAudit back = store.audit(saved.id());

      assertThat(back.summary()).isEqualTo(saved);
      assertThat(back.summary().project()).isEqualTo("shop");
      assertThat(back.summary().verdict()).isEqualTo(Verdict.NO_GO);
      assertThat(back.summary().score()).isEqualTo(62.5);
      assertThat(back.summary().items()).isEqualTo(3);
      assertThat(back.summary().count(ItemVerdict.CONTRADICTED)).isEqualTo(1);
      assertThat(back.summary().count(ItemVerdict.WAIVED)).isEqualTo(1);
      assertThat(back.summary().count(ItemVerdict.VERIFIED)).isZero();
      assertThat(back.summary().started()).isEqualTo(T0);
      assertThat(back.summary().finished()).isEqualTo(T0.plusSeconds(2));
      assertThat(back.summary().runBy()).isEqualTo("alice");
      assertThat(back.summary().host()).isEqualTo("build-1");
      assertThat(back.summary().origin()).isEqualTo(RunInfo.Origin.CLI);
      assertThat(back.summary().checklistDigest()).isEqualTo("sha256:abc");
      assertThat(back.targets())
          .containsExactly(
              new StoredAudit.StoredTarget(
                  "production", "web https://shop.test/", Verdict.NO_GO, 62.5));

      assertThat(back.items()).hasSize(3);
      StoredItem first = back.items().getFirst();
      assertThat(first.id()).isEqualTo("a1");
      assertThat(first.target()).isEqualTo("production");
      assertThat(first.file()).isEqualTo("docs/PRODUCTION_CHECKLIST.md");
      assertThat(first.fileName()).isEqualTo("PRODUCTION_CHECKLIST.md");
      assertThat(first.line()).isEqualTo(3);
      assertThat(first.section()).containsExactly("Launch", "Security");
      assertThat(first.priority()).isEqualTo(Priority.HIGH);
      assertThat(first.state()).isEqualTo(State.DONE);
      assertThat(first.blocking()).isTrue();
      assertThat(first.verdict()).isEqualTo(ItemVerdict.CONTRADICTED);
      assertThat(first.findings()).hasSize(2);
      Finding hsts = first.findings().getFirst();
      assertThat(hsts.check()).isEqualTo("http.hsts");
      assertThat(hsts.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(hsts.message()).isEqualTo("http.hsts said fail");
      assertThat(hsts.durationMs()).isEqualTo(42);
      ObjectMapper json = new ObjectMapper();
      com.fasterxml.jackson.databind.JsonNode stored = json.valueToTree(hsts.evidence());
      com.fasterxml.jackson.databind.JsonNode given = json.valueToTree(evidence);
      assertThat(stored).isEqualTo(given);
      assertThat(hsts.evidence()).containsKey("missing");
      assertThat(first.findings().get(1).check()).isEqualTo("http.status");

      assertThat(back.items().get(1).waiver()).isEqualTo(waiver);
      assertThat(back.items().get(1).findings()).isEmpty();
      assertThat(back.items().get(2).text()).isEqualTo("Монитoring настроен");
      assertThat(back.items().get(2).section()).isEmpty();
    }
  }

  @Test
  void aSaveThatFailsHalfWayLeavesNothingBehind() {
    var bad =
        audit(
            Verdict.GO,
            90.0,
            row("a1", "HSTS", ItemVerdict.VERIFIED)
                .withFindings(finding("http.hsts", Outcome.PASS, Map.of("k", 1))),
            row("b2", "CSP", ItemVerdict.VERIFIED)
                .withFindings(finding("http.csp", Outcome.PASS, Map.of())),
            // the last item breaks a NOT NULL constraint after the audit, its target and the
            // other items were written in the same transaction
            row("c3", null, ItemVerdict.VERIFIED));
    try (Store store = open(freshUrl())) {
      store.save("other", audit(Verdict.GO, 100.0, row("x", "X", ItemVerdict.VERIFIED)), run(T0));
      assertThatThrownBy(() -> store.save("shop", bad, run(T0.plusSeconds(60))))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("could not be written");
      assertThat(count(store, "projects")).isEqualTo(1);
      assertThat(count(store, "audits")).isEqualTo(1);
      assertThat(count(store, "audit_targets")).isEqualTo(1);
      assertThat(count(store, "item_results")).isEqualTo(1);
      assertThat(count(store, "findings")).isZero();
      assertThat(count(store, "audit_log")).isEqualTo(1);
      assertThat(store.project("shop")).isEmpty();
      assertThat(store.project("other").orElseThrow().audits()).isEqualTo(1);
      // and the store still takes the next audit
      store.save(
          "shop", audit(Verdict.GO, 100.0, row("a1", "HSTS", ItemVerdict.VERIFIED)), run(T0));
      assertThat(store.audits("shop", 10)).hasSize(1);
    }
  }

  @Test
  void auditsComeNewestFirstAndEachProjectShowsItsLatest() {
    try (Store store = open(freshUrl())) {
      long first =
          store
              .save("shop", audit(Verdict.GO, 100.0, row("a", "A", ItemVerdict.VERIFIED)), run(T0))
              .id();
      // saved later but started earlier: the trend is ordered by when audits ran
      long early =
          store
              .save(
                  "shop",
                  audit(Verdict.NO_GO, 50.0, row("a", "A", ItemVerdict.CONTRADICTED)),
                  run(T0.minus(Duration.ofDays(1))))
              .id();
      long last =
          store
              .save(
                  "shop",
                  audit(Verdict.INCONCLUSIVE, null, row("a", "A", ItemVerdict.INCONCLUSIVE)),
                  run(T0.plus(Duration.ofDays(1))))
              .id();
      store.save("blog", audit(Verdict.GO, 100.0, row("b", "B", ItemVerdict.VERIFIED)), run(T0));

      assertThat(store.audits("shop", 10))
          .extracting(AuditSummary::id)
          .containsExactly(last, first, early);
      assertThat(store.audits("shop", 2)).extracting(AuditSummary::id).containsExactly(last, first);
      assertThat(store.latest("shop").orElseThrow().id()).isEqualTo(last);
      assertThat(store.latest("shop").orElseThrow().score()).isNull();

      List<ProjectSummary> projects = store.projects();
      assertThat(projects).extracting(ProjectSummary::name).containsExactly("blog", "shop");
      assertThat(projects.get(1).audits()).isEqualTo(3);
      assertThat(projects.get(1).latest().id()).isEqualTo(last);
      assertThat(projects.get(1).latest().verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(projects.get(0).latest().verdict()).isEqualTo(Verdict.GO);
      assertThat(projects.get(1).created()).isEqualTo(T0);
    }
  }

  @Test
  void trendsFollowNewAuditsAndRemovedProjects() {
    try (Store store = open(freshUrl())) {
      ServerAccess access = new ServerAccess(store);
      List<Long> shop = new java.util.ArrayList<>();
      for (int day = 0; day < 3; day++) {
        shop.add(
            store
                .save(
                    "shop",
                    audit(Verdict.GO, 50.0 + day, row("a", "A", ItemVerdict.VERIFIED)),
                    run(T0.plus(Duration.ofDays(day))))
                .id());
      }
      long blog =
          store
              .save("blog", audit(Verdict.NO_GO, 10.0, row("b", "B", ItemVerdict.OPEN)), run(T0))
              .id();
      store.createProject("docs", "carol");
      long shopId = store.project("shop").orElseThrow().id();
      long blogId = store.project("blog").orElseThrow().id();
      long docsId = store.project("docs").orElseThrow().id();

      Map<Long, List<ServerAccess.TrendPoint>> t = access.trends(store.projects(), 2);
      assertThat(t.get(shopId))
          .extracting(ServerAccess.TrendPoint::auditId)
          .containsExactly(shop.get(1), shop.get(2));
      assertThat(t.get(shopId))
          .extracting(ServerAccess.TrendPoint::score)
          .containsExactly(51.0, 52.0);
      assertThat(t.get(blogId)).extracting(ServerAccess.TrendPoint::auditId).containsExactly(blog);
      assertThat(t.get(docsId)).isEmpty();

      // asked again: the same; after a new audit, the project's line ends with it
      assertThat(access.trends(store.projects(), 2)).isEqualTo(t);
      long next =
          store
              .save(
                  "shop",
                  audit(Verdict.NO_GO, 20.0, row("a", "A", ItemVerdict.CONTRADICTED)),
                  run(T0.plus(Duration.ofDays(3))))
              .id();
      long docs =
          store
              .save("docs", audit(Verdict.GO, 90.0, row("d", "D", ItemVerdict.VERIFIED)), run(T0))
              .id();
      t = access.trends(store.projects(), 2);
      assertThat(t.get(shopId))
          .extracting(ServerAccess.TrendPoint::auditId)
          .containsExactly(shop.get(2), next);
      assertThat(t.get(docsId)).extracting(ServerAccess.TrendPoint::auditId).containsExactly(docs);
      assertThat(access.trends(store.projects(), 3).get(shopId)).hasSize(3);

      access.deleteProject("blog", "carol");
      assertThat(access.trends(store.projects(), 2)).containsOnlyKeys(shopId, docsId);
    }
  }

  @Test
  void theServersAuditsAndOverviewAreTheStoresUntilItsProjectIsRemoved() {
    try (Store store = open(freshUrl())) {
      ServerAccess access = new ServerAccess(store);
      assertThat(access.overview(5).projects()).isEmpty();
      long shop =
          store
              .save(
                  "shop",
                  audit(
                      Verdict.NO_GO,
                      50.0,
                      row("a", "HSTS", ItemVerdict.CONTRADICTED)
                          .withFindings(finding("http.hsts", Outcome.FAIL, Map.of("status", 200)))),
                  run(T0))
              .id();
      StoredAudit read = access.audit(shop).orElseThrow();
      assertThat(read).isEqualTo(store.audit(shop));
      assertThat(access.audit(shop)).contains(read);
      assertThat(access.audit(shop + 1000)).isEmpty();

      ServerAccess.Overview first = access.overview(5);
      assertThat(first.projects()).extracting(ProjectSummary::name).containsExactly("shop");
      assertThat(access.overview(5)).isSameAs(first);
      store.createProject("blog", "carol");
      ServerAccess.Overview second = access.overview(5);
      assertThat(second.projects())
          .extracting(ProjectSummary::name)
          .containsExactly("blog", "shop");
      long blog =
          store
              .save("blog", audit(Verdict.GO, 100.0, row("b", "B", ItemVerdict.VERIFIED)), run(T0))
              .id();
      ServerAccess.Overview third = access.overview(5);
      assertThat(third.projects().get(0).latest().id()).isEqualTo(blog);
      assertThat(third.trend(third.projects().get(0)))
          .extracting(ServerAccess.TrendPoint::auditId)
          .containsExactly(blog);

      access.deleteProject("shop", "carol");
      assertThat(access.audit(shop)).isEmpty();
      assertThat(access.overview(5).projects())
          .extracting(ProjectSummary::name)
          .containsExactly("blog");
    }
  }

  @Test
  void aProjectWithoutAuditsIsListedWithNone() {
    try (Store store = open(freshUrl())) {
      ProjectSummary made = store.createProject("Shop API (EU)", "carol");
      assertThat(made.slug()).isEqualTo("shop-api-eu");
      assertThat(made.latest()).isNull();
      assertThat(store.createProject("shop-api eu", "carol").slug()).isEqualTo("shop-api-eu-2");
      assertThat(store.createProject("Shop API (EU)", "dave").id()).isEqualTo(made.id());
      assertThat(store.projects()).hasSize(2);
      assertThat(store.log("Shop API (EU)", 10))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo("project.create");
                assertThat(e.actor()).isEqualTo("carol");
                assertThat(e.before()).isNull();
                assertThat(e.after()).contains("\"slug\":\"shop-api-eu\"");
              });
    }
  }

  @Test
  void changesBetweenStoredAudits() {
    try (Store store = open(freshUrl())) {
      long older =
          store
              .save(
                  "shop",
                  audit(
                      Verdict.GO,
                      100.0,
                      row("a", "HSTS", ItemVerdict.VERIFIED),
                      row("b", "CSP", ItemVerdict.OPEN),
                      row("c", "Backups", ItemVerdict.VERIFIED)),
                  run(T0))
              .id();
      long newer =
          store
              .save(
                  "shop",
                  audit(
                      Verdict.NO_GO,
                      40.0,
                      row("a", "HSTS", ItemVerdict.CONTRADICTED),
                      row("b", "CSP", ItemVerdict.DONE_UNCLAIMED),
                      row("d", "Alerts", ItemVerdict.CONTRADICTED)),
                  run(T0.plusSeconds(3600)))
              .id();
      Changes changes = Changes.between(store.audit(older), store.audit(newer));
      assertThat(changes.older()).isEqualTo(older);
      assertThat(changes.newer()).isEqualTo(newer);
      assertThat(changes.regressions()).extracting(c -> c.after().id()).containsExactly("a");
      assertThat(changes.newContradictions()).extracting(StoredItem::id).containsExactly("a", "d");
      assertThat(changes.added()).extracting(StoredItem::id).containsExactly("d");
      assertThat(changes.removed()).extracting(StoredItem::id).containsExactly("c");
      assertThat(changes.changed()).extracting(c -> c.after().id()).containsExactly("a", "b");
    }
  }

  @Test
  void aScheduleSlotHasOneAuditAndASecondIsRefused() {
    Instant slot = Instant.parse("2026-03-01T09:00:00Z");
    var go = audit(Verdict.GO, 100.0, row("a", "HSTS", ItemVerdict.VERIFIED));
    try (Store store = open(freshUrl())) {
      AuditSummary first = store.save("shop", go, run(T0).forSlot(slot));
      assertThat(store.ofSlot("shop", slot)).contains(first);

      assertThatThrownBy(() -> store.save("shop", go, run(T0.plusSeconds(5)).forSlot(slot)))
          .isInstanceOfSatisfying(
              SlotTakenException.class, e -> assertThat(e.existing()).isEqualTo(first.id()))
          .hasMessage(
              "project 'shop' has an audit of its schedule slot 2026-03-01T09:00:00Z already (#"
                  + first.id()
                  + ")");
      // the next slot, another project's same slot, and audits run by hand are all taken
      store.save("shop", go, run(T0.plusSeconds(60)).forSlot(slot.plusSeconds(60)));
      store.save("blog", go, run(T0).forSlot(slot));
      store.save("shop", go, run(T0.plusSeconds(70)));
      store.save("shop", go, run(T0.plusSeconds(80)));
      assertThat(store.audits("shop", 10)).hasSize(4);
      assertThat(store.ofSlot("shop", slot.plusSeconds(1))).isEmpty();
      assertThat(store.ofSlot("nope", slot)).isEmpty();
    }
  }

  @Test
  void serversStoringOneSlotAtOnceStoreItOnce() throws Exception {
    Instant slot = Instant.parse("2026-03-01T09:00:00Z");
    var go = audit(Verdict.GO, 100.0, row("a", "HSTS", ItemVerdict.VERIFIED));
    try (Store store =
        Store.open(
            StoreUrl.parse(freshUrl()),
            Store.Options.defaults().withClock(CLOCK).withPoolSize(8))) {
      store.createProject("shop", "carol");
      int writers = 6;
      java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(writers);
      List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
      try (var threads = java.util.concurrent.Executors.newFixedThreadPool(writers)) {
        for (int i = 0; i < writers; i++) {
          int n = i;
          outcomes.add(
              threads.submit(
                  () -> {
                    together.await();
                    try {
                      store.save("shop", go, run(T0.plusSeconds(n)).forSlot(slot));
                      return "stored";
                    } catch (SlotTakenException e) {
                      return "refused";
                    }
                  }));
        }
        List<String> said = new java.util.ArrayList<>();
        for (var f : outcomes) {
          said.add(f.get());
        }
        assertThat(said).containsOnlyOnce("stored").containsOnly("stored", "refused");
      }
      assertThat(count(store, "audits")).isEqualTo(1);
      assertThat(store.project("shop").orElseThrow().audits()).isEqualTo(1);
    }
  }

  @Test
  void eachAuditKnowsTheNewestAuditStoredBeforeIt() {
    var go = audit(Verdict.GO, 100.0, row("a", "HSTS", ItemVerdict.VERIFIED));
    try (Store store = open(freshUrl())) {
      long first = store.save("shop", go, run(T0)).id();
      long second = store.save("shop", go, run(T0.plusSeconds(60))).id();
      // stored last but begun before the second: compared with what was newest when it came
      long late = store.save("shop", go, run(T0.plusSeconds(30))).id();
      long other = store.save("blog", go, run(T0.plusSeconds(90))).id();
      assertThat(store.previous(first)).isEmpty();
      assertThat(store.previous(second)).contains(first);
      assertThat(store.previous(late)).contains(second);
      assertThat(store.previous(other)).isEmpty();
      assertThat(store.previous(999)).isEmpty();
    }
  }

  @Test
  void unknownProjectsAndAuditsAreSaidSo() {
    try (Store store = open(freshUrl())) {
      assertThatThrownBy(() -> store.audits("nope", 5))
          .isInstanceOf(StoreException.class)
          .hasMessage("there is no project 'nope' in the store");
      assertThatThrownBy(() -> store.audit(99))
          .isInstanceOf(StoreException.class)
          .hasMessage("there is no audit #99");
      assertThat(((StoreException) catchStoreException(() -> store.audit(99))).oneLine())
          .startsWith(store.shown() + ": ");
      assertThatThrownBy(() -> store.save(" ", audit(Verdict.GO, 1.0), run(T0)))
          .isInstanceOf(StoreException.class)
          .hasMessage("a project needs a name");
    }
  }

  private static Throwable catchStoreException(Runnable r) {
    try {
      r.run();
    } catch (StoreException e) {
      return e;
    }
    throw new AssertionError("no StoreException");
  }

  @Test
  void waiversAreMadeRevokedAndLoggedInTheSameTransaction() {
    try (Store store = open(freshUrl())) {
      store.createProject("shop", "carol");
      var waivers = store.waivers();
      StoredWaiver forever =
          waivers.create(
              "shop", new NewWaiver("a1", "HSTS", "behind a proxy", "ops", null), "carol");
      StoredWaiver soon =
          waivers.create(
              "shop",
              new NewWaiver("b2", "Backups", "vendor", "bob", LocalDate.parse("2026-03-10")),
              "carol");
      StoredWaiver past =
          waivers.create(
              "shop",
              new NewWaiver("c3", null, "old", "bob", LocalDate.parse("2026-02-01")),
              "carol");
      assertThat(forever.created()).isEqualTo(T0);
      assertThat(forever.createdBy()).isEqualTo("carol");
      assertThat(soon.until()).isEqualTo(LocalDate.parse("2026-03-10"));

      LocalDate today = LocalDate.parse("2026-03-01");
      assertThat(waivers.active("shop", today))
          .extracting(StoredWaiver::id)
          .containsExactly(forever.id(), soon.id());
      assertThat(waivers.expiring(today, 14))
          .extracting(StoredWaiver::id)
          .containsExactly(soon.id());
      assertThat(waivers.expiring(today, 5)).isEmpty();
      assertThat(soon.toWaiver()).isEqualTo(new Waiver("b2", "vendor", "bob", soon.until()));

      StoredWaiver revoked = waivers.revoke(soon.id(), "dave", "fixed");
      assertThat(revoked.revoked()).isEqualTo(T0);
      assertThat(revoked.revokedBy()).isEqualTo("dave");
      assertThat(revoked.revokeReason()).isEqualTo("fixed");
      assertThat(revoked.holdsOn(today)).isFalse();
      assertThat(waivers.active("shop", today))
          .extracting(StoredWaiver::id)
          .containsExactly(forever.id());
      assertThat(waivers.all("shop")).hasSize(3);
      assertThat(waivers.get(past.id()).holdsOn(today)).isFalse();

      assertThatThrownBy(() -> waivers.revoke(soon.id(), "dave", "again"))
          .isInstanceOf(StoreException.class)
          .hasMessage("waiver #" + soon.id() + " was already revoked by dave");
      assertThatThrownBy(() -> waivers.revoke(12345, "dave", "x"))
          .hasMessage("there is no waiver #12345");
      assertThatThrownBy(
              () -> waivers.create("nope", new NewWaiver("a", null, "r", "o", null), "carol"))
          .hasMessage("there is no project 'nope' in the store");
      assertThatThrownBy(
              () -> waivers.create("shop", new NewWaiver("a", null, " ", "o", null), "c"))
          .hasMessage("a reason is required");

      List<LogEntry> log = store.log("shop", 100);
      assertThat(log)
          .extracting(LogEntry::action)
          .containsExactly(
              "waiver.revoke", "waiver.create", "waiver.create", "waiver.create", "project.create");
      LogEntry revoke = log.getFirst();
      assertThat(revoke.actor()).isEqualTo("dave");
      assertThat(revoke.entity()).isEqualTo("waivers");
      assertThat(revoke.entityId()).isEqualTo(soon.id());
      assertThat(revoke.before())
          .contains("\"revoked_at\":null")
          .contains("\"until\":\"2026-03-10\"");
      assertThat(revoke.after())
          .contains("\"revoked_by\":\"dave\"")
          .contains("\"revoke_reason\":\"fixed\"");
      assertThat(log.get(1).before()).isNull();
      assertThat(log.get(1).after()).contains("\"reason\":\"old\"");
    }
  }

  @Test
  void signOffsAreMadeRevokedAndLogged() {
    try (Store store = open(freshUrl())) {
      store.createProject("shop", "carol");
      var signOffs = store.signOffs();
      StoredSignOff s =
          signOffs.create(
              "shop",
              new NewSignOff(
                  "d4", "Runbook reviewed", "read it with on-call", LocalDate.parse("2026-06-30")),
              "erin");
      assertThat(s.signedBy()).isEqualTo("erin");
      assertThat(s.signedAt()).isEqualTo(T0);
      LocalDate today = LocalDate.parse("2026-03-01");
      assertThat(signOffs.active("shop", today)).containsExactly(s);
      assertThat(signOffs.expiring(today, 180)).containsExactly(s);
      assertThat(signOffs.expiring(today, 30)).isEmpty();
      StoredSignOff revoked = signOffs.revoke(s.id(), "frank", "runbook changed");
      assertThat(revoked.holdsOn(today)).isFalse();
      assertThat(signOffs.active("shop", today)).isEmpty();
      assertThat(signOffs.get(s.id()).revokedBy()).isEqualTo("frank");
      assertThat(store.log("shop", 10))
          .extracting(LogEntry::action)
          .containsExactly("sign_off.revoke", "sign_off.create", "project.create");
      assertThat(store.log("shop", 1).getFirst().after()).contains("\"revoked_by\":\"frank\"");
    }
  }
}
