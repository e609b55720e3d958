package dev.golive.server.api;

import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.server.auth.ApiTokens;
import dev.golive.server.auth.User;
import dev.golive.server.project.AuditRunner;
import dev.golive.server.project.ProjectSettings;
import dev.golive.store.AuditSummary;
import dev.golive.store.Changes;
import dev.golive.store.LogEntry;
import dev.golive.store.ProjectSummary;
import dev.golive.store.ServerAccess;
import dev.golive.store.StoredAudit;
import dev.golive.store.StoredItem;
import dev.golive.store.StoredSignOff;
import dev.golive.store.StoredWaiver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API, written out field by field so that they change only on purpose. */
public final class Views {
  private Views() {}

  static String time(Instant i) {
    return i == null ? null : i.toString();
  }

  static String day(LocalDate d) {
    return d == null ? null : d.toString();
  }

  public static Map<String, Object> project(
      ProjectSummary p, List<ServerAccess.TrendPoint> trend, ProjectSettings settings) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("slug", p.slug());
    m.put("created", time(p.created()));
    m.put("audits", p.audits());
    m.put("latest", p.latest() == null ? null : audit(p.latest()));
    if (trend != null) {
      m.put(
          "trend",
          trend.stream()
              .map(
                  t -> {
                    Map<String, Object> point = new LinkedHashMap<>();
                    point.put("audit", t.auditId());
                    point.put("started", time(t.started()));
                    point.put("score", t.score());
                    point.put("verdict", t.verdict());
                    return point;
                  })
              .toList());
    }
    if (settings != null) {
      Map<String, Object> s = new LinkedHashMap<>();
      Map<String, Object> checklist = new LinkedHashMap<>();
      checklist.put("name", settings.checklistName());
      checklist.put("path", settings.checklistPath());
      checklist.put("markdown", settings.checklistText());
      s.put("checklist", checklist);
      s.put("targets", settings.targets());
      s.put("config", settings.config());
      s.put("schedule", settings.schedule());
      s.put("updated", time(settings.updated()));
      s.put("updatedBy", settings.updatedBy());
      m.put("settings", s);
    }
    m.put(
        "links",
        Map.of(
            "self",
            "/api/v1/projects/" + p.slug(),
            "audits",
            "/api/v1/projects/" + p.slug() + "/audits"));
    return m;
  }

  public static Map<String, Object> audit(AuditSummary a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("project", a.project());
    m.put("started", time(a.started()));
    m.put("finished", time(a.finished()));
    m.put("verdict", a.verdict().id());
    m.put("score", a.score());
    m.put("items", a.items());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ItemVerdict v : ItemVerdict.values()) {
      counts.put(v.id(), a.count(v));
    }
    m.put("counts", counts);
    m.put("runBy", a.runBy());
    m.put("runVia", a.origin().id());
    m.put("host", a.host());
    m.put("version", a.version());
    m.put("checklistDigest", a.checklistDigest());
    m.put("links", Map.of("self", "/api/v1/audits/" + a.id()));
    return m;
  }

  public static Map<String, Object> audit(StoredAudit a) {
    Map<String, Object> m = audit(a.summary());
    m.put(
        "targets",
        a.targets().stream()
            .map(
                t -> {
                  Map<String, Object> tm = new LinkedHashMap<>();
                  tm.put("name", t.name());
                  tm.put("shown", t.shown());
                  tm.put("verdict", t.verdict().id());
                  tm.put("score", t.score());
                  return tm;
                })
            .toList());
    m.put("itemResults", a.items().stream().map(Views::item).toList());
    return m;
  }

  public static Map<String, Object> item(StoredItem i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("target", i.target());
    m.put("file", i.fileName());
    m.put("line", i.line());
    m.put("depth", i.depth());
    m.put("section", i.section());
    m.put("text", i.text());
    m.put("priority", i.priority() == null ? null : i.priority().id());
    m.put("state", i.state().id());
    m.put("blocking", i.blocking());
    m.put("verdict", i.verdict().id());
    if (i.waiver() != null) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("reason", i.waiver().reason());
      w.put("owner", i.waiver().owner());
      w.put("until", day(i.waiver().until()));
      m.put("waiver", w);
    } else {
      m.put("waiver", null);
    }
    m.put("findings", i.findings().stream().map(Views::finding).toList());
    return m;
  }

  public static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("check", f.check());
    m.put("outcome", f.outcome().id());
    m.put("message", f.message());
    m.put("evidence", f.evidence());
    m.put("durationMs", f.durationMs());
    return m;
  }

  public static Map<String, Object> history(ServerAccess.ItemHistory h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("audit", h.auditId());
    m.put("started", time(h.started()));
    m.put("target", h.target());
    m.put("file", h.file());
    m.put("text", h.text());
    m.put("verdict", h.verdict().id());
    m.put("auditVerdict", h.auditVerdict());
    return m;
  }

  public static Map<String, Object> changes(Changes c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("older", c.older());
    m.put("newer", c.newer());
    m.put(
        "changed",
        c.changed().stream()
            .map(
                ch -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("id", ch.after().id());
                  x.put("target", ch.after().target());
                  x.put("text", ch.after().text());
                  x.put("from", ch.from().id());
                  x.put("to", ch.to().id());
                  x.put("regression", ch.regression());
                  return x;
                })
            .toList());
    m.put("added", c.added().stream().map(Views::brief).toList());
    m.put("removed", c.removed().stream().map(Views::brief).toList());
    return m;
  }

  private static Map<String, Object> brief(StoredItem i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("target", i.target());
    m.put("text", i.text());
    m.put("verdict", i.verdict().id());
    return m;
  }

  public static Map<String, Object> waiver(StoredWaiver w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.id());
    m.put("project", w.project());
    m.put("item", w.itemId());
    m.put("itemText", w.itemText());
    m.put("reason", w.reason());
    m.put("owner", w.owner());
    m.put("until", day(w.until()));
    m.put("created", time(w.created()));
    m.put("createdBy", w.createdBy());
    m.put("revoked", time(w.revoked()));
    m.put("revokedBy", w.revokedBy());
    m.put("revokeReason", w.revokeReason());
    return m;
  }

  public static Map<String, Object> signOff(StoredSignOff s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("project", s.project());
    m.put("item", s.itemId());
    m.put("itemText", s.itemText());
    m.put("signedBy", s.signedBy());
    m.put("signed", time(s.signedAt()));
    m.put("reason", s.reason());
    m.put("until", day(s.until()));
    m.put("revoked", time(s.revoked()));
    m.put("revokedBy", s.revokedBy());
    m.put("revokeReason", s.revokeReason());
    return m;
  }

  public static Map<String, Object> log(LogEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("at", time(e.at()));
    m.put("actor", e.actor());
    m.put("action", e.action());
    m.put("entity", e.entity());
    m.put("entityId", e.entityId());
    m.put("before", e.before());
    m.put("after", e.after());
    return m;
  }

  public static Map<String, Object> user(User u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id());
    m.put("email", u.email());
    m.put("name", u.name());
    m.put("role", u.role().id());
    m.put("mustChangePassword", u.mustChangePassword());
    m.put("created", time(u.created()));
    m.put("disabled", time(u.disabled()));
    return m;
  }

  public static Map<String, Object> token(ApiTokens.Token t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("name", t.name());
    m.put("user", t.userEmail());
    m.put("scope", t.scope());
    m.put("prefix", t.prefix());
    m.put("created", time(t.created()));
    m.put("lastUsed", time(t.lastUsed()));
    m.put("revoked", time(t.revoked()));
    return m;
  }

  public static Map<String, Object> run(AuditRunner.Run r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("project", r.project());
    m.put("requestedBy", r.requestedBy());
    m.put("requested", time(r.requested()));
    m.put("state", r.state());
    m.put("finished", time(r.finished()));
    m.put("audit", r.auditId());
    m.put("message", r.message());
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", "/api/v1/runs/" + r.id());
    if (r.auditId() != null) {
      links.put("audit", "/api/v1/audits/" + r.auditId());
    }
    m.put("links", links);
    return m;
  }
}
