package dev.golive.server;

import dev.golive.schedule.ScheduledAudits;
import dev.golive.schedule.SlotRunner;
import dev.golive.server.api.AccountApi;
import dev.golive.server.api.ApprovalApi;
import dev.golive.server.api.ProjectApi;
import dev.golive.server.auth.ApiTokens;
import dev.golive.server.auth.Passwords;
import dev.golive.server.auth.Role;
import dev.golive.server.auth.Sessions;
import dev.golive.server.auth.Tokens;
import dev.golive.server.auth.Users;
import dev.golive.server.notify.Notifier;
import dev.golive.server.project.AuditRunner;
import dev.golive.server.project.Projects;
import dev.golive.server.schedule.Background;
import dev.golive.server.schedule.ProjectSchedules;
import dev.golive.server.schedule.SlotAudits;
import dev.golive.server.web.Pages;
import dev.golive.store.ServerAccess;
import dev.golive.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * golive's team server: the REST API under {@code /api/v1}, the dashboard, users, sessions and API
 * tokens, over one {@link Store}. {@link #start} listens; {@link #close} lets requests in flight
 * end and stops the audits it runs, leaving the store to its owner.
 */
public final class GoliveServer implements AutoCloseable {
  /** Answers of this many bytes or more go gzipped to clients that accept it. */
  static final int GZIP_FROM = 512;

  private final Javalin app;
  private final Services services;
  private final List<Route> routes;
  private final PrintWriter log;
  private final Notifier notifier;
  private final ScheduledAudits scheduled;
  private final SlotRunner slotRunner;
  private final AtomicBoolean closed = new AtomicBoolean();

  private GoliveServer(
      Javalin app,
      Services services,
      List<Route> routes,
      PrintWriter log,
      Notifier notifier,
      ScheduledAudits scheduled,
      SlotRunner slotRunner) {
    this.app = app;
    this.services = services;
    this.routes = routes;
    this.log = log;
    this.notifier = notifier;
    this.scheduled = scheduled;
    this.slotRunner = slotRunner;
  }

  /**
   * Starts a server on {@code store} as {@code config} says that only serves: no scheduled audits
   * (see {@link #start(Store, ServerConfig, Background, PrintWriter)}); {@code log} gets one line a
   * request.
   */
  public static GoliveServer start(Store store, ServerConfig config, PrintWriter log) {
    return start(store, config, Background.none(), log);
  }

  /**
   * Starts a server on {@code store} as {@code config} says, which also audits projects on their
   * schedules and does the chores of notifications as {@code background} says, shared with every
   * other server on the same database.
   */
  public static GoliveServer start(
      Store store, ServerConfig config, Background background, PrintWriter log) {
    Passwords passwords = new Passwords();
    Users users = new Users(store.jdbi(), config.clock(), passwords);
    Sessions sessions = new Sessions(store.jdbi(), config.clock());
    ApiTokens tokens = new ApiTokens(store.jdbi(), config.clock());
    Projects projects = new Projects(store.jdbi(), config.clock());
    AtomicReference<URI> address = new AtomicReference<>(config.baseUrl());
    Notifier notifier =
        new Notifier(store, projects, background.environment(), config.clock(), address::get, log);
    AuditRunner runner =
        new AuditRunner(
            store,
            projects,
            config.clock(),
            config.repositories(),
            config.auditTrust(),
            version(),
            log,
            notifier::afterAuditLater);
    Security security = new Security(config, sessions, tokens);
    Services services =
        new Services(
            config,
            store,
            new ServerAccess(store),
            projects,
            runner,
            users,
            sessions,
            tokens,
            passwords,
            security,
            config.clock());
    Pages pages = new Pages(services);
    List<Route> routes = new ArrayList<>();
    routes.add(Route.get("/health", null, GoliveServer::health));
    routes.add(Route.get("/api/openapi.json", null, OpenApi::serve));
    routes.addAll(new ProjectApi(services).routes());
    routes.addAll(new ApprovalApi(services).routes());
    routes.addAll(new AccountApi(services).routes());
    routes.addAll(pages.routes());
    routes.addAll(new dev.golive.server.web.Forms(services, pages).routes());
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.concurrency.useVirtualThreads = true;
              cfg.http.maxRequestSize = 2L << 20;
              // forms with files (a checklist upload) stay within the same size
              cfg.jetty.multipartConfig.maxTotalRequestSize(
                  Security.MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
              // pages and JSON of 512 bytes or more go gzipped (Javalin's default starts at 1500),
              // at level 1 as nginx does by default: a third of level 6's time for a third more
              // bytes (bench/README.md, "Server under load")
              io.javalin.compression.CompressionStrategy gzip =
                  new io.javalin.compression.CompressionStrategy(
                      null, new io.javalin.compression.Gzip(1));
              gzip.setDefaultMinSizeForCompression(GZIP_FROM);
              cfg.http.compressionStrategy = gzip;
              cfg.jetty.modifyHttpConfiguration(
                  hc -> {
                    hc.setSendServerVersion(false);
                    hc.setSendXPoweredBy(false);
                  });
              cfg.jetty.modifyServer(
                  server -> {
                    // on stop, requests in flight get up to five seconds to finish
                    server.insertHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
                    server.setStopTimeout(5_000);
                  });
              if (config.tlsCert() != null) {
                cfg.jetty.addConnector((server, hc) -> https(server, hc, config));
              }
              cfg.requestLogger.http((ctx, ms) -> logRequest(log, security, ctx, ms));
              cfg.routes.before(security::before);
              for (Route r : routes) {
                cfg.routes.addHttpHandler(r.method(), r.path(), security.guard(r));
              }
              cfg.routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e, pages));
              cfg.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      problem(
                          ctx,
                          e.getStatus() == 404
                              ? HttpProblem.notFound("there is nothing at " + ctx.path())
                              : new HttpProblem(
                                  e.getStatus(),
                                  "http-" + e.getStatus(),
                                  reason(e.getStatus()),
                                  e.getMessage()),
                          pages));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    log.println(
                        "golive: "
                            + ctx.method()
                            + " "
                            + ctx.path()
                            + " failed: "
                            + e.getClass().getSimpleName()
                            + ": "
                            + e.getMessage());
                    if (config.verbose()) {
                      e.printStackTrace(log);
                    }
                    problem(
                        ctx,
                        new HttpProblem(
                            500,
                            "internal",
                            "Internal error",
                            "the server could not answer; its log says why"),
                        pages);
                  });
              cfg.routes.error(
                  404,
                  "*",
                  ctx -> {
                    if (ctx.result() == null || ctx.result().isEmpty() || unmatched(ctx)) {
                      problem(
                          ctx, HttpProblem.notFound("there is nothing at " + ctx.path()), pages);
                    }
                  });
              cfg.routes.error(
                  405,
                  "*",
                  ctx ->
                      problem(
                          ctx,
                          new HttpProblem(
                              405,
                              "method-not-allowed",
                              "Method not allowed",
                              ctx.method() + " is not allowed on " + ctx.path()),
                          pages));
            });
    if (config.tlsCert() != null) {
      app.start();
    } else {
      app.start(config.bind(), config.port());
    }
    address.set(url(config, app));
    ScheduledAudits scheduled = null;
    SlotRunner slotRunner = null;
    if (background.schedule() != null) {
      slotRunner =
          new SlotAudits(store, projects, runner, notifier, background.schedule().instance(), log);
      try {
        scheduled =
            ScheduledAudits.start(
                store.dataSource(),
                new ProjectSchedules(store.jdbi(), log),
                slotRunner,
                background.schedule(),
                List.of(
                    new ScheduledAudits.Chore(
                        "notify-retry", background.retryEvery(), notifier::retryFailed),
                    new ScheduledAudits.Chore(
                        "notify-unnotified", background.retryEvery(), notifier::unnotified),
                    new ScheduledAudits.Chore(
                        "notify-waivers", background.waiversEvery(), notifier::waivers)));
      } catch (RuntimeException e) {
        app.stop();
        runner.close();
        notifier.close();
        throw e;
      }
    }
    return new GoliveServer(
        app, services, List.copyOf(routes), log, notifier, scheduled, slotRunner);
  }

  private static ServerConnector https(Server server, HttpConfiguration base, ServerConfig config) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(Tls.keyStore(config.tlsCert(), config.tlsKey()));
    ssl.setKeyStorePassword(new String(Tls.PASSWORD));
    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    HttpConfiguration hc = new HttpConfiguration(base);
    SecureRequestCustomizer src = new SecureRequestCustomizer();
    src.setSniHostCheck(false);
    hc.addCustomizer(src);
    ServerConnector c =
        new ServerConnector(
            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(hc));
    c.setHost(config.bind());
    c.setPort(config.port());
    return c;
  }

  private static boolean unmatched(Context ctx) {
    return ctx.endpoint() == null;
  }

  /** Writes {@code p} as problem+json on the API, as an error page elsewhere. */
  static void problem(Context ctx, HttpProblem p, Pages pages) {
    ctx.status(p.status());
    p.headers().forEach(ctx::header);
    if (Route.isApi(ctx.path()) || wantsJson(ctx)) {
      try {
        ctx.contentType("application/problem+json")
            .result(JsonIO.MAPPER.writeValueAsBytes(p.body(ctx.path())));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        ctx.contentType("text/plain; charset=utf-8").result(p.title());
      }
    } else {
      pages.error(ctx, p);
    }
  }

  private static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null
        && (accept.contains("application/json") || accept.contains("application/problem+json"))
        && !accept.contains("text/html");
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "The request is malformed";
      case 413 -> "Request too large";
      case 415 -> "Unsupported media type";
      default -> "HTTP " + status;
    };
  }

  private static void health(Context ctx) {
    JsonIO.write(ctx, 200, java.util.Map.of("status", "ok"));
  }

  private static void logRequest(PrintWriter log, Security security, Context ctx, Float ms) {
    log.println(
        String.format(
            Locale.ROOT,
            "%s %s %s %s %d %.0fms",
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
            security.ip(ctx),
            ctx.method(),
            ctx.path(),
            ctx.statusCode(),
            ms));
  }

  /** golive's version from the jar, or {@code development}. */
  public static String version() {
    String v = GoliveServer.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /**
   * Makes the first admin when there is no user yet: {@code email} and {@code password} when given
   * (GOLIVE_ADMIN_EMAIL / GOLIVE_ADMIN_PASSWORD), else admin@localhost with a one-time password,
   * returned to be printed once.
   *
   * @return the one-time password, or empty when none was made
   */
  public static Optional<String> firstAdmin(Services s, String email, String password) {
    if (s.users().count() > 0) {
      return Optional.empty();
    }
    if (email != null && !email.isBlank() && password != null && !password.isBlank()) {
      s.users().create(email, "Admin", Role.ADMIN, password, false, "golive serve");
      return Optional.empty();
    }
    String oneTime = Tokens.random(15);
    s.users()
        .create(
            email == null || email.isBlank() ? "admin@localhost" : email,
            "Admin",
            Role.ADMIN,
            oneTime,
            true,
            "golive serve");
    return Optional.of(oneTime);
  }

  public int port() {
    return port(app);
  }

  private static int port(Javalin app) {
    return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
  }

  /** Where the server answers: its base URL when given, else its own address. */
  public URI url() {
    return url(services.config(), app);
  }

  private static URI url(ServerConfig c, Javalin app) {
    if (c.baseUrl() != null) {
      return c.baseUrl();
    }
    String host = c.bind().contains(":") ? "[" + c.bind() + "]" : c.bind();
    if (host.equals("0.0.0.0") || host.equals("[::]")) {
      host = "localhost";
    }
    return URI.create(
        (c.tlsCert() != null ? "https" : "http") + "://" + host + ":" + port(app) + "/");
  }

  public Services services() {
    return services;
  }

  /** Every route, as registered. */
  public List<Route> routes() {
    return routes;
  }

  /** What audits this server's schedule slots; {@code null} when it only serves. */
  public SlotRunner slotRunner() {
    return slotRunner;
  }

  /** This server's notifications. */
  public Notifier notifier() {
    return notifier;
  }

  /**
   * Stops listening once the requests in flight are answered, stops taking scheduled audits, ends
   * the audits running, then lets notifications under way end.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    app.stop();
    if (scheduled != null) {
      scheduled.close();
    }
    services.runner().close();
    notifier.close();
    log.flush();
  }
}
