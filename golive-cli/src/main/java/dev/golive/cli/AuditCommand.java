package dev.golive.cli;

import dev.golive.checks.Catalog;
import dev.golive.checks.Resources;
import dev.golive.checks.Secrets;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.checks.Trust;
import dev.golive.core.GoliveException;
import dev.golive.core.model.Problem;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.Policy;
import dev.golive.engine.AuditSetup;
import dev.golive.engine.Auditor;
import dev.golive.engine.Binding;
import dev.golive.engine.Progress;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.engine.match.AutoBinder;
import dev.golive.store.AuditSummary;
import dev.golive.store.RunInfo;
import dev.golive.store.Store;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.net.ssl.X509TrustManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code golive audit}: bind items to checks, run them against the live system, judge. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Check every bound item of the checklists against live targets and answer GO or NO-GO,"
          + " with evidence for each item.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  golive audit PRODUCTION_CHECKLIST.md --target https://shop.example",
      "  golive audit CHECKLIST.md --config golive.yaml --format json > audit.json",
      "  golive audit CHECKLIST.md --target https://staging.test --ca-file ca.pem --deadline 30s",
      "  golive audit CHECKLIST.md --target https://shop.example --allow-commands",
      "  golive audit CHECKLIST.md --store --project shop   (then: golive history shop)"
    })
final class AuditCommand implements Callable<Integer> {
  private final Output output;

  /** The checklists as read by the last {@link #audit()}. */
  private List<SourceDocument> docs = List.of();

  /** The config and targets of the last {@link #audit()}. */
  private GoliveConfig config = GoliveConfig.empty();

  private List<Target> audited = List.of();

  AuditCommand(Output output) {
    this.output = output;
  }

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Checklist files (Markdown).")
  List<Path> files;

