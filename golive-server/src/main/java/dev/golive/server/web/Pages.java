package dev.golive.server.web;

import static dev.golive.server.auth.Role.EDITOR;
import static dev.golive.server.auth.Role.VIEWER;

import dev.golive.server.Actions;
import dev.golive.server.Derived;
import dev.golive.server.HttpProblem;
import dev.golive.server.Principal;
import dev.golive.server.Route;
import dev.golive.server.Security;
import dev.golive.server.Services;
import dev.golive.server.api.ProjectApi;
import dev.golive.server.auth.RateLimiter;
import dev.golive.server.auth.Sessions;
import dev.golive.server.auth.Tokens;
import dev.golive.server.auth.User;
import dev.golive.server.auth.Users;
import dev.golive.server.project.AuditRunner;
import dev.golive.store.AuditSummary;
import dev.golive.store.Changes;
import dev.golive.store.ProjectSummary;
import dev.golive.store.Recent;
import dev.golive.store.ServerAccess;
import dev.golive.store.StoredAudit;
import dev.golive.store.StoredItem;
import dev.golive.store.StoredWaiver;
import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The dashboard: pages rendered on the server from precompiled templates, one style sheet. */
public final class Pages {
  private static final byte[] CSS = resource("/dev/golive/server/web/golive.css");

  /** The style sheet's path, with a version so that it may be cached for good. */
  public static final String CSS_PATH =
      "/static/golive.css?v="
          + Tokens.sha256(new String(CSS, java.nio.charset.StandardCharsets.UTF_8))
              .substring(0, 12);

  private static final String LANG_COOKIE = "golive-lang";

  /** Seconds between reloads of a project's page while the audit it started runs. */
  static final int RUN_REFRESH = 2;

  /** How many of its audits a project's page lists. */
  static final int AUDITS_SHOWN = 20;

  /** How far ahead the waivers page looks. */
  static final int WAIVER_DAYS = 30;

  private final Services s;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Messages messages = Messages.load();
  private final RateLimiter loginByIp;
  private final RateLimiter loginByAccount;

  /**
   * Projects' last audits as their pages list them, kept while the overview stays the same: a
   * project's audits change only by a new one or by its removal, and either changes the overview.
   */
  private final Derived<ServerAccess.Overview, Recent<String, List<AuditSummary>>> recentAudits =
      new Derived<>(o -> new Recent<>(128));

  /** The projects' table of the front page as HTML, by language, made once per overview. */
  private final Derived<ServerAccess.Overview, Recent<String, byte[]>> projectTables =
      new Derived<>(o -> new Recent<>(8));

  /** The items of audits last shown, as HTML, by all that they depend on. */
  private final Recent<ItemsKey, byte[]> itemsHtml = new Recent<>(64);

  private record ItemsKey(
      long audit, String lang, boolean canEdit, String slug, Map<String, StoredWaiver> waived) {}

  /** The rows of the projects table, made again when the store's overview changes. */
  private final Derived<ServerAccess.Overview, List<ProjectRow>> rows =
      new Derived<>(Pages::makeRows);

  public Pages(Services services) {
    this.s = services;
    int perMinute = services.config().limits().loginPerMinute();
    this.loginByIp = RateLimiter.perMinute(perMinute);
    this.loginByAccount = RateLimiter.perMinute(perMinute);
  }

  /** A row of the projects table and the TV view, its sparkline drawn. */
  public record ProjectRow(
      ProjectSummary project, List<ServerAccess.TrendPoint> trend, String sparkline) {}

  /** Items under one heading path. */
  public record Section(String title, List<StoredItem> items) {}

