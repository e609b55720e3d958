package dev.golive.server.web;

import static dev.golive.server.auth.Role.ADMIN;
import static dev.golive.server.auth.Role.EDITOR;

import dev.golive.core.GoliveException;
import dev.golive.core.read.TextDecoder;
import dev.golive.server.Actions;
import dev.golive.server.HttpProblem;
import dev.golive.server.Principal;
import dev.golive.server.Route;
import dev.golive.server.Services;
import dev.golive.server.auth.ApiTokens;
import dev.golive.server.auth.Role;
import dev.golive.server.auth.User;
import dev.golive.server.project.ProjectSettings;
import dev.golive.server.project.ProjectSpec;
import dev.golive.store.ProjectSummary;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's forms: projects, waivers and sign-offs for editors, users and API tokens for
 * admins. Each posts with the session's CSRF token, needs the role its API route needs, goes
 * through the same {@link Actions} as the API, and answers Post/Redirect/Get: a redirect to the
 * page that shows the change, or the form again with what was wrong, in the user's language.
 */
public final class Forms {
  /** The notes a page shows after a redirect, by {@code ?done=}. */
  private static final Set<String> NOTES =
      Set.of(
          "project-created",
          "project-saved",
          "waiver-granted",
          "waiver-revoked",
          "signoff-granted",
          "signoff-revoked",
          "user-created",
          "user-saved",
          "password-reset",
          "token-created",
          "token-revoked");

  /** How many checklist files of the repositories folder the project form offers. */
  private static final int MAX_OFFERED = 200;

  /** How many files the search for them looks at, at most. */
  private static final int MAX_VISITED = 20_000;

  /** Folders of dependencies and builds, never searched for checklists. */
  private static final Set<String> SKIPPED =
      Set.of("node_modules", "vendor", "target", "build", "dist");

  private final Services s;
  private final Pages pages;
  private final Actions actions;
  private final Flash flash;

