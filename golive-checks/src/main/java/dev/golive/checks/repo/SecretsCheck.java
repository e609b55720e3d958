package dev.golive.checks.repo;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/** No secrets in the repository: not in its files, not anywhere in its history. */
@CheckInfo(
    id = "repo.secrets",
    needs = TargetKind.REPO,
    title = "No secrets are committed to the repository or its history",
    severity = Priority.CRITICAL,
    description =
        "Scans the files git carries (tracked, or untracked and not ignored) and every blob"
            + " reachable from any ref, each distinct blob once, for private keys (PEM blocks,"
            + " service-account JSON), AWS access key ids and secret keys, GitHub, Slack, Stripe"
            + " live and Telegram bot tokens, JWT secrets and random-looking values assigned to"
            + " names such as SECRET, TOKEN, PASSWORD or API_KEY. Look-alikes are not findings:"
            + " AWS's EXAMPLE keys, placeholders (changeme, your-..., xxx, <token>, ${VAR},"
            + " process.env.X, os.environ[...]), hashes and integrity values, UUIDs, Stripe test"
            + " keys. A finding names the rule, the file and line, and for history the commit"
            + " that added it (short id) — never the secret. Paths matching allow or a pattern of"
            + " .goliveignore, lines holding golive:allow, binaries and files over max-file-kb"
            + " are skipped. Fails on any finding; a scan cut short by the time limit that found"
            + " nothing is an error.")
public record SecretsCheck(
    @Param(
            description =
                "Paths not scanned, as .gitignore patterns (test/fixtures/**, *.snap); the"
                    + " repository's .goliveignore adds its own, one a line",
            defaultValue = "",
            example = "test/fixtures/**,docs/*.md")
        List<String> allow,
    @Param(description = "Also scan every commit reachable from any ref", defaultValue = "true")
        boolean history,
    @Param(
            description = "Files larger than this many KiB are skipped (and counted)",
            defaultValue = "2048",
            example = "4096")
        int maxFileKb)
    implements Check<SecretsCheck.Evidence> {

  /** The most findings kept in the evidence; the count says how many there were. */
  static final int MAX_LEAKS = 100;

  /**
   * What the scan read and found.
   *
   * @param files working-tree files scanned
   * @param fileBytes their bytes
   * @param commits commits walked
   * @param blobs history blobs scanned (those not in the working tree as it is)
   * @param blobBytes their bytes
   * @param binary files and blobs skipped as binary
   * @param large skipped as larger than max-file-kb
   * @param allowed skipped by the allow list
   * @param complete whether everything was scanned before the time limit
   * @param found how many secrets were found (the list keeps the first 100)
   */
  public record Evidence(
      String repo,
      boolean git,
      int files,
      long fileBytes,
      int commits,
      int blobs,
      long blobBytes,
      int binary,
      int large,
      int allowed,
      boolean complete,
      int found,
      List<SecretScan.Leak> leaks) {
    public Evidence {
      leaks = List.copyOf(leaks);
    }
  }

  public SecretsCheck {
    allow = List.copyOf(allow);
    if (maxFileKb < 1) {
      throw new IllegalArgumentException("'max-file-kb' must be at least 1");
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Math.max(0, probe.remaining().toNanos() - 250_000_000L);
    RepoFolder folder = RepoFolder.of(probe);
    SecretScan scan = SecretScan.of(folder, allow, maxFileKb * 1024L);
    SecretScan.WorkingTree tree = scan.workingTree(folder, deadline);
    List<SecretScan.Leak> leaks = new ArrayList<>();
    SecretScan.Part past = null;
    History walked = null;
    Map<ObjectId, History.Intro> introduced = new HashMap<>();
    if (history && folder.isGit()) {
      walked = History.of(probe, folder);
      past = scan.history(folder.gitDir(), walked, tree.blobs(), introduced, deadline);
    }
    for (SecretScan.Leak l : tree.part().leaks()) {
      History.Intro in = introduced.get(tree.leakBlobs().get(l.path()));
      leaks.add(in == null ? l : l.withCommit(in.shortCommit()));
    }
    if (past != null) {
      leaks.addAll(past.leaks());
    }
    SecretScan.Part t = tree.part();
    return new Evidence(
        folder.root().toString(),
        folder.isGit(),
        t.read(),
        t.bytes(),
        walked == null ? 0 : walked.commits(),
        past == null ? 0 : past.read(),
        past == null ? 0 : past.bytes(),
        t.binary() + (past == null ? 0 : past.binary()),
        t.large() + (past == null ? 0 : past.large()),
        t.allowed() + (past == null ? 0 : past.allowed()),
        t.complete() && (past == null || past.complete()),
        leaks.size(),
        leaks.subList(0, Math.min(MAX_LEAKS, leaks.size())));
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.found() > 0) {
      List<String> shown = new ArrayList<>();
      for (SecretScan.Leak l : e.leaks().subList(0, Math.min(3, e.leaks().size()))) {
        shown.add(describe(l));
      }
      String more = e.found() > shown.size() ? "; and " + (e.found() - shown.size()) + " more" : "";
      return Judgement.fail(
          e.found()
              + (e.found() == 1 ? " secret" : " secrets")
              + " committed: "
              + String.join("; ", shown)
              + more);
    }
    if (!e.complete()) {
      return Judgement.error(
          "the secret scan of "
              + e.repo()
              + " stopped at the time limit after "
              + e.files()
              + " files and "
              + e.blobs()
              + " history blobs, finding none so far");
    }
    String where = e.files() + " files (" + megabytes(e.fileBytes()) + ")";
    if (!e.git()) {
      return Judgement.pass(
          "no secrets in " + where + "; " + e.repo() + " is not a git repository, so no history");
    }
    if (!history) {
      return Judgement.pass("no secrets in " + where + " (history not scanned)");
    }
    return Judgement.pass(
        "no secrets in "
            + where
            + " or in "
            + e.blobs()
            + " more blobs ("
            + megabytes(e.blobBytes())
            + ") of "
            + e.commits()
            + " commits");
  }

  static String describe(SecretScan.Leak l) {
    String at = l.rule() + " in " + l.path() + ":" + l.line();
    if (l.current()) {
      return at
          + (l.commit() != null ? " (committed in " + l.commit() + ")" : " (not committed yet)");
    }
    return at + " (added in commit " + l.commit() + ", still in the history)";
  }

  private static String megabytes(long bytes) {
    if (bytes < 10_000) {
      return bytes + " bytes";
    }
    return bytes < 1_000_000
        ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
