package dev.golive.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.bench.store.StoreFill;
import dev.golive.store.Store;
import dev.golive.store.StoreUrl;
import dev.golive.testkit.Postgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What bench/server/run.sh needs besides wrk and golive serve: a store filled with a year of daily
 * audits ({@link StoreFill}), in an SQLite file or in a PostgreSQL database of a server the test
 * kit starts and keeps running, and a signed-in session and an API token on the running server. See
 * bench/README.md, "Server under load".
 *
 * <pre>
 * LoadSetup sqlite   --file F --projects N --audits N --items N
 * LoadSetup postgres --dir D --projects N --audits N --items N [--parent PID]
 * LoadSetup session  --url URL --email E --password P --project N --out FILE
 * </pre>
 *
 * {@code postgres} writes {@code D/postgres.env} once the database is filled and keeps the server
 * until it is stopped (SIGTERM) or process {@code --parent} ends. {@code session} signs in through
 * the form as a browser does, makes a read-only token through the API, picks project number N and
 * its latest audit, and writes them to FILE as shell assignments.
 */
public final class LoadSetup {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]{43})\"");

  private LoadSetup() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: LoadSetup sqlite|postgres|session --option value");
    }
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option, got " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    switch (args[0]) {
      case "sqlite" -> sqlite(Path.of(need(o, "file")), fill(o));
      case "postgres" ->
          postgres(
              Path.of(need(o, "dir")),
              fill(o),
              o.containsKey("parent") ? Long.parseLong(o.get("parent")) : -1);
      case "session" ->
          session(
              URI.create(need(o, "url")),
              need(o, "email"),
              need(o, "password"),
              Integer.parseInt(need(o, "project")),
              Path.of(need(o, "out")));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  private static String need(Map<String, String> o, String name) {
    String v = o.get(name);
    if (v == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return v;
  }

  private static StoreFill fill(Map<String, String> o) {
    return new StoreFill(
        Integer.parseInt(need(o, "projects")),
        Integer.parseInt(need(o, "audits")),
        Integer.parseInt(need(o, "items")));
  }

  /** Fills a new SQLite file. */
  static void sqlite(Path file, StoreFill fill) throws IOException {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(file + suffix));
    }
    String version = fillStore(StoreUrl.parse(file.toString()), fill, "SELECT sqlite_version()");
    Files.writeString(Path.of(file + ".version"), "SQLite " + version + "\n");
    System.err.printf(Locale.ROOT, "setup: %s, %.0f MB%n", file, Files.size(file) / 1e6);
  }

  /**
   * Starts PostgreSQL with the test kit (fsync off, as for the tests, and 256 MB of shared buffers,
   * a small server's), fills a database, writes how to reach it, and keeps it until stopped.
   */
  static void postgres(Path dir, StoreFill fill, long parent) throws Exception {
    Files.createDirectories(dir);
    Path env = dir.resolve("postgres.env");
    Files.deleteIfExists(env);
    Postgres pg =
        Postgres.start(
            Postgres.Config.defaults()
                .set("shared_buffers", "'256MB'")
                .set("max_connections", "50"));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  pg.close();
                  stopped.countDown();
                },
                "postgres-stop"));
    Postgres.Scratch db = pg.createDatabase();
    System.err.println("setup: PostgreSQL " + pg.version() + " on port " + pg.port());
    fillStore(StoreUrl.parse(db.url()), fill, "SHOW server_version");
    System.err.println(
        "setup: database "
            + pg.query(db.name(), "SELECT pg_size_pretty(pg_database_size(current_database()))"));
    // the server's main process, whose own CPU time and its backends' run.sh adds to golive's
    long postmaster;
    try (java.sql.Connection c = db.connect();
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      postmaster =
          ProcessHandle.of(rs.getLong(1))
              .flatMap(ProcessHandle::parent)
              .map(ProcessHandle::pid)
              .orElse(0L);
    }
    // golive serve reads the password from the environment variable its --db URL names
    String written =
        "GOLIVE_BENCH_PG_PASSWORD='"
            + pg.password()
            + "'\nPG_URL='postgres://"
            + Postgres.SUPERUSER
            + ":${GOLIVE_BENCH_PG_PASSWORD}@"
            + pg.host()
            + ":"
            + pg.port()
            + "/"
            + db.name()
            + "'\nPG_VERSION='"
            + pg.version()
            + "'\nPG_PID='"
            + postmaster
            + "'\n";
    Path tmp = dir.resolve("postgres.env.tmp");
    Files.writeString(tmp, written);
    Files.move(tmp, env, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    Optional<ProcessHandle> watched = parent > 0 ? ProcessHandle.of(parent) : Optional.empty();
    while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
      if (watched.isPresent() && !watched.get().isAlive()) {
        System.err.println("setup: run.sh is gone; stopping PostgreSQL");
        System.exit(0);
      }
    }
  }

  /** Fills the store at {@code url} and returns what {@code versionQuery} answers there. */
  private static String fillStore(StoreUrl url, StoreFill fill, String versionQuery) {
    try (Store store = Store.open(url, Store.Options.defaults())) {
      long started = System.nanoTime();
      long[] last = {started};
      int[] total = {0};
      fill.fill(
          store,
          saved -> {
            total[0] = saved;
            long now = System.nanoTime();
            if (now - last[0] > 30_000_000_000L) {
              System.err.printf(Locale.ROOT, "setup: ... %,d audits saved%n", saved);
              last[0] = now;
            }
          });
      store.jdbi().useHandle(h -> h.execute("ANALYZE"));
      System.err.printf(
          Locale.ROOT,
          "setup: %,d audits saved in %.0f s%n",
          total[0],
          (System.nanoTime() - started) / 1e9);
      return store.jdbi().withHandle(h -> h.select(versionQuery).mapTo(String.class).one());
    }
  }

  /** Signs in, makes a token, and writes what the load runs send as shell assignments. */
  static void session(URI base, String email, String password, int project, Path out)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> form = http.send(get(base, "/login").build(), body());
    String loginCookie = cookie(form, "golive-login");
    Matcher m = CSRF_FIELD.matcher(form.body());
    if (form.statusCode() != 200 || loginCookie == null || !m.find()) {
      throw new IllegalStateException("GET /login: no sign-in form (" + form.statusCode() + ")");
    }
    String fields =
        "_csrf="
            + m.group(1)
            + "&next=%2F&email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(base.resolve("/login"))
                .header("Cookie", "golive-login=" + loginCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            body());
    String session = cookie(signedIn, "golive");
    if (signedIn.statusCode() != 303 || session == null) {
      throw new IllegalStateException(
          "POST /login: not signed in (" + signedIn.statusCode() + "); check the admin's password");
    }
    String sessionCookie = "golive=" + session;
    JsonNode me = json(http, get(base, "/api/v1/me").header("Cookie", sessionCookie));
    JsonNode made =
        json(
            http,
            HttpRequest.newBuilder(base.resolve("/api/v1/tokens"))
                .header("Cookie", sessionCookie)
                .header("X-CSRF-Token", me.path("csrfToken").asText())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"load test\", \"scope\": \"read\"}")));
    String token = made.path("token").asText();
    String bearer = "Bearer " + token;
    String wanted = StoreFill.projectName(project);
    String slug = null;
    for (JsonNode p :
        json(http, get(base, "/api/v1/projects").header("Authorization", bearer))
            .path("projects")) {
      if (p.path("name").asText().equals(wanted)) {
        slug = p.path("slug").asText();
      }
    }
    if (slug == null) {
      throw new IllegalStateException("the store has no project " + wanted);
    }
    JsonNode audits =
        json(
            http,
            get(base, "/api/v1/projects/" + slug + "/audits?limit=1")
                .header("Authorization", bearer));
    long audit = audits.path("audits").path(0).path("id").asLong();
    JsonNode stored =
        json(http, get(base, "/api/v1/audits/" + audit).header("Authorization", bearer));
    long evidence = 0;
    for (JsonNode i : stored.path("itemResults")) {
      for (JsonNode f : i.path("findings")) {
        if (!f.path("evidence").isEmpty()) {
          evidence++;
        }
      }
    }
    if (evidence == 0) {
      throw new IllegalStateException("audit #" + audit + " holds no evidence");
    }
    HttpResponse<String> page =
        http.send(get(base, "/").header("Cookie", sessionCookie).build(), body());
    if (page.statusCode() != 200) {
      throw new IllegalStateException("GET / with the session answered " + page.statusCode());
    }
    Files.writeString(
        out,
        String.join(
            "\n",
            List.of(
                "BENCH_COOKIE='" + sessionCookie + "'",
                "BENCH_TOKEN='" + token + "'",
                "BENCH_PROJECT='" + slug + "'",
                "BENCH_AUDIT='" + audit + "'",
                "BENCH_EVIDENCE='" + evidence + "'",
                "")));
    System.err.printf(
        Locale.ROOT,
        "setup: signed in as %s, token %s..., project %s, audit #%d (%d findings with evidence)%n",
        email,
        token.substring(0, 8),
        slug,
        audit,
        evidence);
  }

  private static HttpRequest.Builder get(URI base, String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static JsonNode json(HttpClient http, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpRequest r = request.header("Accept", "application/json").build();
    HttpResponse<String> res = http.send(r, body());
    if (res.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          r.method()
              + " "
              + r.uri().getPath()
              + " answered "
              + res.statusCode()
              + ": "
              + res.body());
    }
    return JSON.readTree(res.body());
  }

  /** The value of cookie {@code name} the answer sets, or {@code null}. */
  private static String cookie(HttpResponse<?> res, String name) {
    for (String c : res.headers().allValues("set-cookie")) {
      if (c.startsWith(name + "=")) {
        String v = c.substring(name.length() + 1);
        int end = v.indexOf(';');
        v = end < 0 ? v : v.substring(0, end);
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }
}
