package dev.golive.server.api;

import static dev.golive.server.auth.Role.ADMIN;
import static dev.golive.server.auth.Role.EDITOR;
import static dev.golive.server.auth.Role.VIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.Actions;
import dev.golive.server.Derived;
import dev.golive.server.HttpProblem;
import dev.golive.server.JsonIO;
import dev.golive.server.Principal;
import dev.golive.server.Route;
import dev.golive.server.Services;
import dev.golive.server.project.AuditRunner;
import dev.golive.server.project.ProjectSettings;
import dev.golive.server.project.ProjectSpec;
import dev.golive.store.AuditSummary;
import dev.golive.store.Changes;
import dev.golive.store.ProjectSummary;
import dev.golive.store.Recent;
import dev.golive.store.ServerAccess;
import dev.golive.store.StoredAudit;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects, their audits, items and audit runs. */
public final class ProjectApi {
  /** Audits a sparkline shows. */
  public static final int TREND = 20;

  private final Services s;
  private final Actions actions;

  /**
   * The answers of the audits last asked for, by id. A stored audit never changes and its id is
   * never given again, and {@link #stored} asks the store whether the audit is still there before
   * one is used.
   */
  private final Recent<Long, JsonIO.Prepared> auditJson = new Recent<>(32);

  /**
   * Pages of projects' audits last asked for, kept while the store's overview stays the same: a
   * project's audits change only by a new audit or by its removal, and either changes the overview.
   */
  private final Derived<ServerAccess.Overview, Recent<AuditsPage, JsonIO.Prepared>> auditPages =
      new Derived<>(o -> new Recent<>(256));

  private record AuditsPage(String slug, Long before, int limit) {}

  /**
   * The list's JSON, the same for everyone, written and gzipped again when the store's overview
   * changes (for 100 projects it is 240 KB, which took longer to gzip than all else the request
   * does).
   */
  private final Derived<ServerAccess.Overview, JsonIO.Prepared> listJson =
      new Derived<>(ProjectApi::listJson);