  @Option(
      names = {"-t", "--target"},
      paramLabel = "URL|KIND=VALUE",
      description =
          "Base URL of a deployment to check, repeatable: one result per target; replaces the"
              + " targets of golive.yaml. KIND=VALUE (database, redis, repo, env, compose,"
              + " backups) sets that part of every target, as in --target"
              + " database=postgres://app@localhost/shop.")
  List<String> targetValues;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "golive.yaml to use (default: golive.yaml beside the first checklist, if any).")
  Path configFile;

  @Option(
      names = "--ca-file",
      paramLabel = "PEM",
      description = "Also trust the certificates in this PEM file (a private CA).")
  Path caFile;

  @Option(
      names = "--deadline",
      paramLabel = "DURATION",
      defaultValue = "60s",
      description = "The whole audit ends by then, whatever the targets do (default: 60s).")
  String deadline;

  @Option(
      names = "--check-timeout",
      paramLabel = "DURATION",
      defaultValue = "20s",
      description = "The longest one check may take (default: 20s).")
  String checkTimeout;

  @Option(
      names = "--resolver",
      paramLabel = "HOST[:PORT]",
      description = "DNS server that dns.* checks ask (default: the system's).")
  String resolver;

  @Option(
      names = "--auto",
      description =
          "Also bind the items nothing binds yet to the checks their words point at (what"
              + " 'golive suggest' proposes at --min-confidence).")
  boolean auto;

  @Option(
      names = "--min-confidence",
      paramLabel = "N",
      defaultValue = "0.6",
      description = "With --auto, the least confidence a proposal needs, 0-1 (default: 0.6).")
  double minConfidence;

  @Option(
      names = "--allow-commands",
      description =
          "Let cmd.* checks run the commands the checklist names (its code blocks and"
              + " `commands`) on this machine, in the repository, killed at their timeout."
              + " Without it they run nothing and their findings are skipped. Only this option"
              + " turns it on: nothing a checklist or golive.yaml says does.")
  boolean allowCommands;

  @Option(
      names = "--update",
      description =
          "Afterwards set the boxes of bound items to what was verified: tick what every target"
              + " verified, clear what a target contradicted; nothing else in the file changes.")
  boolean update;

  @Option(
      names = "--store",
      description =
          "Keep the audit in the history store (see --db), where 'golive history' shows the"
              + " trend and what changed.")
  boolean store;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(
      names = "--project",
      paramLabel = "NAME",
      description =
          "The project the audit is kept under (default: 'project' in golive.yaml, else the"
              + " first checklist's folder name).")
  String project;

  @Mixin ReportOptions report = new ReportOptions();

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Override
  public Integer call() throws IOException {
    // --db names a store, so it keeps the audit too; opened first, so that a store that cannot
    // be written is said before the audit runs rather than after
    boolean keep = store || storeOptions.db != null;
    Instant started = Instant.now();
    try (Store history = keep ? storeOptions.open() : null) {
      AuditAssessment result = audit();
      if (history != null) {
        String name = projectName();
        AuditSummary saved = history.save(name, result, runInfo(started, Instant.now()));
        output.warn(
            "golive: stored as audit #"
                + saved.id()
                + " of project '"
                + name
                + "' in "
                + history.shown());
      }
      return report(result);
    }
  }

  private int report(AuditAssessment result) throws IOException {
    report.write(output.out(), (writer, messages, w) -> writer.write(result, messages, w));
    if (update) {
      new BoxUpdate(output).apply(files, docs, result);
    }
    return ExitCode.of(result.verdict()).code();
  }

  /**
   * Reads, binds, validates and runs; every problem found before running is printed and ends the
   * command with exit code 2.
   */
  AuditAssessment audit() {
    report.messages();
    Duration limit = Durations.parse("--deadline", deadline);
    Duration perCheck = Durations.parse("--check-timeout", checkTimeout);
    config = config();
    if (!config.problems().isEmpty()) {
      throw problems(config.problems());
    }
    if (auto && (minConfidence < 0 || minConfidence > 1)) {
      throw GoliveException.usage("--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    docs = new ArrayList<>();
    for (Path file : files) {
      docs.add(ChecklistReader.readSource(file, file.toString()));
    }
    List<Target> targets = targets(config);
    audited = targets;
    Catalog catalog = Catalog.builtIn();
    List<Binding> proposed =
        auto ? new AutoBinder(catalog).bindings(docs, config, minConfidence) : List.of();
    AuditSetup setup = AuditSetup.of(catalog, docs, config, proposed, LocalDate.now());
    List<Problem> problems = setup.problems();
    if (!problems.isEmpty()) {
      throw problems(problems);
    }
    setup.waivers().expired().forEach(p -> output.warn(p.oneLine()));
    if (setup.plan().checkCount() == 0) {
      output.warn(
          "golive: no item is bound to a check, so every item is self-reported; bind items with"
              + " <!-- golive: CHECK --> comments or golive.yaml ('golive checks' lists them)");
    }
    Policy policy = policyOptions.apply(config.policy().apply(Policy.defaults()));
    StderrProgress progress = new StderrProgress(output);
    Auditor.Options options =
        new Auditor.Options(
            limit,
            perCheck.compareTo(limit) < 0 ? perCheck : limit,
            2 << 20,
            trust(),
            policy,
            progress,
            allowCommands);
    AuditAssessment result = setup.run(targets, options);
    progress.ended();
    return result;
  }

  /** {@code --project}, else golive.yaml's {@code project}, else the checklist's folder name. */
  private String projectName() {
    if (project != null && !project.isBlank()) {
      return project.strip();
    }
    if (config.project() != null) {
      return config.project();
    }
    Path folder = files.getFirst().toAbsolutePath().normalize().getParent();
    Path name = folder == null ? null : folder.getFileName();
    return name == null ? "default" : name.toString();
  }

  private RunInfo runInfo(Instant started, Instant finished) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (Target t : audited) {
      List<String> parts = new ArrayList<>();
      if (t.web() != null) {
        parts.add("web " + t.web());
      }
      if (t.resources().database() != null) {
        parts.add("database " + Secrets.redact(t.resources().database()));
      }
      if (t.resources().redis() != null) {
        parts.add("redis " + Secrets.redact(t.resources().redis()));
      }
      shown.put(t.name(), String.join(", ", parts));
    }
    return RunInfo.cli(
        Version.number(),
        started,
        finished,
        RunInfo.digest(docs.stream().map(SourceDocument::bytes).toList()),
        shown);
  }

  private GoliveConfig config() {
    Path file = configFile;
    if (file == null) {
      Path parent = files.getFirst().toAbsolutePath().getParent();
      Path beside = parent == null ? null : parent.resolve(GoliveConfig.FILE_NAME);
      if (beside == null || !Files.isRegularFile(beside)) {
        return GoliveConfig.empty();
      }
      file = beside;
      Path relative = Path.of("").toAbsolutePath().relativize(beside);
      return GoliveConfig.read(file, relative.toString());
    }
    if (!Files.isRegularFile(file)) {
      throw GoliveException.input(file.toString(), "no such file");
    }
    return GoliveConfig.read(file, file.toString());
  }

  private List<Target> targets(GoliveConfig config) {
    InetSocketAddress dns = resolver == null ? null : resolver();
    List<Target> targets = new ArrayList<>();
    Resources given = Resources.NONE;
    for (String value : targetValues == null ? List.<String>of() : targetValues) {
      int eq = value.indexOf('=');
      TargetKind kind = eq > 0 ? TargetKind.ofKey(value.substring(0, eq).trim()) : null;
      String rest = eq > 0 ? value.substring(eq + 1).trim() : value;
      if (kind == null || kind == TargetKind.WEB) {
        targets.add(Target.of(url(kind == null ? value : rest)));
      } else if (!kind.isResource()) {
        throw GoliveException.usage(
            "--target: give "
                + kind.key()
                + " in a target of golive.yaml ('"
                + kind.example()
                + "'); on the command line a target is a URL or KIND=VALUE for database, redis,"
                + " repo, env, compose or backups");
      } else if (rest.isEmpty()) {
        throw GoliveException.usage(
            "--target " + kind.key() + "= needs a value, as in '" + kind.example() + "'");
      } else {
        given = given.with(kind, rest, Path.of(""));
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(config.targets());
    }
    if (targets.isEmpty() && !given.equals(Resources.NONE)) {
      targets.add(Target.of("local", Resources.NONE));
    }
    if (targets.isEmpty()) {
      throw GoliveException.usage(
          "no target to audit: give --target URL or --target KIND=VALUE, or list targets in"
              + " golive.yaml");
    }
    // every target reads the repository the first checklist lives in unless it names its own
    List<Target> out = new ArrayList<>();
    for (Target full : AuditSetup.complete(targets, AuditSetup.defaults(files.getFirst()), given)) {
      out.add(dns == null ? full : full.withResolver(dns));
    }
    return out;
  }

  private static URI url(String text) {
    try {
      URI u = new URI(text.trim());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw GoliveException.usage(
            "--target: '" + text + "' is not an http:// or https:// URL with a host");
      }
      return u.getRawPath() == null || u.getRawPath().isEmpty() ? u.resolve("/") : u;
    } catch (URISyntaxException e) {
      throw GoliveException.usage("--target: '" + text + "' is not a URL: " + e.getReason());
    }
  }

  private InetSocketAddress resolver() {
    String host = resolver.trim();
    int port = 53;
    int colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(':') == colon) {
      try {
        port = Integer.parseInt(host.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw GoliveException.usage(
            "--resolver: expected HOST or HOST:PORT, not '" + resolver + "'");
      }
      host = host.substring(0, colon);
    }
    return new InetSocketAddress(host, port);
  }

  private X509TrustManager trust() {
    if (caFile == null) {
      return Trust.system();
    }
    try {
      return Trust.withCaFile(caFile);
    } catch (IOException e) {
      throw GoliveException.input(caFile.toString(), e.getMessage(), e);
    }
  }

  private GoliveException problems(List<Problem> problems) {
    problems.forEach(p -> output.warn(p.oneLine()));
    return GoliveException.usage(
        "golive: "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " found before running; nothing was run");
  }

  /** Progress on stderr: what runs, then how long it took. */
  private static final class StderrProgress implements Progress {
    private final Output output;
    private long started;

    StderrProgress(Output output) {
      this.output = output;
    }

    @Override
    public void started(int runs, int targets) {
      started = System.nanoTime();
      if (runs > 0) {
        output.warn(
            "golive: running "
                + plural(runs, "check")
                + " against "
                + plural(targets, "target")
                + "...");
      }
    }

    void ended() {
      output.warn(
          String.format(
              Locale.ROOT, "golive: audit done in %.1f s", (System.nanoTime() - started) / 1e9));
    }

    private static String plural(int n, String word) {
      return n + " " + word + (n == 1 ? "" : "s");
    }
  }
}