  public List<Route> routes() {
    return List.of(
        Route.get("/", VIEWER, this::projects),
        Route.get("/tv", VIEWER, this::tv),
        Route.get("/projects/{project}", VIEWER, this::project),
        Route.post("/projects/{project}/audits", EDITOR, this::trigger),
        Route.get("/projects/{project}/items/{item}", VIEWER, this::item),
        Route.get("/audits/{audit}", VIEWER, this::audit),
        Route.get("/audits/{audit}/diff/{other}", VIEWER, this::diff),
        Route.get("/waivers", VIEWER, this::waivers),
        Route.post("/waivers/{waiver}/revoke", EDITOR, this::revokeWaiver),
        Route.get("/login", null, this::loginForm),
        Route.post("/login", null, this::login),
        Route.post("/logout", VIEWER, this::logout),
        Route.get("/account/password", VIEWER, this::passwordForm),
        Route.post("/account/password", VIEWER, this::password),
        Route.get("/static/golive.css", null, Pages::css));
  }

  private void projects(Context ctx) {
    Page page = page(ctx, "projects.title", 0);
    ServerAccess.Overview overview = s.access().overview(ProjectApi.TREND);
    byte[] table =
        projectTables
            .get(overview)
            .get(
                page.lang(),
                () -> html("project-table.jte", Map.of("page", page, "rows", rows.get(overview))));
    render(
        ctx,
        200,
        "projects.jte",
        Map.of("page", page, "table", kept(table), "empty", overview.projects().isEmpty()));
  }

  private void tv(Context ctx) {
    render(ctx, 200, "tv.jte", Map.of("page", page(ctx, "tv.title", 30), "rows", rows()));
  }

  private List<ProjectRow> rows() {
    return rows.get(s.access().overview(ProjectApi.TREND));
  }

  private static List<ProjectRow> makeRows(ServerAccess.Overview o) {
    return o.projects().stream()
        .map(p -> new ProjectRow(p, o.trend(p), Fmt.sparkline(o.trend(p))))
        .toList();
  }

  private void project(Context ctx) {
    String slug = ctx.pathParam("project");
    String name = s.project(slug);
    // the run first: a run read as ended has its audit stored, so what is read after holds it
    AuditRunner.Run run = run(ctx, name);
    ServerAccess.Overview overview = s.access().overview(ProjectApi.TREND);
    ProjectSummary p =
        overview.project(name).orElseThrow(() -> HttpProblem.notFound("no project " + name));
    List<AuditSummary> audits =
        recentAudits.get(overview).get(name, () -> s.access().audits(name, null, AUDITS_SHOWN));
    StoredAudit latest =
        audits.isEmpty() ? null : s.access().audit(audits.getFirst().id()).orElse(null);
    boolean running =
        run != null && (run.state().equals("queued") || run.state().equals("running"));
    Page page = page(ctx, p.name(), running ? RUN_REFRESH : 0, texts(ctx));
    Map<String, Object> m = new HashMap<>();
    m.put("page", page);
    m.put("run", run);
    m.put("note", Forms.note(ctx, texts(ctx)));
    m.put("project", p);
    m.put("settings", s.projects().settings(p.id()).orElse(null));
    m.put("latest", latest);
    if (latest != null) {
      m.put("items", items(page, p.slug(), latest, waivedNow(p.name())));
    }
    m.put("audits", audits);
    render(ctx, 200, "project.jte", m);
  }

