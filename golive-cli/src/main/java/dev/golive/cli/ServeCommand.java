package dev.golive.cli;

import dev.golive.checks.Trust;
import dev.golive.core.GoliveException;
import dev.golive.server.GoliveServer;
import dev.golive.server.ServerConfig;
import dev.golive.server.schedule.Background;
import dev.golive.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.X509TrustManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code golive serve}: the team server, until SIGINT or SIGTERM. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the team server: the REST API under /api/v1 (OpenAPI at /api/openapi.json) and the"
          + " dashboard, over the history store. Stops cleanly on Ctrl-C or SIGTERM.",
      "",
      "Projects with a schedule are audited on it, and their notify: channels told of what"
          + " changed. Several servers on one PostgreSQL share the scheduled work: each audit runs"
          + " on one of them.",
      "",
      "With no user in the store yet, the first admin is GOLIVE_ADMIN_EMAIL with"
          + " GOLIVE_ADMIN_PASSWORD when both are set; else admin@localhost with a one-time"
          + " password, printed once, to be changed at the first sign-in.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  golive serve",
      "  golive serve --port 9000 --db postgres://golive:$${GOLIVE_DB_PASSWORD}@db/golive",
      "  golive serve --bind 0.0.0.0 --base-url https://golive.example --forwarded",
      "  golive serve --tls-cert chain.pem --tls-key key.pem --port 8443",
      "  golive serve --db postgres://golive:$${GOLIVE_DB_PASSWORD}@db/golive --instance web-2",
      "  golive serve --no-schedule"
    })
final class ServeCommand implements Callable<Integer> {
  private final Output output;

  ServeCommand(Output output) {
    this.output = output;
  }

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "The port to listen on (default: 8080; 0 for any free one).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: 127.0.0.1; 0.0.0.0 for every one).")
  String bind;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The address people reach the server at, as behind a proxy that ends TLS; an https://"
              + " one makes cookies Secure and adds HSTS.")
  String baseUrl;

  @Option(
      names = "--tls-cert",
      paramLabel = "PEM",
      description = "Serve HTTPS with this certificate chain (PEM), with --tls-key.")
  Path tlsCert;

  @Option(
      names = "--tls-key",
      paramLabel = "PEM",
      description = "The private key of --tls-cert (PEM, unencrypted).")
  Path tlsKey;

  @Option(
      names = "--repositories",
      paramLabel = "DIR",
      description =
          "A folder whose checklists projects may name by path (default: none; checklists are"
              + " uploaded).")
  Path repositories;

  @Option(
      names = "--ca-file",
      paramLabel = "PEM",
      description = "Audits the server runs also trust the certificates in this PEM file.")
  Path caFile;

  @Option(
      names = "--no-schedule",
      description =
          "Only serve: run no scheduled audits and leave the chores of notifications (sending"
              + " failed ones again, waivers about to end) to the other servers on the database.")
  boolean noSchedule;

  @Option(
      names = "--instance",
      paramLabel = "NAME",
      description =
          "This server's name among the servers on one database, in the scheduler's table"
              + " and as the host of its scheduled audits (default: the host's name and the"
              + " process id).")
  String instance;

  @Option(
      names = "--forwarded",
      description =
          "Trust X-Forwarded-For and X-Forwarded-Proto: only behind a proxy that sets them.")
  boolean forwarded;

  @Option(
      names = "--api-rate",
      paramLabel = "N",
      defaultValue = "50",
      description =
          "API requests a second each token, user or address may make, with bursts of six"
              + " seconds' worth (default: 50, bursts of 300); past it the answer is 429.")
  double apiRate;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = config();
    // a server answers many requests at once: more connections than a command's two
    Store store = Store.open(storeOptions.url(), Store.Options.defaults().withPoolSize(10));
    GoliveServer server;
    try {
      server = GoliveServer.start(store, config, background(), output.err());
    } catch (RuntimeException e) {
      store.close();
      throw GoliveException.usage(
          "golive serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  output.warn("golive: stopping");
                  server.close();
                  store.close();
                  stopped.countDown();
                },
                "golive-serve-stop"));
    Optional<String> oneTime;
    try {
      oneTime =
          GoliveServer.firstAdmin(
              server.services(),
              System.getenv("GOLIVE_ADMIN_EMAIL"),
              System.getenv("GOLIVE_ADMIN_PASSWORD"));
    } catch (IllegalArgumentException e) {
      throw GoliveException.usage(
          "golive serve: GOLIVE_ADMIN_EMAIL and GOLIVE_ADMIN_PASSWORD cannot make the first admin: "
              + e.getMessage());
    }
    oneTime.ifPresent(
        pw ->
            output.warn(
                "golive: no user yet, so an admin was made: "
                    + Optional.ofNullable(System.getenv("GOLIVE_ADMIN_EMAIL"))
                        .filter(s -> !s.isBlank())
                        .orElse("admin@localhost")
                    + " with the one-time password "
                    + pw
                    + " (shown only now; a new password is asked at the first sign-in)"));
    if (!config.https() && !isLoopback(bind)) {
      output.warn(
          "golive: warning: serving plain HTTP on "
              + bind
              + ": passwords and session cookies cross the network unencrypted; put a proxy"
              + " that ends TLS in front (--base-url https://...) or use --tls-cert");
    }
    output.warn("golive: store " + store.shown());
    output.warn(
        noSchedule
            ? "golive: serving only (--no-schedule): no scheduled audits on this server"
            : "golive: scheduled audits on, as " + instanceName());
    output.out().println("golive serve: " + server.url());
    output.out().flush();
    stopped.await();
    return ExitCode.GO.code();
  }

  private Background background() {
    if (noSchedule) {
      return Background.none();
    }
    return Background.defaults(instanceName());
  }

  private String instanceName() {
    return instance == null || instance.isBlank() ? Background.instanceName() : instance.strip();
  }

  private ServerConfig config() {
    URI base = null;
    if (baseUrl != null) {
      try {
        base = new URI(baseUrl.strip());
      } catch (URISyntaxException e) {
        throw GoliveException.usage("--base-url: '" + baseUrl + "' is not a URL: " + e.getReason());
      }
    }
    if (repositories != null && !Files.isDirectory(repositories)) {
      throw GoliveException.input(repositories.toString(), "--repositories: no such folder");
    }
    X509TrustManager trust = Trust.system();
    if (caFile != null) {
      try {
        trust = Trust.withCaFile(caFile);
      } catch (IOException e) {
        throw GoliveException.input(caFile.toString(), e.getMessage(), e);
      }
    }
    for (Path p : new Path[] {tlsCert, tlsKey}) {
      if (p != null && !Files.isRegularFile(p)) {
        throw GoliveException.input(p.toString(), "no such file");
      }
    }
    if (port < 0 || port > 65535) {
      throw GoliveException.usage("--port is a number from 0 to 65535, not " + port);
    }
    ServerConfig.Limits limits;
    try {
      limits = ServerConfig.Limits.defaults().withApiRate(apiRate);
    } catch (IllegalArgumentException e) {
      throw GoliveException.usage(e.getMessage());
    }
    try {
      return new ServerConfig(
          bind,
          port,
          base,
          tlsCert,
          tlsKey,
          repositories == null ? null : repositories.toAbsolutePath().normalize(),
          forwarded,
          output.verbose(),
          trust,
          limits,
          Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      throw GoliveException.usage(e.getMessage());
    }
  }

  private static boolean isLoopback(String address) {
    return address.equals("localhost") || address.startsWith("127.") || address.equals("::1");
  }
}