  public Forms(Services services, Pages pages) {
    this.s = services;
    this.pages = pages;
    this.actions = new Actions(services);
    this.flash = new Flash(services.clock());
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/new-project", EDITOR, this::newProject),
        Route.post("/new-project", EDITOR, this::createProject),
        Route.get("/projects/{project}/edit", EDITOR, this::editProject),
        Route.post("/projects/{project}/edit", EDITOR, this::saveProject),
        Route.post("/projects/{project}/items/{item}/waivers", EDITOR, this::waive),
        Route.post("/projects/{project}/items/{item}/sign-offs", EDITOR, this::signOff),
        Route.post("/sign-offs/{signOff}/revoke", EDITOR, this::revokeSignOff),
        Route.get("/admin/users", ADMIN, this::users),
        Route.post("/admin/users", ADMIN, this::createUser),
        Route.post("/admin/users/{user}", ADMIN, this::updateUser),
        Route.post("/admin/users/{user}/password", ADMIN, this::resetPassword),
        Route.get("/admin/tokens", ADMIN, this::tokens),
        Route.post("/admin/tokens", ADMIN, this::createToken),
        Route.post("/admin/tokens/{token}/revoke", ADMIN, this::revokeToken));
  }

  // ---- projects

  private void newProject(Context ctx) {
    projectForm(ctx, 200, null, Form.EMPTY);
  }

  private void editProject(Context ctx) {
    ProjectSummary p = summary(ctx);
    ProjectSettings st = s.projects().settings(p.id()).orElse(null);
    Map<String, String> v = new HashMap<>();
    v.put("name", p.name());
    if (st != null) {
      v.put("path", st.checklistPath() == null ? "" : st.checklistPath());
      v.put("markdown", st.checklistText() == null ? "" : st.checklistText());
      v.put("checklistName", st.checklistName() == null ? "" : st.checklistName());
      v.put("targets", String.join("\n", st.targets()));
      v.put("config", st.config() == null ? "" : st.config());
      v.put("schedule", st.schedule() == null ? "" : st.schedule());
    }
    projectForm(ctx, 200, p, Form.of(v));
  }

  private void createProject(Context ctx) {
    Map<String, String> v =
        fields(ctx, "name", "path", "markdown", "targets", "config", "schedule");
    List<String> problems = new ArrayList<>();
    ProjectSpec spec = spec(ctx, v, null, problems);
    if (!problems.isEmpty()) {
      projectForm(ctx, 422, null, failed(ctx, v, problems));
      return;
    }
    try {
      Actions.NewProject made =
          actions.createProject(v.get("name"), spec, Pages.principal(ctx).actor());
      redirect(ctx, "/projects/" + made.project().slug(), "project-created");
    } catch (HttpProblem p) {
      projectForm(ctx, p.status() == 409 ? 409 : 422, null, failed(ctx, v, problems(p)));
    }
  }

  private void saveProject(Context ctx) {
    ProjectSummary p = summary(ctx);
    Map<String, String> v = fields(ctx, "path", "markdown", "targets", "config", "schedule");
    v.put("name", p.name());
    ProjectSettings before = s.projects().settings(p.id()).orElse(null);
    List<String> problems = new ArrayList<>();
    ProjectSpec spec = spec(ctx, v, before, problems);
    if (!problems.isEmpty()) {
      projectForm(ctx, 422, p, failed(ctx, v, problems));
      return;
    }
    try {
      actions.updateProject(p, spec, Pages.principal(ctx).actor());
      redirect(ctx, "/projects/" + p.slug(), "project-saved");
    } catch (HttpProblem e) {
      projectForm(ctx, 422, p, failed(ctx, v, problems(e)));
    }
  }

  /**
   * The settings the form gives: an uploaded file wins over pasted Markdown, which wins over a path
   * only when no path is given (both given is a problem the rules name). Problems of the upload
   * itself go to {@code problems}.
   */
  private ProjectSpec spec(
      Context ctx, Map<String, String> v, ProjectSettings before, List<String> problems) {
    String markdown = v.get("markdown");
    String name = null;
    UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("upload") : null;
    if (upload != null && upload.size() > 0) {
      if (upload.size() > ProjectSpec.MAX_MARKDOWN) {
        problems.add("checklist.markdown has more than 1 MiB");
        return null;
      }
      name = fileName(upload.filename());
      try (InputStream in = upload.content()) {
        markdown = TextDecoder.decode(name, in.readAllBytes()).text();
      } catch (GoliveException e) {
        problems.add(e.oneLine());
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      v.put("markdown", markdown);
    } else if (markdown != null && !markdown.isBlank() && before != null) {
      name = before.checklistText() != null ? before.checklistName() : null;
    }
    if (name == null && markdown != null && !markdown.isBlank()) {
      name = "CHECKLIST.md";
    }
    List<String> targets =
        Arrays.stream(v.getOrDefault("targets", "").split("\\R"))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .toList();
    return new ProjectSpec(
        blankToNull(v.get("path")),
        markdown == null || markdown.isBlank() ? null : name,
        blankToNull(markdown),
        targets,
        blankToNull(v.get("config")),
        blankToNull(v.get("schedule")));
  }

  private void projectForm(Context ctx, int status, ProjectSummary project, Form form) {
    Map<String, Object> m = new HashMap<>();
    m.put(
        "page",
        project == null
            ? pages.page(ctx, "form.project.new", 0)
            : pages.page(ctx, project.name(), 0, pages.texts(ctx)));
    m.put("project", project);
    m.put("form", form);
    m.put("repositories", s.config().repositories() != null);
    m.put("checklists", checklists());
    pages.render(ctx, status, "project-form.jte", m);
  }

  /**
   * The Markdown files of the repositories folder, as paths relative to it, a few levels deep;
   * hidden folders and dependency folders are not entered.
   */
  private List<String> checklists() {
    Path root = s.config().repositories();
    if (root == null || !Files.isDirectory(root)) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    int[] visited = {0};
    try {
      Files.walkFileTree(
          root,
          Set.of(),
          4,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
              String n = d.getFileName() == null ? "" : d.getFileName().toString();
              boolean skip = !d.equals(root) && (n.startsWith(".") || SKIPPED.contains(n));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              String rel = root.relativize(f).toString().replace('\\', '/');
              if (a.isRegularFile()
                  && rel.toLowerCase(Locale.ROOT).endsWith(".md")
                  && rel.chars().noneMatch(Character::isISOControl)) {
                found.add(rel);
              }
              return found.size() >= MAX_OFFERED || ++visited[0] > MAX_VISITED
                  ? FileVisitResult.TERMINATE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  // ---- waivers and sign-offs

  private void waive(Context ctx) {
    String project = s.project(ctx.pathParam("project"));
    Map<String, String> v = fields(ctx, "reason", "owner", "until");
    try {
      actions.waive(
          project,
          ctx.pathParam("item"),
          v.get("reason"),
          v.get("owner"),
          v.get("until"),
          Pages.principal(ctx).actor());
      redirect(ctx, itemPath(ctx), "waiver-granted");
    } catch (HttpProblem p) {
      if (p.status() == 404) {
        throw p;
      }
      pages.itemPage(ctx, 422, failed(ctx, v, problems(p)), Form.EMPTY);
    }
  }

  private void signOff(Context ctx) {
    String project = s.project(ctx.pathParam("project"));
    Map<String, String> v = fields(ctx, "reason", "until");
    try {
      actions.signOff(
          project,
          ctx.pathParam("item"),
          v.get("reason"),
          v.get("until"),
          Pages.principal(ctx).actor());
      redirect(ctx, itemPath(ctx), "signoff-granted");
    } catch (HttpProblem p) {
      if (p.status() == 404) {
        throw p;
      }
      pages.itemPage(ctx, 422, Form.EMPTY, failed(ctx, v, problems(p)));
    }
  }

  private void revokeSignOff(Context ctx) {
    long id = Pages.id(ctx, "signOff");
    actions.revokeSignOff(id, null, Pages.principal(ctx).actor());
    String back = Pages.safeNext(ctx.formParam("next"));
    redirect(ctx, back, "signoff-revoked");
  }

  private static String itemPath(Context ctx) {
    return "/projects/"
        + ctx.pathParam("project")
        + "/items/"
        + URLEncoder.encode(ctx.pathParam("item"), StandardCharsets.UTF_8);
  }

  // ---- users

  private void users(Context ctx) {
    usersPage(ctx, 200, Form.of(Map.of("role", "viewer")));
  }

  private void usersPage(Context ctx, int status, Form form) {
    Map<String, Object> m = new HashMap<>();
    m.put("page", pages.page(ctx, "admin.users.title", 0));
    m.put("users", s.users().all());
    m.put("roles", Arrays.stream(Role.values()).map(Role::id).toList());
    m.put("form", form);
    m.put("secret", flash.take(Pages.principal(ctx).sessionHash()));
    m.put("note", note(ctx, pages.texts(ctx)));
    m.put("me", Pages.principal(ctx).user().id());
    pages.render(ctx, status, "users.jte", m);
  }

  private void createUser(Context ctx) {
    Map<String, String> v = fields(ctx, "email", "name", "role", "password");
    try {
      Actions.NewUser made =
          actions.createUser(
              v.get("email"),
              v.get("name"),
              v.get("role"),
              v.get("password"),
              Pages.principal(ctx).actor());
      if (made.oneTimePassword() != null) {
        keep(ctx, "admin.users.oneTime", made.user().email(), made.oneTimePassword());
      }
      redirect(ctx, "/admin/users", "user-created");
    } catch (HttpProblem p) {
      v.remove("password");
      usersPage(ctx, p.status() == 409 ? 409 : 422, failed(ctx, v, problems(p)));
    }
  }

  private void updateUser(Context ctx) {
    long id = Pages.id(ctx, "user");
    String role = blankToNull(ctx.formParam("role"));
    String state = ctx.formParam("state");
    Boolean disabled = state == null ? null : state.equals("disabled");
    try {
      actions.updateUser(id, null, role, disabled, Pages.principal(ctx).actor());
      redirect(ctx, "/admin/users", "user-saved");
    } catch (HttpProblem p) {
      if (p.status() == 404) {
        throw p;
      }
      usersPage(ctx, p.status(), failed(ctx, Map.of("role", "viewer"), problems(p)));
    }
  }

  private void resetPassword(Context ctx) {
    long id = Pages.id(ctx, "user");
    String oneTime = actions.resetPassword(id, Pages.principal(ctx).actor());
    User u = s.users().get(id).orElseThrow();
    keep(ctx, "admin.users.oneTime", u.email(), oneTime);
    redirect(ctx, "/admin/users", "password-reset");
  }

  // ---- API tokens

  private void tokens(Context ctx) {
    tokensPage(ctx, 200, Form.of(Map.of("scope", "read")));
  }

  private void tokensPage(Context ctx, int status, Form form) {
    Map<String, Object> m = new HashMap<>();
    m.put("page", pages.page(ctx, "admin.tokens.title", 0));
    m.put("tokens", s.tokens().list(null));
    m.put("users", s.users().all().stream().filter(User::active).toList());
    m.put("form", form);
    m.put("secret", flash.take(Pages.principal(ctx).sessionHash()));
    m.put("note", note(ctx, pages.texts(ctx)));
    pages.render(ctx, status, "tokens.jte", m);
  }

  private void createToken(Context ctx) {
    Map<String, String> v = fields(ctx, "name", "user", "scope");
    Principal p = Pages.principal(ctx);
    try {
      ApiTokens.Made made =
          actions.createToken(p.user(), p.actor(), v.get("user"), v.get("name"), v.get("scope"));
      keep(ctx, "admin.tokens.secret", made.token().name(), made.secret());
      redirect(ctx, "/admin/tokens", "token-created");
    } catch (HttpProblem e) {
      tokensPage(ctx, 422, failed(ctx, v, problems(e)));
    }
  }

  private void revokeToken(Context ctx) {
    long id = Pages.id(ctx, "token");
    actions.revokeToken(id, Pages.principal(ctx).actor());
    redirect(ctx, "/admin/tokens", "token-revoked");
  }

  // ---- helpers

  /** Keeps a secret for the page the form redirects to; only a session has one to show it on. */
  private void keep(Context ctx, String key, String subject, String secret) {
    String session = Pages.principal(ctx).sessionHash();
    if (session != null) {
      flash.put(session, key, subject, secret);
    }
  }

  private ProjectSummary summary(Context ctx) {
    String name = s.project(ctx.pathParam("project"));
    return s.store().project(name).orElseThrow(() -> HttpProblem.notFound("no project " + name));
  }

  private static Map<String, String> fields(Context ctx, String... names) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String n : names) {
      String x = ctx.formParam(n);
      v.put(n, x == null ? "" : x);
    }
    return v;
  }

  private Form failed(Context ctx, Map<String, String> values, List<String> english) {
    return new Form(values, Problems.translate(pages.texts(ctx), english));
  }

  /** The problems a refusal names: its list, or its one sentence. */
  @SuppressWarnings("unchecked")
  private static List<String> problems(HttpProblem p) {
    Object list = p.body("").get("problems");
    if (list instanceof List<?> l && !l.isEmpty()) {
      return (List<String>) l;
    }
    return List.of(p.detail());
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v;
  }

  /** An uploaded file's name as a checklist's name: its last part, in the letters names allow. */
  static String fileName(String sent) {
    String n = sent == null ? "" : sent.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[^\\w .-]", "-").strip();
    if (n.length() > 200) {
      n = n.substring(n.length() - 200);
    }
    return n.isEmpty() || n.chars().allMatch(ch -> ch == '.') ? "CHECKLIST.md" : n;
  }

  private static void redirect(Context ctx, String path, String note) {
    ctx.redirect(withNote(path, note), HttpStatus.SEE_OTHER);
  }

  /** {@code path} with the note {@code key} for the page to show. */
  static String withNote(String path, String key) {
    return path + (path.contains("?") ? "&" : "?") + "done=" + key;
  }

  /** The note {@code ?done=} asks for, in {@code t}'s language, or {@code null}. */
  static String note(Context ctx, Messages.Texts t) {
    String key = ctx.queryParam("done");
    return key != null && NOTES.contains(key) ? t.get("done." + key) : null;
  }
}