  public ProjectApi(Services services) {
    this.s = services;
    this.actions = new Actions(services);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/api/v1/projects", VIEWER, this::list),
        Route.post("/api/v1/projects", EDITOR, this::create),
        Route.get("/api/v1/projects/{project}", VIEWER, this::get),
        Route.put("/api/v1/projects/{project}", EDITOR, this::update),
        Route.delete("/api/v1/projects/{project}", ADMIN, this::delete),
        Route.get("/api/v1/projects/{project}/audits", VIEWER, this::audits),
        Route.post("/api/v1/projects/{project}/audits", EDITOR, this::trigger),
        Route.get("/api/v1/projects/{project}/items/{item}", VIEWER, this::item),
        Route.get("/api/v1/projects/{project}/log", VIEWER, this::log),
        Route.get("/api/v1/runs/{run}", VIEWER, this::run),
        Route.get("/api/v1/audits/{audit}", VIEWER, this::audit),
        Route.get("/api/v1/audits/{audit}/diff/{other}", VIEWER, this::diff));
  }

  private void list(Context ctx) {
    JsonIO.write(ctx, 200, listJson.get(s.access().overview(TREND)));
  }

  private static JsonIO.Prepared listJson(ServerAccess.Overview o) {
    return JsonIO.Prepared.of(
        Map.of(
            "projects",
            o.projects().stream().map(p -> Views.project(p, o.trend(p), null)).toList()));
  }

  private void get(Context ctx) {
    ProjectSummary p = summary(ctx);
    JsonIO.write(ctx, 200, Views.project(p, null, s.projects().settings(p.id()).orElse(null)));
  }

  private void create(Context ctx) {
    JsonNode body = JsonIO.body(ctx);
    Principal p = Params.principal(ctx);
    Actions.NewProject made =
        actions.createProject(JsonIO.text(body, "name"), spec(body), p.actor());
    ctx.header("Location", "/api/v1/projects/" + made.project().slug());
    JsonIO.write(ctx, 201, Views.project(made.project(), null, made.settings()));
  }

  private void update(Context ctx) {
    ProjectSummary p = summary(ctx);
    ProjectSpec spec = spec(JsonIO.body(ctx));
    ProjectSettings settings = actions.updateProject(p, spec, Params.principal(ctx).actor());
    JsonIO.write(ctx, 200, Views.project(p, null, settings));
  }

  private void delete(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    s.access().deleteProject(name, Params.principal(ctx).actor());
    ctx.status(204);
  }

  private ProjectSpec spec(JsonNode body) {
    JsonNode checklist = body.get("checklist");
    if (checklist == null || !checklist.isObject()) {
      throw HttpProblem.invalid(
          "checklist is an object with path (a file under the repositories folder) or markdown");
    }
    return new ProjectSpec(
        JsonIO.text(checklist, "path"),
        JsonIO.text(checklist, "name"),
        JsonIO.text(checklist, "markdown"),
        JsonIO.texts(body, "targets"),
        JsonIO.text(body, "config"),
        JsonIO.text(body, "schedule"));
  }

  private void audits(Context ctx) {
    String slug = ctx.pathParam("project");
    String name = s.project(slug);
    int limit = Params.limit(ctx, 50, 500);
    Long before = Params.optionalId(ctx, "before");
    Recent<AuditsPage, JsonIO.Prepared> kept = auditPages.get(s.access().overview(TREND));
    JsonIO.write(
        ctx,
        200,
        kept.get(
            new AuditsPage(slug, before, limit),
            () ->
                JsonIO.Prepared.of(
                    auditsPage(slug, s.access().audits(name, before, limit), limit))));
  }

  private static Map<String, Object> auditsPage(String slug, List<AuditSummary> page, int limit) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("audits", page.stream().map(Views::audit).toList());
    out.put(
        "next",
        page.size() < limit
            ? null
            : "/api/v1/projects/"
                + slug
                + "/audits?limit="
                + limit
                + "&before="
                + page.getLast().id());
    return out;
  }

  private void trigger(Context ctx) {
    ProjectSummary p = summary(ctx);
    AuditRunner.Run run;
    try {
      run = s.runner().trigger(p.name(), p.id(), Params.principal(ctx).actor());
    } catch (IllegalStateException e) {
      throw HttpProblem.conflict(e.getMessage());
    }
    ctx.header("Location", "/api/v1/runs/" + run.id());
    JsonIO.write(ctx, 202, Views.run(run));
  }

  private void run(Context ctx) {
    long id = Params.id(ctx, "run");
    AuditRunner.Run run =
        s.runner().run(id).orElseThrow(() -> HttpProblem.notFound("there is no run #" + id));
    JsonIO.write(ctx, 200, Views.run(run));
  }

  private void item(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    String item = ctx.pathParam("item");
    List<ServerAccess.ItemHistory> h =
        s.access().itemHistory(name, item, Params.limit(ctx, 100, 1000));
    if (h.isEmpty()) {
      throw HttpProblem.notFound("no audit of '" + name + "' has an item " + item);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("project", name);
    out.put("item", item);
    out.put("text", h.getFirst().text());
    out.put("history", h.stream().map(Views::history).toList());
    JsonIO.write(ctx, 200, out);
  }

  private void log(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    JsonIO.write(
        ctx,
        200,
        Map.of(
            "entries",
            s.store().log(name, Params.limit(ctx, 100, 1000)).stream().map(Views::log).toList()));
  }

  private void audit(Context ctx) {
    StoredAudit a = stored(s, Params.id(ctx, "audit"));
    JsonIO.write(ctx, 200, auditJson.get(a.id(), () -> JsonIO.Prepared.of(Views.audit(a))));
  }

  private void diff(Context ctx) {
    StoredAudit a = stored(s, Params.id(ctx, "audit"));
    StoredAudit b = stored(s, Params.id(ctx, "other"));
    if (!a.summary().project().equals(b.summary().project())) {
      throw HttpProblem.invalid("the two audits are of different projects");
    }
    boolean aFirst =
        a.summary().started().isBefore(b.summary().started())
            || (a.summary().started().equals(b.summary().started()) && a.id() < b.id());
    Changes c = aFirst ? Changes.between(a, b) : Changes.between(b, a);
    JsonIO.write(ctx, 200, Views.changes(c));
  }

  private ProjectSummary summary(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    return s.store().project(name).orElseThrow(() -> HttpProblem.notFound("no project " + name));
  }

  /** Audit {@code id} with its items, or a 404. */
  public static StoredAudit stored(Services s, long id) {
    return s.access().audit(id).orElseThrow(() -> HttpProblem.notFound("there is no audit #" + id));
  }
}
