package dev.golive.cli;

import dev.golive.core.GoliveException;
import dev.golive.store.AuditSummary;
import dev.golive.store.Changes;
import dev.golive.store.Store;
import dev.golive.store.StoreException;
import dev.golive.store.StoredAudit;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code golive history}: the stored audits of a project, its trend and what changed. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Show a project's stored audits, newest first, with the regressions of the latest (ticks"
          + " verified before and contradicted now); --diff shows every item whose verdict"
          + " changed between two audits. Without PROJECT, list the projects and their latest"
          + " verdict.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  golive history",
      "  golive history shop --limit 30",
      "  golive history shop --diff            (latest against the one before)",
      "  golive history shop --diff 12 17 --format json",
      "  golive history shop --db postgres://golive:$${GOLIVE_DB_PASSWORD}@db.internal/golive"
    })
final class HistoryCommand implements Callable<Integer> {
  private final Output output;

  HistoryCommand(Output output) {
    this.output = output;
  }

  @Parameters(
      paramLabel = "PROJECT",
      arity = "0..1",
      description = "The project, as audits were stored under it ('golive history' lists them).")
  String project;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Show at most N audits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--diff",
      arity = "0..2",
      paramLabel = "AUDIT",
      description =
          "Show every item whose verdict changed from audit A to audit B, and items added or"
              + " removed; without ids, the latest audit against the one before.")
  List<Long> diff;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    boolean json =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "json" -> true;
          case "text" -> false;
          default ->
              throw GoliveException.usage("--format: expected text or json, not '" + format + "'");
        };
    if (limit < 1) {
      throw GoliveException.usage("--limit must be 1 or more, not " + limit);
    }
    if (diff != null && diff.size() == 1) {
      throw GoliveException.usage(
          "--diff takes two audit ids (older, newer), or none for the latest two");
    }
    try (Store store = storeOptions.openExisting()) {
      HistoryReport report = new HistoryReport(store.shown(), json);
      if (project == null && (diff == null || diff.isEmpty())) {
        report.projects(store.projects());
      } else if (project == null) {
        report.diff(null, List.of(), changes(store, null));
      } else {
        List<AuditSummary> audits = store.audits(project, Math.max(limit, 2));
        Changes latest =
            audits.size() < 2
                ? null
                : Changes.between(store.audit(audits.get(1).id()), store.audit(audits.get(0).id()));
        if (diff == null) {
          report.trend(project, audits.subList(0, Math.min(limit, audits.size())), latest);
        } else {
          report.diff(
              project,
              audits.subList(0, Math.min(limit, audits.size())),
              diff.isEmpty() ? requireTwo(store, audits, latest) : changes(store, project));
        }
      }
      output.out().print(report.text());
      output.out().flush();
    }
    return ExitCode.GO.code();
  }

  private Changes requireTwo(Store store, List<AuditSummary> audits, Changes latest) {
    if (latest == null) {
      throw new StoreException(
          store.shown(),
          "project '"
              + project
              + "' has "
              + (audits.isEmpty() ? "no audit" : "one audit")
              + ": --diff needs two");
    }
    return latest;
  }

  /** The changes between the two audits of {@code --diff}, each of {@code project} if given. */
  private Changes changes(Store store, String project) {
    StoredAudit older = store.audit(diff.get(0));
    StoredAudit newer = store.audit(diff.get(1));
    for (StoredAudit a : List.of(older, newer)) {
      if (project != null && !a.summary().project().equals(project)) {
        throw new StoreException(
            store.shown(),
            "audit #"
                + a.id()
                + " is of project '"
                + a.summary().project()
                + "', not '"
                + project
                + "'");
      }
    }
    return Changes.between(older, newer);
  }
}