  /** The run {@code ?run=} names, when it is one of {@code project}'s; else {@code null}. */
  private AuditRunner.Run run(Context ctx, String project) {
    String v = ctx.queryParam("run");
    if (v == null) {
      return null;
    }
    try {
      return s.runner()
          .run(Long.parseLong(v))
          .filter(r -> r.project().equals(project))
          .orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The sections and items of audit {@code a} as HTML, rendered once for each way they are shown: a
   * stored audit never changes, so all that varies is in the key.
   */
  private Content items(Page page, String slug, StoredAudit a, Map<String, StoredWaiver> waived) {
    byte[] html =
        itemsHtml.get(
            new ItemsKey(a.id(), page.lang(), page.canEdit(), slug, waived),
            () -> {
              Map<String, Object> m = new HashMap<>();
              m.put("page", page);
              m.put("slug", slug);
              m.put("sections", sections(a));
              m.put("targets", a.targets().size() > 1);
              m.put("waivedNow", waived);
              return html("items.jte", m);
            });
    return kept(html);
  }

  /** The waivers of {@code project} that hold today, by item. */
  private Map<String, StoredWaiver> waivedNow(String project) {
    Map<String, StoredWaiver> out = new HashMap<>();
    for (StoredWaiver w : s.store().waivers().active(project, today())) {
      out.putIfAbsent(w.itemId(), w);
    }
    return out;
  }

  private void trigger(Context ctx) {
    String slug = ctx.pathParam("project");
    ProjectSummary p = s.store().project(s.project(slug)).orElseThrow();
    AuditRunner.Run run;
    try {
      run = s.runner().trigger(p.name(), p.id(), principal(ctx).actor());
    } catch (IllegalStateException e) {
      throw HttpProblem.conflict(e.getMessage());
    }
    ctx.redirect("/projects/" + slug + "?run=" + run.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void item(Context ctx) {
    itemPage(ctx, 200, Form.EMPTY, Form.EMPTY);
  }

  /**
   * An item's page: its verdicts across audits, the waivers and sign-offs that hold on it, and for
   * editors the forms to add them ({@code waive} and {@code signOff}: what was sent and what was
   * wrong with it, when it comes back).
   */
  void itemPage(Context ctx, int status, Form waive, Form signOff) {
    String slug = ctx.pathParam("project");
    String name = s.project(slug);
    String item = ctx.pathParam("item");
    List<ServerAccess.ItemHistory> h = s.access().itemHistory(name, item, 200);
    if (h.isEmpty()) {
      throw HttpProblem.notFound("no audit of this project has that item");
    }
    Map<String, Object> m = new HashMap<>();
    m.put("page", page(ctx, "item.title", 0));
    m.put("slug", slug);
    m.put("project", name);
    m.put("item", item);
    m.put("history", h);
    m.put(
        "waivers",
        s.store().waivers().active(name, today()).stream()
            .filter(w -> w.itemId().equals(item))
            .toList());
    m.put(
        "signOffs",
        s.store().signOffs().active(name, today()).stream()
            .filter(o -> o.itemId().equals(item))
            .toList());
    m.put("waive", waive);
    m.put("signOff", signOff);
    m.put("note", Forms.note(ctx, texts(ctx)));
    render(ctx, status, "item.jte", m);
  }

  private void audit(Context ctx) {
    StoredAudit a = ProjectApi.stored(s, id(ctx, "audit"));
    Page page = page(ctx, "#" + a.id() + " " + a.summary().project());
    String slug = slug(a);
    Map<String, Object> m = new HashMap<>();
    m.put("page", page);
    m.put("slug", slug);
    m.put("audit", a);
    m.put("items", items(page, slug, a, Map.of()));
    render(ctx, 200, "audit.jte", m);
  }

  private void diff(Context ctx) {
    StoredAudit a = ProjectApi.stored(s, id(ctx, "audit"));
    StoredAudit b = ProjectApi.stored(s, id(ctx, "other"));
    if (!a.summary().project().equals(b.summary().project())) {
      throw HttpProblem.invalid("the two audits are of different projects");
    }
    boolean aFirst =
        a.summary().started().isBefore(b.summary().started())
            || (a.summary().started().equals(b.summary().started()) && a.id() < b.id());
    Changes c = aFirst ? Changes.between(a, b) : Changes.between(b, a);
    render(
        ctx,
        200,
        "diff.jte",
        Map.of("page", page(ctx, a.summary().project()), "slug", slug(a), "changes", c));
  }

  private void waivers(Context ctx) {
    waiversPage(ctx, Forms.note(ctx, texts(ctx)));
  }

  private void waiversPage(Context ctx, String message) {
    Map<String, Object> m = new HashMap<>();
    m.put("page", page(ctx, "waivers.title", 0));
    m.put("waivers", s.store().waivers().expiring(today(), WAIVER_DAYS));
    m.put("days", WAIVER_DAYS);
    m.put("message", message);
    render(ctx, 200, "waivers.jte", m);
  }

  private void revokeWaiver(Context ctx) {
    long id = id(ctx, "waiver");
    new Actions(s).revokeWaiver(id, null, principal(ctx).actor());
    String back = safeNext(ctx.formParam("next"));
    ctx.redirect(
        Forms.withNote(back.equals("/") ? "/waivers" : back, "waiver-revoked"),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void loginForm(Context ctx) {
    if (ctx.attribute(Security.PRINCIPAL) != null) {
      ctx.redirect("/");
      return;
    }
    loginPage(ctx, 200, null);
  }

  private void loginPage(Context ctx, int status, String message) {
    String token = ctx.cookie(s.security().loginCookie());
    if (token == null || token.length() != 43) {
      token = Tokens.random(32);
    }
    ctx.res()
        .addHeader(
            "Set-Cookie",
            s.security().cookie(s.security().loginCookie(), token, "Strict", Duration.ofHours(1)));
    Map<String, Object> m = new HashMap<>();
    m.put("page", page(ctx, "login.title", 0));
    m.put("token", token);
    m.put(
        "next",
        safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
    m.put("message", message);
    render(ctx, status, "login.jte", m);
  }

  private void login(Context ctx) {
    Messages.Texts t = texts(ctx);
    String cookie = ctx.cookie(s.security().loginCookie());
    if (cookie == null || !Tokens.same(cookie, ctx.formParam(Security.CSRF_FIELD))) {
      loginPage(ctx, 403, t.get("login.expired"));
      return;
    }
    String email =
        ctx.formParam("email") == null
            ? ""
            : ctx.formParam("email").strip().toLowerCase(Locale.ROOT);
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    Duration wait = loginByIp.take("ip:" + s.security().ip(ctx));
    Duration waitAccount = loginByAccount.take("account:" + email);
    if (waitAccount.compareTo(wait) > 0) {
      wait = waitAccount;
    }
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      ctx.header("Retry-After", Long.toString(seconds));
      loginPage(ctx, 429, t.get("login.limited", seconds));
      return;
    }
    Optional<Users.Credentials> c = s.users().credentials(email);
    boolean ok;
    if (c.isPresent() && c.get().user().active()) {
      ok = s.passwords().verify(password, c.get().passwordHash());
    } else {
      s.passwords().verifyNothing(password);
      ok = false;
    }
    if (!ok) {
      loginPage(ctx, 401, t.get("login.failed"));
      return;
    }
    loginByAccount.reset("account:" + email);
    User user = c.get().user();
    Sessions.Opened opened = s.sessions().open(user);
    ctx.res()
        .addHeader(
            "Set-Cookie",
            s.security().cookie(s.security().sessionCookie(), opened.id(), "Lax", null));
    ctx.res()
        .addHeader(
            "Set-Cookie",
            s.security().cookie(s.security().loginCookie(), "", "Strict", Duration.ZERO));
    String next = user.mustChangePassword() ? "/account/password" : safeNext(ctx.formParam("next"));
    ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    s.sessions().close(principal(ctx).sessionHash());
    ctx.res()
        .addHeader(
            "Set-Cookie",
            s.security().cookie(s.security().sessionCookie(), "", "Lax", Duration.ZERO));
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void passwordForm(Context ctx) {
    passwordPage(ctx, 200, null);
  }

  private void passwordPage(Context ctx, int status, String message) {
    Map<String, Object> m = new HashMap<>();
    m.put("page", page(ctx, "password.title", 0));
    m.put("message", message);
    m.put("forced", principal(ctx).user().mustChangePassword());
    render(ctx, status, "password.jte", m);
  }

  private void password(Context ctx) {
    Messages.Texts t = texts(ctx);
    Principal p = principal(ctx);
    String next = ctx.formParam("new");
    if (next == null || !next.equals(ctx.formParam("repeat"))) {
      passwordPage(ctx, 422, t.get("password.mismatch"));
      return;
    }
    Users.Credentials c = s.users().credentials(p.user().email()).orElseThrow();
    if (!s.passwords()
        .verify(
            ctx.formParam("current") == null ? "" : ctx.formParam("current"), c.passwordHash())) {
      passwordPage(ctx, 403, t.get("password.wrong"));
      return;
    }
    try {
      s.users().setPassword(p.user().id(), next, p.sessionHash(), p.actor());
    } catch (IllegalArgumentException e) {
      passwordPage(ctx, 422, e.getMessage());
      return;
    }
    ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static void css(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=31536000, immutable");
    ctx.contentType("text/css; charset=utf-8").result(CSS);
  }

  /** The error page for {@code p}, in the request's language. */
  public void error(Context ctx, HttpProblem p) {
    Messages.Texts t = texts(ctx);
    String key = "error." + p.status();
    String text = t.texts().containsKey(key) ? t.get(key) : t.get("error.other");
    String message = p.status() < 500 && p.status() != 404 ? text + " " + p.detail() : text;
    try {
      Map<String, Object> m = new HashMap<>();
      m.put("page", page(ctx, "error.title", 0));
      m.put("status", p.status());
      m.put("message", message);
      render(ctx, p.status(), "error.jte", m);
    } catch (RuntimeException e) {
      ctx.status(p.status()).contentType("text/plain; charset=utf-8").result(message);
    }
  }

  void render(Context ctx, int status, String template, Map<String, Object> params) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(html(template, params));
  }

  /**
   * {@code template} rendered straight to UTF-8: the templates' text comes as bytes, and no page is
   * copied as a String.
   */
  private byte[] html(String template, Map<String, Object> params) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    templates.render(template, params, out);
    return out.toByteArray();
  }

  /** HTML rendered before, written into a page as it is. */
  private static Content kept(byte[] html) {
    return output -> output.writeBinaryContent(html);
  }

  Page page(Context ctx, String titleKey, int refresh) {
    Messages.Texts t = texts(ctx);
    return page(ctx, t.get(titleKey), refresh, t);
  }

  Page page(Context ctx, String title) {
    return page(ctx, title, 0, texts(ctx));
  }

  Page page(Context ctx, String title, int refresh, Messages.Texts t) {
    Principal p = ctx.attribute(Security.PRINCIPAL);
    return new Page(t, p, p == null ? null : p.csrf(), title, ctx.path(), refresh);
  }

  /**
   * The request's language: {@code ?lang=}, then its cookie, then Accept-Language, then English.
   */
  Messages.Texts texts(Context ctx) {
    Messages.Texts cached = ctx.attribute("golive.texts");
    if (cached != null) {
      return cached;
    }
    String lang = ctx.queryParam("lang");
    if (lang != null && Messages.LANGUAGES.contains(lang)) {
      ctx.res()
          .addHeader(
              "Set-Cookie", s.security().cookie(LANG_COOKIE, lang, "Lax", Duration.ofDays(365)));
    } else {
      lang = ctx.cookie(LANG_COOKIE);
      if (lang == null || !Messages.LANGUAGES.contains(lang)) {
        lang = Messages.fromAcceptLanguage(ctx.header("Accept-Language"));
      }
    }
    Messages.Texts t = messages.texts(lang);
    ctx.attribute("golive.texts", t);
    return t;
  }

  /** The items of {@code audit} under their heading paths, in document order. */
  static List<Section> sections(StoredAudit audit) {
    Map<String, List<StoredItem>> by = new LinkedHashMap<>();
    for (StoredItem i : audit.items()) {
      by.computeIfAbsent(Fmt.section(i.section()), k -> new ArrayList<>()).add(i);
    }
    List<Section> out = new ArrayList<>();
    by.forEach((k, v) -> out.add(new Section(k, v)));
    return out;
  }

  private String slug(StoredAudit a) {
    return s.store().project(a.summary().project()).map(ProjectSummary::slug).orElse("");
  }

  LocalDate today() {
    return LocalDate.now(s.clock().withZone(ZoneOffset.UTC));
  }

  static long id(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw HttpProblem.notFound("'" + ctx.pathParam(name) + "' is not a number");
    }
  }

  static Principal principal(Context ctx) {
    Principal p = ctx.attribute(Security.PRINCIPAL);
    if (p == null) {
      throw HttpProblem.unauthorized("sign in first");
    }
    return p;
  }

  /** A path on this server to go to after signing in; anything else is the projects page. */
  public static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(ch -> ch < 0x20)) {
      return "/";
    }
    return next;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
